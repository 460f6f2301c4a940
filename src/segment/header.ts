// The header and footer of the official layout (Nghị định 30/2020/NĐ-CP): issuing body, số và ký
// hiệu, place and date, type and trích yếu, signer — wherever PDF or web extraction left them.
import type { DocumentMeta, Reference } from '../schema/index.js';
import type { Normalized, Paragraph } from '../normalize/index.js';
import { isAllCaps } from '../util/text.js';
import { DOC_TYPES } from './doctypes.js';
import { canonicalBody } from '../bodies/canonical.js';

const DATE_LINE = /^([\p{Lu}][\p{L} .]{1,30}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** Words that open a body's name in a header (a line starting otherwise continues the line above). */
const BODY_HEAD = /^(?:BỘ|SỞ|BAN|VĂN PHÒNG|CỤC|TỔNG CỤC|VỤ|ỦY BAN|UBND|HĐND|HỘI ĐỒNG|ĐẢNG ỦY|ĐẢNG BỘ|TỈNH ỦY|THÀNH ỦY|CHÍNH PHỦ|THỦ TƯỚNG|TRUNG TÂM|TRƯỜNG|VIỆN|THANH TRA|KIỂM TOÁN|NGÂN HÀNG|TÒA ÁN|VIỆN KIỂM SÁT|CÔNG AN|BẢO HIỂM|HỘI|LIÊN MINH|TẬP ĐOÀN|TỔNG CÔNG TY)(?![\p{L}])/u;
const AUTHORITY = /^(?:TM\.|T\/M|KT\.|K\/T|TL\.|TUQ\.|Q\.|THỪA LỆNH|THỪA ỦY QUYỀN)\s*/u;
const SIGN_TITLE = /^(?:THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CỤC TRƯỞNG|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|THỦ TRƯỞNG|CHÁNH THANH TRA)/u;
const PERSON_NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;

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

const expandAbbrev = (s: string) => s.replace(/^UBND(?=\s)/u, 'ỦY BAN NHÂN DÂN').replace(/^HĐND(?=\s)/u, 'HỘI ĐỒNG NHÂN DÂN');

/** The issuer block: the capitalised lines before the national motto / số, split into bodies. */
function readIssuer(head: string[]): { issuer: string | null; parent: string | null } {
  const bodies: string[] = [];
  for (const raw of head) {
    const line = raw.trim();
    // A numbered heading ("III. NHIỆM VỤ") is the body, not the issuer block.
    if (!line || !isAllCaps(line) || /CỘNG HÒA|ĐỘC LẬP|ĐẢNG CỘNG SẢN/u.test(line) || /^(?:[IVXL]+|\d+)[.)]\s/u.test(line)) continue;
    if (bodies.length && !BODY_HEAD.test(line)) bodies[bodies.length - 1] += ' ' + line;
    else bodies.push(line);
  }
  if (!bodies.length) return { issuer: null, parent: null };
  let unit = expandAbbrev(bodies[bodies.length - 1]!);
  const parent = bodies.length > 1 ? expandAbbrev(bodies[bodies.length - 2]!) : null;
  // A unit named only by its kind belongs to its parent: "BAN CHẤP HÀNH TRUNG ƯƠNG" + "VĂN PHÒNG".
  if (parent && /^(?:VĂN PHÒNG|BAN [\p{Lu}]+(?: [\p{Lu}]+)?)$/u.test(unit)) {
    unit = /BAN CHẤP HÀNH TRUNG ƯƠNG/u.test(parent) ? `${unit} TRUNG ƯƠNG ĐẢNG` : `${unit} ${parent}`;
  }
  // "UBND TỈNH THANH HÓA" over "SỞ Y TẾ": the department's full name is "Sở Y tế tỉnh Thanh Hóa" (as
  // "VĂN PHÒNG" under the Central Committee is "Văn phòng Trung ương Đảng").
  const govPlace = parent ? /^(?:ỦY BAN NHÂN DÂN|UBND)\s+((?:TỈNH|THÀNH PHỐ)\s+.+)$/u.exec(parent) : null;
  if (govPlace && /^(?:SỞ|CÔNG AN|THANH TRA|BAN QUẢN LÝ)\s/u.test(unit) && !/(?:TỈNH|THÀNH PHỐ)\s/u.test(unit)) unit = `${unit} ${govPlace[1]}`;
  // "ĐẢNG BỘ TỈNH LÂM ĐỒNG" over "TỈNH ỦY": the committee of that province.
  const partyPlace = parent ? /^ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(parent) : null;
  if (partyPlace && /^(?:TỈNH ỦY|THÀNH ỦY|ĐẢNG ỦY)$/u.test(unit)) unit = `${unit} ${partyPlace[1]}`;
  // The gazetteer knows how a name set in capitals is written ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG").
  return { issuer: canonicalBody(decap(unit)).name, parent: parent ? canonicalBody(decap(parent)).name : null };
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const REF_TYPES = 'Nghị quyết|Nghị định|Quyết định|Chỉ thị|Công điện|Thông báo|Kết luận|Kế hoạch|Công văn|Thông tư|Luật|Báo cáo|Hướng dẫn|Quy định|Chương trình|Phương án|Tờ trình|Đề án';
const REFERENCE = new RegExp(`(${REF_TYPES})\\s+(?:số\\s+)?(\\d+[\\d.]*(?:[-/][\\p{L}\\d&.Đđ]+)+)(?:,?\\s*ngày\\s+(\\d{1,2})(?:\\s+tháng\\s+|/)(\\d{1,2})(?:\\s+năm\\s+|/)(\\d{4}))?`, 'gu');

export function readReferences(text: string): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(REFERENCE)) {
    const number = m[2]!.replace(/[.,;]+$/u, '');
    if (seen.has(number)) continue;
    seen.add(number);
    const date = m[3] ? isoOf(+m[5]!, +m[4]!, +m[3]) : null;
    out.push({ type: m[1]!, number, date });
  }
  return out;
}

export interface Header extends DocumentMeta {
  parentIssuer: string | null;
  /** Index of the first paragraph after the header block. */
  bodyStart: number;
  /** Index of the paragraph where the footer (Nơi nhận / signature) begins, or paragraphs.length. */
  footerStart: number;
  /** Addressees listed after "Kính gửi". */
  addressees: string[];
}

export function readHeader(n: Normalized): Header {
  const paras = n.paragraphs;
  // The header block: everything up to the first paragraph that reads as running text.
  const headLines: string[] = [];
  for (const line of n.lines) {
    // In a two-column header the motto and the date sit on the right: skip them, read the left.
    if (line.column === 'right') continue;
    // PDF text may run the columns together: "BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI …", "VĂN PHÒNG Độc lập - …".
    const left = line.text.split(/\s+(?=CỘNG HÒA XÃ HỘI|Độc lập\s*-|ĐẢNG CỘNG SẢN)/u)[0]!;
    const l = left !== line.text && left.trim() ? { ...line, text: left.trim() } : line;
    if (/^(?:Số|SỐ)(?![\p{L}])|^CỘNG(?![\p{L}])|CỘNG HÒA|Độc lập|ĐẢNG CỘNG SẢN/u.test(l.text) || DATE_LINE.test(l.text)) break;
    if (DOC_TYPES.some((d) => d.title.test(l.text)) || /^Kính gửi|^(?:TM\.|KT\.|T\/M)/u.test(l.text) || l.srcLine > 40) break;
    if (l.noise === 'separator' && headLines.length) break;
    if (l.noise && l.noise !== 'header-line') continue;
    if (!isAllCaps(l.text)) {
      if (headLines.length) break;
      continue;
    }
    headLines.push(l.text);
    if (headLines.length > 6) break;
  }
  const top = paras.slice(0, 40);
  let { issuer, parent } = readIssuer(headLines);

  let number: string | null = null;
  for (let i = 0; i < top.length; i++) {
    // "Số:" may stand alone with the number wrapped onto the next line.
    const t = /^Số\s*:?$/u.test(top[i]!.text) ? `Số: ${top[i + 1]?.text ?? ''}` : top[i]!.text;
    const m = /^(?:[\p{Lu}\s]*\s)?Số\s*:?\s*(\d[\d.]*(?:\s*[-/]\s*[\p{L}\d&.Đđ]+)+)/u.exec(t);
    if (m && /[\p{L}]/u.test(m[1]!)) {
      number = m[1]!.replace(/\s+/gu, '');
      break;
    }
  }

  let date: string | null = null;
  let place: string | null = null;
  const dateCandidates = [...paras.map((p) => p.text), ...n.lines.filter((l) => l.noise === 'header-line').map((l) => l.text)];
  for (const t of dateCandidates) {
    const m = DATE_LINE.exec(t);
    if (m) {
      place = m[1]!.trim();
      date = isoOf(+m[4]!, +m[3]!, +m[2]!);
      break;
    }
  }

  let type: string | null = null;
  let subject: string | null = null;
  let titleIdx = -1;
  for (let i = 0; i < Math.min(paras.length, 30); i++) {
    const t = paras[i]!.text;
    const dt = DOC_TYPES.find((d) => d.title.test(t));
    if (dt && isAllCaps(t.slice(0, 12))) {
      type = dt.slug;
      titleIdx = i;
      const rest = t.replace(dt.title, '').trim();
      const next = paras[i + 1]?.text ?? '';
      // The trích yếu is the line under the type: "Về …", "V/v …", in capitals, or any short line that
      // is neither a cited basis, an addressee line, the body's first item nor its first sentence.
      const plainSubject = next.length > 0 && next.length < 300 && !/^(?:Căn cứ|Kính gửi|Thực hiện|Theo|Trên cơ sở|Ngày\s+\d)/u.test(next)
        && !/^(?:[IVX]+|\d+)[.)]\s/u.test(next) && !/[.;:]$/u.test(next) && !/^\(/u.test(next);
      subject = rest.length > 3 ? rest : /^(?:Về|VỀ|V\/v)\s/u.test(next) || isAllCaps(next) || plainSubject ? next : null;
      break;
    }
  }
  if (!type && number) type = DOC_TYPES.find((d) => d.code && d.code.test(number!))?.slug ?? null;
  const vv = top.find((p) => /^V\/v\s/u.test(p.text));
  if (vv) subject ??= vv.text.replace(/^V\/v\s*/u, '');
  // The addressees: "Kính gửi:", "Đồng kính gửi:", or the telegram form "THỦ TƯỚNG CHÍNH PHỦ điện:".
  const kinhGui = paras.findIndex((p, i) => i < 40 && (/^(?:Kính gửi|Đồng kính gửi)/u.test(p.text) || /(?:^|\s)điện\s*:$/u.test(p.text)));
  if (!type && (vv || (kinhGui >= 0 && /^Kính gửi/u.test(paras[kinhGui]!.text)))) type = 'cong-van';

  // Addressees: the bullets (or the rest of the line) after "Kính gửi:".
  const addressees: string[] = [];
  let addresseeEnd = -1;
  if (kinhGui >= 0) {
    const own = /điện\s*:$/u.test(paras[kinhGui]!.text) ? '' : paras[kinhGui]!.text.replace(/^(?:Đồng )?[Kk]ính gửi\s*:?\s*/u, '');
    if (own) addressees.push(own);
    let i = kinhGui + 1;
    for (; i < paras.length && /^[-+•]\s*/u.test(paras[i]!.text); i++) addressees.push(paras[i]!.text.replace(/^[-+•]\s*/u, ''));
    // "Đồng kính gửi:" after the list: its addressees are informed, not asked; skip past them.
    if (/^Đồng kính gửi/u.test(paras[i]?.text ?? '')) {
      i++;
      while (i < paras.length && (/^[-+•]\s*/u.test(paras[i]!.text) || /để (?:lãnh đạo, )?chỉ đạo|để biết/u.test(paras[i]!.text))) i++;
    }
    addresseeEnd = i;
  }

  // Footer: "Nơi nhận" and the signature block.
  let footerStart = paras.findIndex((p) => /^Nơi nhận\s*:?/u.test(p.text));
  if (footerStart < 0) footerStart = paras.findIndex((p, i) => i > 3 && (AUTHORITY.test(p.text) && isAllCaps(p.text)));
  if (footerStart < 0) footerStart = paras.length;

  let signer: DocumentMeta['signer'] = null;
  let sealBody: string | null = null;
  const footerLine = footerStart < paras.length ? paras[footerStart]!.line : Infinity;
  const tail = n.lines.filter((l) => !l.noise && l.srcLine >= footerLine);
  for (let i = 0; i < tail.length; i++) {
    const t = tail[i]!.text;
    if (!((AUTHORITY.test(t) || SIGN_TITLE.test(t)) && isAllCaps(t))) continue;
    const block: string[] = [];
    let j = i;
    for (; j < tail.length && isAllCaps(tail[j]!.text) && !PERSON_NAME.test(tail[j]!.text); j++) block.push(tail[j]!.text);
    // In two columns the name stands some lines below the title, beside the list of recipients.
    const nameLine = tail.slice(j, j + 15).find((l) => PERSON_NAME.test(l.text) && (l.column !== 'left'));
    const name = nameLine ? nameLine.text : null;
    // The last capitalised line is the signer's title; what stands before it is the authority.
    const title = block.length ? block[block.length - 1]! : null;
    const authority = block.length > 1 ? block.slice(0, -1).join(' ') : null;
    const seal = authority ? /^(?:TM\.|T\/M)\s*(.+?)(?:\s+(?:KT\.|K\/T|TL\.|TUQ\.).*)?$/u.exec(authority) : null;
    if (seal) sealBody = decap(expandAbbrev(seal[1]!));
    // Keep the authority marks as written ("TM. Chính phủ KT. Thủ tướng"), the rest in sentence case.
    const auth = authority ? decap(authority).replace(/(^|\s)(tm|t\/m|kt|k\/t|tl|tuq|q)\.?(?=\s)/giu, (_m, sp: string, a: string) => `${sp}${a.toUpperCase()}${a.includes('/') ? '' : '.'}`).replace(/(\.|\/[A-Z]) (\p{Ll})/gu, (_m, d: string, c: string) => `${d} ${c.toUpperCase()}`) : null;
    signer = { name, title: title ? decap(title) : null, authority: auth };
    break;
  }
  // A signature block whose name line is missing names nobody: the signer is a person.
  if (signer && !signer.name) signer = null;
  if (!signer) {
    // No signature block (web copies): a lone name line after "Nơi nhận" still names the signer.
    const last = paras.slice(footerStart).reverse().find((p) => PERSON_NAME.test(p.text));
    if (last) signer = { name: last.text, title: null, authority: null };
  }

  // No issuer in the header: the closing formula names it ("Văn phòng Chính phủ thông báo để …").
  if (!issuer) {
    for (let i = footerStart - 1; i >= Math.max(0, footerStart - 4); i--) {
      const m = /^((?:Văn phòng|Ủy ban nhân dân|UBND|Bộ|Sở|Ban|Đảng ủy|Tỉnh ủy|Thành ủy)[^,.;:]{0,60}?)\s+(?:xin\s+)?(?:thông báo|yêu cầu|đề nghị)(?![\p{L}])/u.exec(paras[i]?.text ?? '');
      if (m) {
        issuer = m[1]!.replace(/^UBND/u, 'Ủy ban nhân dân');
        break;
      }
    }
  }

  issuer ??= sealBody;

  let bodyStart = 0;
  if (titleIdx >= 0) bodyStart = titleIdx + (subject && paras[titleIdx + 1]?.text === subject ? 2 : 1);
  if (addresseeEnd > 0) bodyStart = Math.max(bodyStart, addresseeEnd);

  const references = readReferences(paras.slice(0, footerStart).map((p) => p.text).join('\n'));
  return { type, number, issuer, parentIssuer: parent, place, date, subject, signer, references, bodyStart, footerStart, addressees };
}

export type { Paragraph };
