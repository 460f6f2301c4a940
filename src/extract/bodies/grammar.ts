// Recognizing the bodies a sentence names, and the role it gives them. The words come from
// ../lexicon.ts; this file is only the engine.
import { ACTION_WORDS, ASSIGN_CUES, BODY_HEADS, COLLECTIVE_NOUNS, TITLES, TITLE_PHRASES } from '../lexicon.js';
import { canonicalName } from './names.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list: string[]) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Where a subject ends: a lower-case action word, a deadline or purpose word, or punctuation. */
const TERMINATOR = new RegExp(`${B}(?:${alt(ACTION_WORDS)}|trước ngày|trước|trong|theo|để|nhằm|tại|về việc|đối với|căn cứ)${E}|[;:.()]`, 'u');
const HEAD_RE = new RegExp(`^(?:${alt(BODY_HEADS)})${E}`, 'u');
const TITLE_RE = new RegExp(`^(?:${alt(TITLES)})${E}\\s*`, 'u');
const COLLECTIVE_RE = new RegExp(`^[Cc]ác\\s+(?:${alt(COLLECTIVE_NOUNS)})${E}`, 'iu');
const CUE_RE = new RegExp(`(?:^|[\\s,;:])(${alt(ASSIGN_CUES)})\\s+(?:(?:các\\s+)?đồng chí\\s+)?`, 'giu');
const LEAD_NOISE = /^(?:(?:các\s+)?đồng chí\s+)/iu;

/** Does `s` begin with the name of a body (or a title standing for one, or a collective)? */
export function startsWithBody(s: string): boolean {
  const t = s.replace(LEAD_NOISE, '');
  return HEAD_RE.test(t) || COLLECTIVE_RE.test(t) || (TITLE_RE.test(t) && (HEAD_RE.test(t.replace(TITLE_RE, '')) || /^(?:các|cơ quan)\s/u.test(t.replace(TITLE_RE, ''))));
}

/** A title stands for its body: "Bộ trưởng Bộ Nội vụ" → "Bộ Nội vụ", "Thủ trưởng các sở" → "các sở". */
export function dropTitle(s: string): string {
  for (const [re, rep] of TITLE_PHRASES) if (re.test(s)) return s.replace(re, rep);
  const m = TITLE_RE.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (HEAD_RE.test(rest) || /^(?:các|cơ quan|đơn vị)\s/u.test(rest)) return rest;
  return s;
}

/** Split a list of bodies: "Sở Nội vụ, Ủy ban nhân dân các xã, phường" is two, "Bộ Văn hóa, Thể thao
 * và Du lịch" is one: a piece starts a new body only when it opens with a body's head word. */
export function splitBodies(phrase: string): string[] {
  let s = phrase.replace(/\s+/gu, ' ').trim().replace(/[,;:.\s]+$/u, '').replace(LEAD_NOISE, '');
  if (!s) return [];
  for (const [re, rep] of TITLE_PHRASES) s = s.replace(re, rep);
  const expanded = expandShared(s);
  if (expanded) return expanded;
  const pieces: string[] = [];
  const parts = s.split(/(,\s*|;\s*|\s+và\s+|\s+cùng\s+)/u);
  let cur = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i]!;
    const next = (parts[i + 1] ?? '').replace(LEAD_NOISE, '');
    const opens = HEAD_RE.test(next) || /^các\s/u.test(next) || (TITLE_RE.test(next) && startsWithBody(next));
    // "Các bộ, ngành, địa phương" keeps its commas; "các bộ, ngành liên quan, các địa phương" is two.
    if (opens && !(/^các\s/u.test(next) && /^(?:Các|các)\s/u.test(cur) && !/,\s*$/u.test(sep) && sep.trim() === 'và')) {
      pieces.push(cur);
      cur = next;
    } else cur += sep + next;
  }
  pieces.push(cur);
  return pieces.map((p) => dropTitle(p.trim())).filter((p) => p.length > 1).flatMap((p) => expandShared(p) ?? [p]);
}

/** Shared heads: "các Bộ: Xây dựng, Y tế" → Bộ Xây dựng, Bộ Y tế; "Các tỉnh Nghệ An, Quảng Ngãi". */
export function expandShared(s: string): string[] | null {
  const m = /^(?:(?:Các|các)\s+)?(Bộ|Sở|Cục|Vụ|Ban|Tổng cục|Tập đoàn|Tổng công ty)\s*:\s*(.+)$/u.exec(s);
  if (m) return listItems(m[2]!).map((x) => `${m[1]} ${x}`);
  const p = /^(.*?\s)?các\s+tỉnh,\s*thành phố(?:\s+trực thuộc\s+Trung ương)?\s*:\s*(.+)$/iu.exec(s);
  if (p) {
    const prefix = (p[1] ?? '').trim();
    return listItems(p[2]!).map((x) => {
      const place = /^(?:Thành phố|TP\.?)\s/u.test(x) || /^(?:Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)$/u.test(x) ? `Thành phố ${x.replace(/^(?:Thành phố|TP\.?)\s*/u, '')}` : `tỉnh ${x}`;
      return prefix ? `${prefix} ${place}` : place.replace(/^tỉnh/u, 'Tỉnh');
    });
  }
  const q = /^(?:Các|các)\s+(tỉnh|thành phố)\s+(\p{Lu}.+)$/u.exec(s);
  if (q && /,|\svà\s/u.test(q[2]!)) return listItems(q[2]!).map((x) => `${q[1] === 'tỉnh' ? 'Tỉnh' : 'Thành phố'} ${x}`);
  return null;
}

function listItems(list: string): string[] {
  return list.split(/,\s*|\s+và\s+|;\s*/u).map((x) => x.trim()).filter(Boolean);
}

export interface SubjectHit {
  /** Offset where the predicate starts (after the subject and its trailing comma or colon). */
  end: number;
  bodies: string[];
  /** True when the subject came through "giao/đề nghị/yêu cầu". */
  assigned: boolean;
}

/** The bodies a clause opens with: "Bộ Nội vụ chủ trì …", "Các bộ, ngành, địa phương tập trung …". */
export function leadingSubject(text: string): SubjectHit | null {
  const lead = /^(?:\s|Đồng thời,?\s*)*/u.exec(text)![0].length;
  const s = text.slice(lead);
  if (!startsWithBody(s)) return null;
  const body = s.replace(LEAD_NOISE, '');
  const skipped = s.length - body.length;
  const stop = findTerminator(body);
  if (stop === null) return null;
  const phrase = body.slice(0, stop).replace(/[,\s]+$/u, '');
  const bodies = splitBodies(phrase);
  if (!bodies.length) return null;
  let end = lead + skipped + stop;
  const after = /^[\s,:]*/u.exec(text.slice(end))![0].length;
  end += after;
  return { end, bodies: bodies.map(canonicalName), assigned: false };
}

/** A subject terminator that is not inside the name itself (names begin with a capital after the head). */
function findTerminator(s: string): number | null {
  // Skip the head word so "Bộ Xây dựng" does not end at "Xây dựng" (verbs we look for are lower case).
  let from = 0;
  for (;;) {
    const m = TERMINATOR.exec(s.slice(from));
    if (!m) return null;
    const at = from + m.index;
    if (m[0] === '.' && /\p{Lu}$/u.test(s.slice(0, at))) { from = at + 1; continue; } // "TP." abbreviations
    if (m[0] === '(') {
      // A parenthesis inside a name ("Nhà đầu tư (Tập đoàn Đèo Cả)") is skipped over.
      const close = s.indexOf(')', at);
      if (close > 0 && close - at < 80) { from = close + 1; continue; }
    }
    if (m[0] === ':' ) return at;
    return at;
  }
}

/** "giao Sở Tài chính chủ trì …", "đề nghị các tỉnh ủy …", "Yêu cầu các bộ, ngành …". */
export function assignedSubject(text: string, within = 400): (SubjectHit & { cueStart: number }) | null {
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m && m.index < within; m = CUE_RE.exec(text)) {
    const cueStart = m.index + (m[0].length - m[0].trimStart().length);
    const before = text.slice(Math.max(0, cueStart - 8), cueStart);
    if (/(?:được|đã|theo|tại|nhiệm vụ)\s*$/u.test(before)) continue; // "được giao", "theo đề nghị"
    const rest = text.slice(m.index + m[0].length);
    if (!startsWithBody(rest)) continue;
    const hit = leadingSubject(rest);
    if (!hit) continue;
    return { ...hit, end: m.index + m[0].length + hit.end, assigned: true, cueStart };
  }
  return null;
}

/** Bodies after "phối hợp (chặt chẽ) với" / "cùng": the coordinating bodies. */
export function supportBodies(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/gu)) {
    const rest = text.slice(m.index! + m[0].length);
    if (!startsWithBody(rest)) continue;
    const stop = findTerminator(rest.replace(LEAD_NOISE, ''));
    const phrase = stop === null ? rest.slice(0, 160) : rest.replace(LEAD_NOISE, '').slice(0, stop);
    out.push(...splitBodies(phrase).map(canonicalName));
  }
  return [...new Set(out)];
}

/** Bodies reported or submitted to: "báo cáo Thủ tướng Chính phủ", "trình Ủy ban nhân dân tỉnh", "gửi về Sở Tư pháp". */
export function reportToBodies(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:báo cáo(?:\s+(?:kết quả|tình hình)[^;.]{0,60}?\s+(?:về|cho))?|trình|gửi(?:\s+về)?|tham mưu(?:\s+cho)?)\s+/gu)) {
    const rest = text.slice(m.index! + m[0].length);
    if (!startsWithBody(rest)) continue;
    const stop = findTerminator(rest.replace(LEAD_NOISE, ''));
    const phrase = (stop === null ? rest.slice(0, 80) : rest.replace(LEAD_NOISE, '').slice(0, stop));
    out.push(...splitBodies(phrase).map(canonicalName));
  }
  return [...new Set(out)];
}

/** The whole text is a list of bodies (a heading such as "2. Sở Tài chính" or "Ủy ban nhân dân các xã:"). */
export function bodyOnly(text: string): string[] | null {
  const t = text.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*/gu, ' ').replace(/[\s:.;,]+$/u, '').trim();
  if (!t || t.length > 220 || !startsWithBody(t)) return null;
  if (findTerminator(t.replace(LEAD_NOISE, '')) !== null) return null;
  const bodies = splitBodies(t);
  return bodies.length ? bodies.map(canonicalName) : null;
}
