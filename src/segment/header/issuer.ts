// The issuer block of the official header: capitalised lines before the national motto, each
// opening a body (a parent, then its unit) or continuing the one above.
import { isAllCaps } from '../../util/text.js';
import { canonicalBody } from '../../bodies/canonical.js';
import { BODY_HEAD, expandAbbrev } from './context.js';

/** Sentence case for a name set in capitals, keeping the words that are always capitalised. */
export function decap(caps: string): string {
  if (!isAllCaps(caps)) return caps;
  let s = caps.toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase());
  const proper: [RegExp, string][] = [
    [/chính phủ/gu, 'Chính phủ'], [/trung ương/gu, 'Trung ương'], [/(?<=\s)đảng(?![\p{L}])/gu, 'Đảng'],
    [/quốc hội/gu, 'Quốc hội'], [/nhà nước/gu, 'Nhà nước'], [/việt nam/gu, 'Việt Nam'], [/thủ tướng/gu, 'Thủ tướng'],
    [/(?<=\s)(tỉnh|thành phố|xã|phường|huyện|quận)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/gu, ''],
    [/(?<=^(?:Tỉnh|Thành) ủy)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/gu, '\u0000'],
  ];
  for (const [re, rep] of proper) {
    if (rep === '\u0000') s = s.replace(re, (x) => x.replace(/(^|\s)(\p{L})/gu, (_y, sp: string, c: string) => sp + c.toUpperCase()));
    else if (rep) s = s.replace(re, rep);
    else s = s.replace(re, (_m, kind: string, name: string) => `${kind} ${name.replace(/(^|\s)(\p{L})/gu, (_x, sp: string, c: string) => sp + c.toUpperCase())}`);
  }
  return s.replace(/^Ubnd/u, 'Ủy ban nhân dân').replace(/(?<=\s|^)ubnd(?=\s|$)/gu, 'Ủy ban nhân dân');
}

export interface HeadLine { text: string; /** Starts inside a bold span opened on the line above. */ boldCont: boolean }

/** A kind word standing alone ("VĂN PHÒNG") cannot be a whole name: a bold wrap after it continues it. */
const BARE_KIND = /^(?:VĂN PHÒNG|BAN|ỦY BAN|BỘ|SỞ|CỤC|TỔNG CỤC|HỘI ĐỒNG|ĐẢNG ỦY)$/u;

/** The bodies of the block, parent first; a numbered heading ("III. NHIỆM VỤ") is never one. */
export function issuerBodies(head: HeadLine[]): string[] {
  const bodies: string[] = [];
  for (const { text: raw, boldCont } of head) {
    const line = raw.trim();
    if (!line || !isAllCaps(line) || /CỘNG HÒA|ĐỘC LẬP|ĐẢNG CỘNG SẢN/u.test(line) || /^(?:[IVXL]+|\d+)[.)]\s/u.test(line)) continue;
    const last = bodies[bodies.length - 1];
    const continues = last !== undefined && (!BODY_HEAD.test(line) || (boldCont && BARE_KIND.test(last)));
    if (continues) bodies[bodies.length - 1] += ' ' + line;
    else bodies.push(line);
  }
  return bodies;
}

/** The unit's full name from the block: "UBND TỈNH X" over "SỞ Y TẾ" is "Sở Y tế tỉnh X". */
export function readIssuer(head: HeadLine[]): { issuer: string | null; parent: string | null } {
  const bodies = issuerBodies(head);
  if (!bodies.length) return { issuer: null, parent: null };
  let unit = expandAbbrev(bodies[bodies.length - 1]!);
  const parent = bodies.length > 1 ? expandAbbrev(bodies[bodies.length - 2]!) : null;
  // A unit of the Central Committee ("VĂN PHÒNG", "BAN TUYÊN GIÁO …") is named "… Trung ương (Đảng)".
  // A unit named only by its kind belongs to its parent: "BAN CHẤP HÀNH TRUNG ƯƠNG" + "VĂN PHÒNG".
  const central = parent !== null && /BAN CHẤP HÀNH TRUNG ƯƠNG/u.test(parent);
  if (parent && /^(?:VĂN PHÒNG|BAN [\p{Lu}]+(?: [\p{Lu}]+)?)$/u.test(unit)) unit = central ? `${unit} TRUNG ƯƠNG ĐẢNG` : `${unit} ${parent}`;
  // A longer-named board of the Central Committee ("BAN KINH TẾ VÀ ĐỐI NGOẠI") is "… Trung ương".
  else if (central && /^BAN\s/u.test(unit) && !/TRUNG ƯƠNG/u.test(unit)) unit = `${unit} TRUNG ƯƠNG`;
  const govPlace = parent ? /^(?:ỦY BAN NHÂN DÂN|UBND)\s+((?:TỈNH|THÀNH PHỐ)\s+.+)$/u.exec(parent) : null;
  if (govPlace && /^(?:SỞ|CÔNG AN|THANH TRA|BAN QUẢN LÝ)\s/u.test(unit) && !/(?:TỈNH|THÀNH PHỐ)\s/u.test(unit)) unit = `${unit} ${govPlace[1]}`;
  // "ĐẢNG BỘ TỈNH X" over "TỈNH ỦY": the committee of that province.
  const partyPlace = parent ? /^ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(parent) : null;
  if (partyPlace && /^(?:TỈNH ỦY|THÀNH ỦY|ĐẢNG ỦY)$/u.test(unit)) unit = `${unit} ${partyPlace[1]}`;
  // The gazetteer knows how a name set in capitals is written ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG").
  return { issuer: canonicalBody(decap(unit)).name, parent: parent ? canonicalBody(decap(parent)).name : null };
}

/** A title that stands for its body ("TRƯỞNG BAN CHỈ ĐẠO X" → Ban Chỉ đạo X, "BỘ TRƯỞNG BỘ Y TẾ" → Bộ Y tế). */
export function bodyOfTitle(text: string): string | null {
  const t = text.trim().replace(/(?<![.:;,])[.:;,]+$/u, '');
  const m = /^(?:TRƯỞNG (?=BAN)|CHỦ TỊCH |BỘ TRƯỞNG |THỦ TRƯỞNG |GIÁM ĐỐC |CHỦ NHIỆM |THỐNG ĐỐC |TỔNG (?=KIỂM TOÁN)|CỤC TRƯỞNG |CHÁNH THANH TRA (?=THANH TRA))?(.+)$/iu.exec(t)!;
  const rest = expandAbbrev(m[1]!);
  if (!BODY_HEAD.test(rest.toUpperCase())) return null;
  return canonicalBody(decap(rest)).name;
}
