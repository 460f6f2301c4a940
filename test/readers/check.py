"""Reads nhiemvu's XLSX and ICS with independent libraries (openpyxl, icalendar) and checks them
against the JSON of the same inputs. Usage: check.py xlsx|ics FILE JSON; prints OK or raises."""
import datetime
import json
import sys

kind, path, json_path = sys.argv[1:4]
docs = json.load(open(json_path, encoding="utf-8"))
obligations = [(d, o) for d in docs for o in d["obligations"]]

if kind == "xlsx":
    import openpyxl
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["obligations", "documents"], wb.sheetnames
    ws = wb["obligations"]
    assert ws.freeze_panes == "A2", ws.freeze_panes
    assert ws.auto_filter.ref == f"A1:P{len(obligations) + 1}", ws.auto_filter.ref
    header = [c.value for c in ws[1]]
    assert header[:5] == ["file", "doc_number", "doc_type", "doc_date", "id"], header
    col = {name: i for i, name in enumerate(header)}
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(obligations), (len(rows), len(obligations))
    for row, (d, o) in zip(rows, obligations):
        assert isinstance(row[col["id"]], str) and row[col["id"]] == o["id"], (row[col["id"]], o["id"])
        assert row[col["doc_number"]] == d["document"]["number"]
        want = (o["deadline"] or {}).get("date")
        got = row[col["deadline_date"]]
        if want:
            assert isinstance(got, datetime.datetime) and got.date().isoformat() == want, (got, want)
        else:
            assert got is None, got
        assert row[col["deadline_rrule"]] == (o["deadline"] or {}).get("rrule"), row[col["deadline_rrule"]]
        assert row[col["text"]] == o["text"]
    docs_sheet = list(wb["documents"].iter_rows(min_row=2, values_only=True))
    assert len(docs_sheet) == len(docs)
    assert wb["documents"].freeze_panes == "A2"
    print(f"OK xlsx {len(rows)} obligations, {len(docs_sheet)} documents")
elif kind == "ics":
    # Placement (docs/CONTRACT.md, "Calendar"): a dated obligation is one event on its date; a
    # recurring one is one event from `next` with its RRULE, or one event per written day, or one
    # at each period end when no day is written; an obligation with no day has none.
    import icalendar
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    events = list(cal.walk("VEVENT"))
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids), "UIDs not unique"
    i = recurring = 0
    for d, o in obligations:
        dl = o["deadline"]
        if not dl:
            continue
        mine = []
        while i < len(events) and str(events[i]["SUMMARY"]) == (o["action"] or o["text"]) and (not mine or "RRULE" in events[i]):
            mine.append(events[i])
            i += 1
            if not dl.get("rrule"):
                break
        for e in mine:
            start = e["DTSTART"].dt
            assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime), start
        if not dl.get("rrule"):
            assert len(mine) == (1 if dl["date"] else 0), (o["id"], dl, len(mine))
            if mine:
                assert mine[0]["DTSTART"].dt.isoformat() == dl["date"] and "RRULE" not in mine[0]
            continue
        recurring += len(mine)
        for e in mine:
            rule = e["RRULE"]
            assert rule["FREQ"] and e["DTSTART"].dt.isoformat() > (d["document"]["date"] or ""), (o["id"], rule)
        if dl.get("next") and len(mine) == 1:
            assert mine[0]["DTSTART"].dt.isoformat() == dl["next"], (mine[0]["DTSTART"].dt, dl)
            assert dict(mine[0]["RRULE"]) == dict(icalendar.vRecur.from_ical(dl["rrule"])), (mine[0]["RRULE"].to_ical(), dl["rrule"])
    assert i == len(events), ("events not accounted for", i, len(events))
    print(f"OK ics {len(events)} events, {recurring} recurring")
