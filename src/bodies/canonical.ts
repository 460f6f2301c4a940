// Canonical names of public bodies. The data (which bodies exist, their aliases, former names,
// provinces) is in `gazetteer.ts`; this file is the engine: it cleans a phrase as written,
// expands abbreviations, drops titles, looks the result up, and otherwise builds a canonical
// name and a kind/level from the phrase's grammar (head word, province, commune, collective).
import { modernTones } from '../normalize/tones.js';
import { WB, WE, escapeRe, memoize } from '../util/text.js';
import { HEAD_WORDS, KIND_ROWS, NAME_ABBREVIATIONS, SECTOR_ABBREVIATIONS, SECTOR_CODES, TITLE_BODIES, TITLE_FOLLOWERS, TITLE_HEADS } from './lexicon.js';
import {
  BODY_TABLES,
  PROVINCES,
  type BodyEntry,
  type FormerName,
  type ProvinceEntry,
} from './gazetteer.js';

export type BodyKind =
  | 'government' | 'person' | 'ministry' | 'agency' | 'party' | 'legislature' | 'court' | 'procuracy'
  | 'audit' | 'front' | 'province' | 'department' | 'commune' | 'collective' | 'enterprise'
  | 'association' | 'media' | 'other';
export type BodyLevel = 'central' | 'provincial' | 'commune';

export interface CanonicalBody {
  name: string;
  kind: BodyKind | null;
  level: BodyLevel | null;
  matched: string;
  note?: string;
}


const DISTRICT_NOTE = 'district level (abolished 1 July 2025)';
const DISTRICT_WORD = new RegExp(`${WB}(?:huyện|quận|thị xã)${WE}`, 'iu');

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

function capFirst(s: string): string {
  if (!s) return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return first.toUpperCase() + s.slice(first.length);
}

// The gazetteer lookup cleans every phrase (and every prefix of a clause) it is asked about, almost
// all of them new: each rewrite below first checks, without allocating, that it has something to do
// (a regex with a leading `\s*` or a trailing `$` otherwise tries every position of the phrase).

function collapse(s: string): string {
  return (NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/gu, ' ') : s).trim();
}

/** A whitespace run that is not one plain space: the only text `\s+` → ' ' changes. */
const NEEDS_COLLAPSE = /[^\S ]|\s\s/u;
/** True when the last UTF-16 unit of `s` is in `cls` (a one-character class of BMP characters). */
const lastIs = (s: string, cls: RegExp): boolean => cls.test(s.charAt(s.length - 1));
const DASH = /[‐‑‒–—―]/u;

/** NFC, modern tone marks, single spaces, unified dashes: the form every other step expects. */
function normalizeText(raw: string): string {
  let s = String(raw ?? '').normalize('NFC');
  s = s.replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g, ' ');
  s = s.replace(/[*_`]+/g, '');
  s = modernTones(s);
  s = collapse(s);
  if (DASH.test(s)) s = s.replace(/\s+[‐‑‒–—―]\s+/gu, ' - ');
  if (s.includes(',')) s = s.replace(/(?<=\p{L})\s*,\s*(?=\p{L})/gu, ', ');
  return s;
}

/** Lookup key: lower case, tone-normalized, whitespace collapsed, dashes/ampersands unspaced. */
export function keyOf(s: string): string {
  let k = modernTones(String(s ?? '').normalize('NFC')).toLowerCase().replace(/[‐‑‒–—―]/g, '-');
  if (k.includes('-')) k = k.replace(/\s*-\s*/g, '-');
  if (k.includes('&')) k = k.replace(/\s*&\s*/g, '&');
  k = k.replace(/\./g, ' ');
  if (k.includes(',')) k = k.replace(/\s*,\s*/g, ', ');
  k = collapse(k);
  return lastIs(k, KEY_TAIL) ? k.replace(/[\s,;:]+$/u, '') : k;
}

const KEY_TAIL = /[\s,;:]/u;
const TRAILING_PUNCT = /[\s:;,.!?…/]/u;
const QUOTE = /["“”'‘’«»]/u;

/** Drops wrapping quotes/brackets, list bullets, trailing punctuation and an abbreviation in brackets. */
function trimPunct(s: string): string {
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(/^[\s\-–+•·*>:;,.]+(?=\S)/u, '');
    if (lastIs(s, TRAILING_PUNCT)) s = s.replace(/[\s:;,.!?…/]+$/u, '');
    if (QUOTE.test(s.charAt(0)) || lastIs(s, QUOTE)) s = s.replace(/^["“”'‘’«»]+|["“”'‘’«»]+$/gu, '');
    if (/^\(.*\)$/u.test(s) && balanced(s.slice(1, -1))) s = s.slice(1, -1);
    if (s.endsWith(')') && !balanced(s)) s = s.slice(0, -1);
    if (s.startsWith('(') && !balanced(s)) s = s.slice(1);
    // `Tổng công ty Cảng hàng không Việt Nam (ACV)`: the abbreviation is not part of the name
    if (s.endsWith(')')) s = s.replace(/\s*\((?:[A-ZĐ][A-ZĐ0-9&.\-]{1,11})\)$/u, '');
    s = s.trim();
  }
  return s;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits on a separator outside brackets; returns the pieces and the separators between them. */
function splitTopLevel(s: string, sep: RegExp): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  const flags = sep.flags.includes('g') ? sep.flags : sep.flags + 'g';
  const re = new RegExp(sep.source, flags);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const before = s.slice(0, m.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth > 0) continue;
    parts.push(s.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  return { parts, seps };
}

const HONORIFIC_RE = new RegExp(`^(?:(?:các|những)\\s+)?(?:đồng\\s+chí|đ/c)${WE}\\s*`, 'iu');

function stripHonorific(s: string): string {
  return s.replace(HONORIFIC_RE, '');
}

// ---------------------------------------------------------------------------------------------
// Abbreviations written inside names (the table is in lexicon.ts; whole-name abbreviations such as `BNV` or `ACV` are
// aliases in the gazetteer). Applied case-sensitively, at word boundaries, in this order.
// ---------------------------------------------------------------------------------------------

const AB = (abbr: string) => new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRe(abbr)}(?![\\p{L}\\p{N}&])`, 'gu');

// `literal` is the abbreviation itself, which its pattern cannot match without (case-sensitive): a
// phrase that lacks it skips the pattern, and the pattern is built only the first time one has it
// (67 Unicode patterns built at import were ~30 ms of every start).
interface Abbreviation { literal?: string; re?: RegExp; rep: string }
const ABBREVIATIONS: Abbreviation[] = [
  { re: new RegExp(`${WB}(?:TP|Tp|tp)\\.?\\s*(?:HCM|Hồ Chí Minh)${WE}`, 'gu'), rep: 'Thành phố Hồ Chí Minh' },
  ...[...SECTOR_ABBREVIATIONS, ...NAME_ABBREVIATIONS].map(([a, b]): Abbreviation => ({ literal: a, rep: b })),
];

const SECTOR_RE = new RegExp(`${WB}(Sở|Bộ)\\s+(TC|XD|NV|YT|CT|TP|CA|QP|NG)(?![\\p{L}\\p{N}&])`, 'gu');
const CP_RE = new RegExp(`${WB}(Thủ tướng|Văn phòng|Thanh tra|Đảng ủy|thuộc|Cổng Thông tin điện tử)\\s+CP${WE}`, 'gu');
const TP_RE = new RegExp(`${WB}(?:TP|Tp)(?:\\.\\s*|${WE}\\s*)`, 'gu');
const HCM_RE = new RegExp(`(Hồ Chí Minh|Thành phố|Đoàn Thanh niên Cộng sản)\\s+HCM${WE}`, 'gu');

function expandAbbreviations(s: string): string {
  // Sở TC, Bộ CA …
  if (!/\p{Lu}{2}|TTg|Tp/u.test(s)) return s;
  s = s.replace(SECTOR_RE, (_m, head: string, code: string) => `${head} ${SECTOR_CODES[code]}`);
  for (const ab of ABBREVIATIONS) {
    if (ab.literal !== undefined && !s.includes(ab.literal)) continue;
    ab.re ??= AB(ab.literal!);
    s = s.replace(ab.re, ab.rep);
  }
  // CP = Chính phủ after a head that only the Government has (`Công ty CP` is cổ phần)
  s = s.replace(CP_RE, '$1 Chính phủ');
  // TP = Thành phố; `HCM` alone after it
  s = s.replace(TP_RE, 'Thành phố ');
  s = s.replace(HCM_RE, (_m, a: string) =>
    a === 'Thành phố' ? 'Thành phố Hồ Chí Minh' : a === 'Hồ Chí Minh' ? a : `${a} Hồ Chí Minh`);
  return collapse(s);
}

// ---------------------------------------------------------------------------------------------
// Index of the gazetteer, built on first use (not at import: `nhiemvu --help`, `schema` and
// `validate` of result files never look a body up)
// ---------------------------------------------------------------------------------------------

interface Hit {
  /** the name to print for an exact match */
  display: string;
  /** the name to print when this spelling is followed by more words (a short alias keeps its own wording) */
  prefixDisplay: string;
  kind: BodyKind;
  level: BodyLevel | null;
  note?: string;
  entry: BodyEntry;
  former: boolean;
}

interface StemHit extends Hit {
  stemDisplay: string;
}

const INDEX = new Map<string, Hit>();
let MAX_NAME_WORDS = 1;
let MAX_STEM_CHARS = 1;
/** template entries (`Công an tỉnh`): key = stem key + '|tinh' or '|tinhuy' */
const STEMS = new Map<string, StemHit>();
/** lower-cased spelling → the spelling with canonical capitals (only changes case) */
const CASE_FIX = new Map<string, string>();
const DUPLICATE_KEYS: string[] = [];

function isAbbreviation(s: string): boolean {
  return !/\p{Ll}/u.test(s) || !/\s/u.test(s.trim());
}

function registerNames(
  name: string, aliases: readonly string[], note: string | undefined, kind: BodyKind, entry: BodyEntry, former: boolean,
): void {
  const nameKey = keyOf(name);
  for (const spelling of [name, ...aliases]) {
    const k = keyOf(spelling);
    const truncated = nameKey.startsWith(k + ' ');
    const hit: Hit = {
      display: name,
      prefixDisplay: truncated ? normalizeText(spelling) : name,
      kind, level: entry.level, entry, former,
      ...(note ? { note } : {}),
    };
    MAX_NAME_WORDS = Math.max(MAX_NAME_WORDS, k.split(' ').length + 2);
    MAX_STEM_CHARS = Math.max(MAX_STEM_CHARS, spelling.length + 20);
    const old = INDEX.get(k);
    if (old) {
      if (old.display !== hit.display) DUPLICATE_KEYS.push(`${spelling} (${old.display} / ${hit.display})`);
    } else {
      INDEX.set(k, hit);
    }
    const tmpl = /^(.*\S)\s+(tỉnh ủy|tỉnh)$/iu.exec(normalizeText(spelling));
    if (tmpl) {
      const cls = /ủy$/iu.test(tmpl[2]!) ? 'tinhuy' : 'tinh';
      const stemDisplay = /^(.*\S)\s+(tỉnh ủy|tỉnh)$/iu.exec(truncated ? normalizeText(spelling) : name)?.[1] ?? tmpl[1]!;
      const sk = keyOf(tmpl[1]!) + '|' + cls;
      if (!STEMS.has(sk)) STEMS.set(sk, { ...hit, stemDisplay });
    }
    if (!isAbbreviation(spelling)) {
      const ck = normalizeText(spelling).toLowerCase();
      if (!CASE_FIX.has(ck)) CASE_FIX.set(ck, k === nameKey ? name : normalizeText(spelling));
    }
  }
}

interface ProvinceHit {
  entry: ProvinceEntry;
  former?: FormerName;
  /** canonical short name (the former name for a former province) */
  name: string;
  city: boolean;
  note?: string;
}

const PROVINCE_INDEX = new Map<string, ProvinceHit>();
let CASE_FIX_RE: RegExp = /(?!)/u;
let indexed = false;

/** Fills the indexes from the gazetteer's tables, once. */
function ensureIndex(): void {
  if (indexed) return;
  indexed = true;
  for (const [, entries] of BODY_TABLES) {
    for (const e of entries) {
      registerNames(e.name, e.aliases, e.note, e.kind, e, false);
      for (const f of e.former ?? []) {
        registerNames(f.name, f.aliases ?? [], f.note ?? `merged into ${e.name} (2025)`, f.kind ?? e.kind, e, true);
      }
    }
  }

  for (const p of PROVINCES) {
    for (const spelling of [p.name, ...p.aliases]) {
      PROVINCE_INDEX.set(keyOf(spelling), { entry: p, name: p.name, city: p.city });
    }
    if (p.alwaysWithDesignator) PROVINCE_INDEX.set(keyOf('Thành phố ' + p.name), { entry: p, name: p.name, city: p.city });
    for (const f of p.former) {
      const note = f.note ?? `merged into ${p.city ? 'Thành phố' : 'tỉnh'} ${p.name} (2025)`;
      for (const spelling of [f.name, ...(f.aliases ?? [])]) {
        PROVINCE_INDEX.set(keyOf(spelling), { entry: p, former: f, name: f.name, city: false, note });
      }
    }
  }
  for (const p of PROVINCES) {
    for (const spelling of [p.name, ...p.former.map((f) => f.name)]) {
      if (/\s/u.test(spelling)) CASE_FIX.set(spelling.toLowerCase(), spelling);
    }
  }
  CASE_FIX_RE = new RegExp(
    `${WB}(?:${[...CASE_FIX.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})${WE}`,
    'giu',
  );
}

/** Gives known bodies and provinces inside a phrase their canonical capitals (wording unchanged). */
function caseFix(s: string): string {
  // "cơ sở y tế" is a health facility, not the department "Sở Y tế"
  return s.replace(CASE_FIX_RE, (m, at: number) => (/(?:^|\s)cơ\s+$/iu.test(s.slice(Math.max(0, at - 6), at)) ? m : CASE_FIX.get(m.toLowerCase()) ?? m));
}

const PROVINCE_NAME_RE = new RegExp(
  `${WB}(?:${[...PROVINCES.flatMap((p) => [p.name, ...p.former.map((f) => f.name)])]
    .sort((a, b) => b.length - a.length).map(escapeRe).join('|')})${WE}`,
  'u',
);

const DESIGNATOR_RE = /^(tỉnh|thành phố)\s+/iu;

/** `Quảng Trị`, `tỉnh Quảng Trị`, `TP. Hồ Chí Minh`, `Thừa Thiên Huế` → the province; null otherwise. */
function resolveProvince(text: string): (ProvinceHit & { designator: string | null }) | null {
  const s = trimPunct(expandAbbreviations(normalizeText(text)));
  const direct = PROVINCE_INDEX.get(keyOf(s));
  if (direct) {
    const d = /^thành phố\s/iu.test(s) ? 'thành phố' : null;
    return { ...direct, designator: d };
  }
  const m = DESIGNATOR_RE.exec(s);
  if (!m) return null;
  const hit = PROVINCE_INDEX.get(keyOf(s.slice(m[0].length)));
  return hit ? { ...hit, designator: m[1]!.toLowerCase() } : null;
}

/** `Tỉnh Nghệ An`, `Thành phố Hà Nội`: a province named on its own. */
function provinceStandalone(p: ProvinceHit): string {
  return `${p.city ? 'Thành phố' : 'Tỉnh'} ${p.name}`;
}

/** The province as written after a body: `tỉnh Quảng Trị`, `thành phố Hà Nội`, or bare `Gia Lai`. */
function provinceAfterBody(p: ProvinceHit, withDesignator: boolean): string {
  if (p.entry.alwaysWithDesignator && !p.former) return `Thành phố ${p.name}`;
  if (!withDesignator) return p.name;
  return `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
}

// ---------------------------------------------------------------------------------------------
// Levels and kinds from words
// ---------------------------------------------------------------------------------------------

const LEVEL_PATTERNS: Array<[RegExp, BodyLevel]> = [
  [new RegExp(`${WB}(?<!(?:hợp tác|thông tấn)\\s)(?:xã|phường|đặc khu|thị trấn)(?!\\s+hội)${WE}`, 'iu'), 'commune'],
  [new RegExp(`${WB}(?:tỉnh|thành phố|(?<!cơ\\s)sở|Tỉnh ủy|Thành ủy)${WE}`, 'iu'), 'provincial'],
  [PROVINCE_NAME_RE, 'provincial'],
  // `Bộ Nội vụ`, `các bộ`, `cơ quan ngang bộ`, `bộ, ngành` (not `cán bộ`, `bộ máy`, `Đảng bộ`)
  [new RegExp(`${WB}(?:Bộ(?=\\s+\\p{Lu})|(?<=(?:[Cc]ác|ngang|[Tt]ừng|thuộc|[Mm]ỗi)\\s)[Bb]ộ(?!\\s+(?:máy|phận|đội|hồ sơ|tiêu chí|công cụ|luật))${WE}|` +
    `(?<!(?:[Cc]án|[Tt]oàn|[Đđ]ảng|[Cc]hi|[Đđ]ường|[Nn]ội)\\s)[Bb]ộ(?=\\s*,|\\s+ngành|\\s+và\\s)|` +
    `[Tt]rung ương|[Cc]hính phủ|[Qq]uốc hội|Việt Nam)${WE}`, 'u'), 'central'],
];

/** bộ → central, sở/tỉnh → provincial, xã → commune; the word written first decides. */
function guessLevel(s: string): BodyLevel | null {
  let best: { at: number; level: BodyLevel } | null = null;
  for (const [re, level] of LEVEL_PATTERNS) {
    const m = re.exec(s);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level ?? null;
}

const H = (heads: string[]) => new RegExp(`^(?:${heads.map(escapeRe).join('|')})${WE}`, 'iu');
/** The kind rows of the one lexicon (lexicon.ts KIND_ROWS, HEAD_WORDS), in order: the first that matches wins. */
const HEAD_KINDS: Array<[RegExp, BodyKind, BodyLevel | null]> = KIND_ROWS.map((r) => [
  r.pattern ?? H(HEAD_WORDS.filter((h) => h.row === r.row).map((h) => h.w)), r.kind, r.level,
]);

// ---------------------------------------------------------------------------------------------
// Titles
// ---------------------------------------------------------------------------------------------

const TITLE_LIST = TITLE_HEADS;
const TITLES = [...TITLE_LIST].sort((a, b) => b[0].length - a[0].length);

const TITLE_RE = new RegExp(
  `^(?:(các)\\s+)?(?:(phó)\\s+)?(${TITLES.map(([t]) => escapeRe(t)).join('|')})${WE}\\s*`,
  'iu',
);

/** What may follow a title for the title to stand for a body. */
const BODY_START_RE = new RegExp(`^(?:${TITLE_FOLLOWERS.map(escapeRe).join('|')})${WE}`, 'iu');

const TITLE_ALTS = TITLES.map(([t]) => escapeRe(t)).join('|');
const TITLE_SPLIT_RE = new RegExp(`\\s*[,;]\\s*|\\s+và\\s+(?=(?:phó\\s+)?(?:${TITLE_ALTS})${WE})`, 'giu');
// `(?=[…])`: the first letters of the titles (same flags, so the same case folding) let V8 skip to the
// places a title can start instead of running the lookbehind at every character (~2× faster, same matches).
const TITLE_FIRST = [...new Set(TITLES.map(([t]) => String.fromCodePoint(t.codePointAt(0)!)))].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
const TITLE_ANYWHERE_RE = new RegExp(`(?=[${TITLE_FIRST}])${WB}(?:${TITLE_ALTS})${WE}`, 'iu');

interface TitleResult { changed: boolean; text: string }

function stripTitles(input: string): TitleResult {
  let s = input;
  const hon = stripHonorific(s);
  const hadHonorific = hon !== s;
  s = hon;
  if (!TITLE_ANYWHERE_RE.test(s)) return { changed: hadHonorific, text: s };
  const { parts, seps } = splitTopLevel(s, TITLE_SPLIT_RE);
  let changed = false;
  const out: Array<{ text: string; sep: string }> = [];
  parts.forEach((part, i) => {
    const sepBefore = i === 0 ? '' : seps[i - 1]!;
    const p = part.trim();
    const m = TITLE_RE.exec(p);
    if (!m) { out.push({ text: p, sep: sepBefore }); return; }
    const title = m[3]!;
    const spec = TITLES.find(([t]) => t.toLowerCase() === title.toLowerCase());
    let rest = p.slice(m[0].length).trim();
    if (rest === '') {
      // a bare title in a list: `Bộ trưởng, Thủ trưởng cơ quan ngang bộ` → `Các bộ, cơ quan ngang bộ`
      if (parts.length === 1) {
        if (m[1] && /^bộ trưởng$/iu.test(title)) { changed = true; out.push({ text: 'bộ', sep: sepBefore }); return; }
        out.push({ text: p, sep: sepBefore });
        return;
      }
      changed = true;
      if (/^bộ trưởng$/iu.test(title)) out.push({ text: 'bộ', sep: sepBefore });
      return;
    }
    // `Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh`: `Thường trực` belongs to the title
    if (m[2]) {
      const st = /^thường trực\s+/iu.exec(rest);
      if (st && BODY_START_RE.test(rest.slice(st[0].length)) && !/^thường trực$/iu.test(rest)) rest = rest.slice(st[0].length);
    }
    if (spec?.[1] && !spec[1].test(rest)) { out.push({ text: p, sep: sepBefore }); return; }
    if (!BODY_START_RE.test(rest)) { out.push({ text: p, sep: sepBefore }); return; }
    changed = true;
    out.push({ text: rest, sep: sepBefore });
  });
  if (!changed) return { changed: hadHonorific, text: s };
  let text = out.map((o, i) => (i === 0 ? o.text : (/[,;]/.test(o.sep) ? ', ' : ' và ') + o.text)).join('');
  if (out[0]?.text === 'bộ') text = 'Các ' + text;
  return { changed: true, text: collapse(text) };
}


// ---------------------------------------------------------------------------------------------
// Canonical form
// ---------------------------------------------------------------------------------------------

type Resolved = Omit<CanonicalBody, 'matched'>;

function fromHit(h: Hit, name = h.display): Resolved {
  return { name, kind: h.kind, level: h.level, ...(h.note ? { note: h.note } : {}) };
}

function joinNotes(...notes: Array<string | undefined>): string | undefined {
  const n = notes.filter((x): x is string => !!x);
  return n.length ? n.join('; ') : undefined;
}

function withNote(r: Resolved, note: string | undefined): Resolved {
  return note ? { ...r, note } : r;
}

function contextProvince(ctx?: { province?: string | null }): ProvinceHit | null {
  if (!ctx?.province) return null;
  return resolveProvince(ctx.province);
}

const PERSON_RE = /^(?:([Cc]ác)\s+)?(?:([Pp]hó)\s+)?[Tt]hủ tướng(\s+[Tt]hường trực)?(?:\s+[Cc]hính phủ)?(?:\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}))?$/u;

const UB_RE = /^(ủy ban nhân dân|hội đồng nhân dân)(?:\s+(.*))?$/iu;

function resolvePeoplesCommittee(s: string, ctx?: { province?: string | null }): Resolved | null {
  const m = UB_RE.exec(s);
  if (!m) return null;
  const head = /^ủy/iu.test(m[1]!) ? 'Ủy ban nhân dân' : 'Hội đồng nhân dân';
  const rest = (m[2] ?? '').trim();
  const P = (name: string, note?: string): Resolved => withNote({ name, kind: 'province', level: 'provincial' }, note);
  const C = (name: string): Resolved => ({ name, kind: 'commune', level: 'commune' });
  const D = (name: string): Resolved => ({ name, kind: 'other', level: null, note: DISTRICT_NOTE });
  const cp = contextProvince(ctx);

  if (rest === '') {
    return cp ? P(`${head} ${provinceAfterBody(cp, true)}`, cp.note) : { name: head, kind: 'province', level: null };
  }
  if (/^các\s+cấp$/iu.test(rest)) return { name: `${head} các cấp`, kind: 'collective', level: null };
  // `Ủy ban nhân dân xã, phường` is plural: `Ủy ban nhân dân các xã, phường`
  if (/^(?:tỉnh|thành phố|xã|phường|đặc khu)\s*,/iu.test(rest)) {
    return resolvePeoplesCommittee(`${head} các ${collectiveName(rest).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`, ctx);
  }
  const cap = /^cấp\s+(tỉnh|xã|huyện)(?:\s+(.*))?$/iu.exec(rest);
  if (cap) {
    const name = `${head} ${caseFix(rest)}`;
    const lvl = cap[1]!.toLowerCase();
    return lvl === 'tỉnh' ? P(name) : lvl === 'xã' ? C(name) : D(name);
  }
  if (/^các\s/iu.test(rest)) {
    const name = `${head} ${caseFix(rest)}`;
    if (/^các\s+(?:huyện|quận|thị xã)(?![\p{L}\p{N}])/iu.test(rest)) return D(name);
    const level = guessLevel(rest);
    if (level === 'commune') return C(name);
    if (level === 'provincial') return P(name);
    if (DISTRICT_WORD.test(rest)) return D(name);
    return { name, kind: 'province', level };
  }
  const des = /^(tỉnh|thành phố)(?:\s+(.+))?$/iu.exec(rest);
  if (des) {
    const designator = des[1]!;
    const isCity = /^thành/iu.test(designator);
    const placeName = des[2]?.trim();
    if (!placeName) {
      if (cp && cp.city === isCity) return P(`${head} ${provinceAfterBody(cp, true)}`, cp.note);
      return P(`${head} ${isCity ? designator : 'tỉnh'}`);
    }
    const p = resolveProvince(placeName);
    if (p) return P(`${head} ${provinceAfterBody(p, true)}`, p.note);
    if (isCity) return D(`${head} thành phố ${caseFix(placeName)}`);
    return P(`${head} tỉnh ${caseFix(placeName)}`);
  }
  if (/^(xã|phường|đặc khu|thị trấn)(?:\s|$)/iu.test(rest)) return C(`${head} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`);
  if (/^(huyện|quận|thị xã)(?:\s|$)/iu.test(rest)) return D(`${head} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`);
  const p = resolveProvince(rest);
  if (p) return P(`${head} ${provinceAfterBody(p, true)}`, p.note);
  return { name: `${head} ${caseFix(rest)}`, kind: 'province', level: guessLevel(rest) };
}

const TEMPLATE_WORD_RE = new RegExp(`${WB}(tỉnh ủy|thành ủy|tỉnh|thành phố)${WE}`, 'giu');

function resolveTemplate(s: string): Resolved | null {
  const re = new RegExp(TEMPLATE_WORD_RE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index === 0) continue;
    if (m.index > MAX_STEM_CHARS) break;
    const stem = s.slice(0, m.index).trim();
    const word = m[1]!;
    const cls = /ủy$/iu.test(word) ? 'tinhuy' : 'tinh';
    const h = STEMS.get(keyOf(stem) + '|' + cls);
    if (!h) continue;
    const after = s.slice(m.index + word.length).trim();
    let designator: string;
    if (cls === 'tinhuy') designator = /^thành/iu.test(word) ? 'Thành ủy' : 'Tỉnh ủy';
    else if (/^tỉnh$/iu.test(word)) designator = 'tỉnh';
    else designator = after ? 'thành phố' : word;
    if (!after) return fromHit(h, `${h.stemDisplay} ${designator}`);
    const p = resolveProvince(after);
    if (!p) continue;
    const place = cls === 'tinhuy'
      ? (p.entry.alwaysWithDesignator && !p.former ? `Thành phố ${p.name}` : p.name)
      : (p.entry.alwaysWithDesignator && !p.former ? `Thành phố ${p.name}` : `${designator} ${p.name}`);
    const r = fromHit(h, `${h.stemDisplay} ${cls === 'tinhuy' ? designator + ' ' : ''}${place}`.replace(/\s+/g, ' '));
    return withNote(r, joinNotes(h.note, p.note));
  }
  return null;
}

const COLLECTIVE_LEAD_RE = /^(?:các|những|mọi|từng|toàn thể|tất cả(?:\s+các)?)\s+/iu;
const GENERIC_ANY_RE = new RegExp(
  `^(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|doanh nghiệp|lực lượng|chính quyền|cán bộ|chủ đầu tư|` +
  `nhà đầu tư|nhà thầu|thành viên|đối tượng|hộ gia đình|người dân|cấp ủy|cấp|ngành)${WE}`, 'iu');
const GENERIC_LISTED_RE = /^(?:bộ|sở|ban|tỉnh|thành phố|xã|phường|huyện)(?=\s*,|\s+ngành|\s+và\s)/iu;
const GENERIC_SEGMENT_RE = /^(?:(các)\s+)?(bộ|ngành|sở|ban|cơ quan|đơn vị|địa phương|tỉnh|xã|phường)$/iu;

function isCollective(s: string): boolean {
  return COLLECTIVE_LEAD_RE.test(s) || GENERIC_ANY_RE.test(s) || GENERIC_LISTED_RE.test(s);
}

/** `các Bộ, ngành, địa phương` → `Các bộ, ngành, địa phương` */
function collectiveName(s: string): string {
  const { parts, seps } = splitTopLevel(s, /,\s*/u);
  const fixed = parts.map((p) => {
    const t = p.trim();
    return GENERIC_SEGMENT_RE.test(t) ? t.toLowerCase() : t;
  });
  let out = fixed[0] ?? '';
  for (let i = 1; i < fixed.length; i++) out += (seps[i - 1] ? ', ' : '') + fixed[i];
  out = out.replace(/cơ quan ngang Bộ/gu, 'cơ quan ngang bộ');
  return capFirst(caseFix(out));
}

function resolvePrefix(s: string): Resolved | null {
  const tokens = [...s.matchAll(/\S+/gu)];
  // no name in the gazetteer is longer than MAX_NAME_WORDS words
  for (let k = Math.min(tokens.length - 1, MAX_NAME_WORDS); k >= 1; k--) {
    const tok = tokens[k - 1]!;
    let cut = tok.index! + tok[0].length;
    while (cut > tok.index! && /[,;:]/u.test(s[cut - 1]!)) cut--;
    const prefix = s.slice(0, cut);
    const h = INDEX.get(keyOf(prefix));
    if (!h) continue;
    const rest = s.slice(cut).trim();
    if (!rest) return fromHit(h);
    if (/^[,;]/u.test(rest) || /^(?:và|cùng|với)\s/iu.test(rest)) {
      return { name: collectiveName(s), kind: 'collective', level: guessLevel(s) ?? h.level };
    }
    const p = resolveProvince(rest);
    if (p) {
      const place = provinceAfterBody(p, p.designator !== null);
      return withNote({ name: `${h.prefixDisplay} ${place}`, kind: h.kind, level: 'provincial' }, joinNotes(h.note, p.note));
    }
    if (/^tỉnh$/iu.test(rest)) return withNote({ name: `${h.prefixDisplay} tỉnh`, kind: h.kind, level: 'provincial' }, h.note);
    if (/^thành phố$/iu.test(rest)) return withNote({ name: `${h.prefixDisplay} ${rest}`, kind: h.kind, level: 'provincial' }, h.note);
    return withNote(
      { name: `${h.prefixDisplay} ${caseFix(rest)}`, kind: h.kind, level: guessLevel(rest) ?? h.level },
      h.note,
    );
  }
  return null;
}

function resolveByHead(s: string): Resolved {
  const name = capFirst(caseFix(s));
  for (const [re, kind, level] of HEAD_KINDS) {
    if (re.test(name)) {
      const guessed = guessLevel(name);
      if (kind === 'ministry' || kind === 'department') return { name, kind, level: level ?? guessed };
      if (kind === 'agency' && level === 'central') return { name, kind, level: guessed === 'provincial' || guessed === 'commune' ? guessed : 'central' };
      return { name, kind, level: guessed ?? level };
    }
  }
  return { name, kind: null, level: guessLevel(name) };
}

function resolve(s: string, ctx?: { province?: string | null }): Resolved {
  if (!s) return { name: '', kind: null, level: null };

  const exact = INDEX.get(keyOf(s));
  if (exact) {
    // in a provincial document `Hội Nông dân` is the province's chapter, not the national body
    if (ctx?.province && exact.prefixDisplay !== exact.display && (exact.kind === 'front' || exact.kind === 'association')) {
      return { name: exact.prefixDisplay, kind: exact.kind, level: 'provincial' };
    }
    return fromHit(exact);
  }

  const lead = COLLECTIVE_LEAD_RE.exec(s);
  if (lead) {
    const inner = INDEX.get(keyOf(s.slice(lead[0].length)));
    if (inner && inner.kind !== 'collective') return fromHit(inner);
  }

  const person = PERSON_RE.exec(s);
  if (person) {
    const name = `${person[1] ? 'Các ' : ''}${person[2] ? 'Phó ' : ''}Thủ tướng${person[3] ? ' Thường trực' : ''} Chính phủ${person[4] ? ' ' + person[4] : ''}`;
    return { name: capFirst(name), kind: 'person', level: 'central' };
  }

  const ub = resolvePeoplesCommittee(s, ctx);
  if (ub) return ub;

  const province = resolveProvince(s);
  if (province) return withNote({ name: provinceStandalone(province), kind: 'province', level: 'provincial' }, province.note);
  if (/^(tỉnh|thành phố)$/iu.test(s)) {
    const cp = contextProvince(ctx);
    const isCity = /^thành/iu.test(s);
    if (cp && cp.city === isCity) return withNote({ name: provinceStandalone(cp), kind: 'province', level: 'provincial' }, cp.note);
    return { name: capFirst(s), kind: 'province', level: 'provincial' };
  }

  const tmpl = resolveTemplate(s);
  if (tmpl) return tmpl;

  if (isCollective(s)) return { name: collectiveName(s), kind: 'collective', level: guessLevel(s) };

  const pre = resolvePrefix(s);
  if (pre) return pre;

  return resolveByHead(s);
}

const TITLE_BODY_MAP = new Map(TITLE_BODIES.map(([t, b]) => [t.toLowerCase(), b]));

/** Cleans a phrase as written into the text `resolve` works on. */
function prepare(matched: string): string {
  let s = trimPunct(normalizeText(matched));
  s = stripHonorific(s);
  // "Thống đốc" alone: a title that belongs to one body (rule name/title-alone in rules.ts)
  const alone = TITLE_BODY_MAP.get(s.toLowerCase());
  if (alone) return alone;
  s = expandAbbreviations(s);
  const t = stripTitles(s);
  if (t.changed) s = t.text;
  s = trimPunct(stripHonorific(s));
  return s;
}

/** Canonical form of a body phrase as written in a document. Never throws. */
export function canonicalBody(matched: string, ctx?: { province?: string | null }): CanonicalBody {
  ensureIndex();
  const asWritten = typeof matched === 'string' ? matched : String(matched ?? '');
  // No catch here: an exception is an engine bug, and the tests must see it.
  const r = resolve(prepare(asWritten), ctx);
  return { ...r, name: r.name.normalize('NFC'), matched: asWritten };
}

/** True when the phrase (after cleaning) names a body of the gazetteer or a province. One table for
 * every caller: the subject grammar asks about the same phrases (and prefixes of them) clause after clause. */
export const isKnownBody = memoize(knownBody, 50_000);

function knownBody(phrase: string): boolean {
  ensureIndex();
  const s = prepare(phrase);
  return INDEX.has(keyOf(s)) || resolveProvince(s) !== null;
}

// ---------------------------------------------------------------------------------------------
// For tests and reviewers
// ---------------------------------------------------------------------------------------------

/** Spellings that two different entries of the gazetteer claim (should be empty). */
export function gazetteerConflicts(): string[] {
  ensureIndex();
  return [...DUPLICATE_KEYS];
}

/** Number of entries per table, former names and provinces included. */
export function gazetteerStats(): { entries: number; formerNames: number; provinces: number; formerProvinces: number; spellings: number } {
  ensureIndex();
  let entries = 0;
  let formerNames = 0;
  for (const [, list] of BODY_TABLES) {
    entries += list.length;
    for (const e of list) formerNames += e.former?.length ?? 0;
  }
  return {
    entries,
    formerNames,
    provinces: PROVINCES.length,
    formerProvinces: PROVINCES.reduce((n, p) => n + p.former.length, 0),
    spellings: INDEX.size + PROVINCE_INDEX.size,
  };
}
