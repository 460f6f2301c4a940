// iCalendar (RFC 5545): every obligation with a due day as an all-day VEVENT. A recurring duty
// whose day is known starts on its next due day and repeats by its RRULE; a duty with two days is
// one event per day, and one whose day is not written ("hằng quý") is placed at the end of each
// period (ics-placement.ts). VEVENT rather than VTODO: Google Calendar and Outlook drop VTODO on
// import, and a clerk's calendar is where these must show; the description says when the day is
// ours and not the document's. What has no day at all is counted (leftOut) for the CLI to report.
import { createHash } from 'node:crypto';
import type { Obligation, Result } from '../schema/index.js';
import { words, type Lang } from './i18n.js';
import { names } from './labels.js';
import { placements, type Placement } from './ics-placement.js';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
export const escapeText = (s: string): string => s.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, '\\n');

/** §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const icsDate = (iso: string): string => iso.replace(/-/gu, '');

function dayAfter(iso: string): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10);
}

/** Stable across runs: the document's number (or, lacking one, its content hash) and the id. */
export function uidOf(r: Result, o: Obligation, key = ''): string {
  const doc = r.document.number ?? r.source.sha256.slice(0, 16);
  const slug = createHash('sha256').update(`${doc}\u0000${o.id}${key ? `\u0000${key}` : ''}`).digest('hex').slice(0, 24);
  return `${slug}@nhiemvu`;
}

export function icsHeader(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//nhiemvu//obligations//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'].join('\r\n') + '\r\n';
}

export function icsFooter(): string {
  return 'END:VCALENDAR\r\n';
}

function describe(r: Result, o: Obligation, lang: Lang, p: Placement): string {
  const w = words(lang);
  const note = p.how === 'period-end' ? w.icsPeriodEnd : p.how === 'per-day' ? w.icsPerDay : '';
  const src = `${w.source}: ${[r.document.number, r.source.path].filter(Boolean).join(', ')}, ${w.line} ${o.span.line}, ${o.id}`;
  return [`${w.who.split(' (')[0]}: ${names(o.lead) || w.unknownLead}`, o.support.length ? `${w.support}: ${names(o.support)}` : '', src, note, '', o.text]
    .filter((x, i) => x || i === 4)
    .join('\n');
}

function vevent(r: Result, o: Obligation, lang: Lang, p: Placement, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uidOf(r, o, p.key)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(p.start)}`,
    `DTEND;VALUE=DATE:${icsDate(dayAfter(p.start))}`,
    ...(p.rrule ? [`RRULE:${p.rrule}`] : []),
    `SUMMARY:${escapeText(o.action || o.text)}`,
    `DESCRIPTION:${escapeText(describe(r, o, lang, p))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The events of one document, and how many obligations with a deadline had no day to place. */
export function icsDocument(r: Result, lang: Lang): { text: string; leftOut: number } {
  const stamp = `${icsDate(r.document.date ?? '1970-01-01')}T000000Z`;
  const out: string[] = [];
  let leftOut = 0;
  for (const o of r.obligations) {
    if (!o.deadline) continue;
    const ps = placements(r, o);
    if (!ps.length) leftOut++;
    for (const p of ps) out.push(...vevent(r, o, lang, p, stamp));
  }
  return { text: out.map(fold).join('\r\n') + (out.length ? '\r\n' : ''), leftOut };
}

export function icsEvents(r: Result, lang: Lang): string {
  return icsDocument(r, lang).text;
}
