// iCalendar (RFC 5545): every obligation with a due day as an all-day event. A recurring duty
// whose day is known starts on its next due day and repeats by its RRULE; one whose day is not
// written ("hằng quý") has no day to put in a calendar and is left out.
import { createHash } from 'node:crypto';
import type { Obligation, Result } from '../schema/index.js';
import { words, type Lang } from './i18n.js';
import { names } from './labels.js';

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
export function uidOf(r: Result, o: Obligation): string {
  const doc = r.document.number ?? r.source.sha256.slice(0, 16);
  const slug = createHash('sha256').update(`${doc}\u0000${o.id}`).digest('hex').slice(0, 24);
  return `${slug}@nhiemvu`;
}

export function icsHeader(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//nhiemvu//obligations//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'].join('\r\n') + '\r\n';
}

export function icsFooter(): string {
  return 'END:VCALENDAR\r\n';
}

function describe(r: Result, o: Obligation, lang: Lang): string {
  const w = words(lang);
  const src = `${w.source}: ${[r.document.number, r.source.path].filter(Boolean).join(', ')}, ${w.line} ${o.span.line}, ${o.id}`;
  return [`${w.who.split(' (')[0]}: ${names(o.lead) || w.unknownLead}`, o.support.length ? `${w.support}: ${names(o.support)}` : '', src, '', o.text]
    .filter((x, i) => x || i === 3)
    .join('\n');
}

export function icsEvents(r: Result, lang: Lang): string {
  const stamp = `${icsDate(r.document.date ?? '1970-01-01')}T000000Z`;
  const out: string[] = [];
  for (const o of r.obligations) {
    const d = o.deadline;
    if (!d) continue;
    const recurring = !!(d.rrule && d.next);
    const start = recurring ? d.next : d.date;
    if (!start) continue;
    out.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(r, o)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(start)}`,
      `DTEND;VALUE=DATE:${icsDate(dayAfter(start))}`,
      ...(recurring ? [`RRULE:${d.rrule}`] : []),
      `SUMMARY:${escapeText(o.action || o.text)}`,
      `DESCRIPTION:${escapeText(describe(r, o, lang))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  return out.map(fold).join('\r\n') + (out.length ? '\r\n' : '');
}
