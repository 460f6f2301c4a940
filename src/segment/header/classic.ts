// Header rules for the classic layout (Nghị định 30/2020/NĐ-CP): issuer block, số và ký hiệu,
// place and date, title and trích yếu, addressees. Each fills what it finds; order is precedence.
import { isAllCaps } from '../../util/text.js';
import { DOC_TYPES } from '../doctypes.js';
import { DATE_LINE, type HeaderCtx, type HeaderRule, boldContinuations, fill, isoOf } from './context.js';
import { type HeadLine, readIssuer } from './issuer.js';

/** The header block: capitalised left-column lines up to the motto, số, date or title. */
function headLines(c: HeaderCtx): HeadLine[] {
  const out: HeadLine[] = [];
  const bold = boldContinuations(c.n);
  const from = c.kv?.lastLine ?? 0;
  for (const line of c.n.lines) {
    // A site's key–value table stands above the real header: read past it.
    if (line.srcLine <= from) continue;
    // In a two-column header the motto and the date sit on the right: skip them, read the left.
    if (line.column === 'right') continue;
    // PDF text may run the columns together: "BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI …".
    const left = line.text.split(/\s+(?=CỘNG HÒA XÃ HỘI|Độc lập\s*-|ĐẢNG CỘNG SẢN)/u)[0]!;
    const l = left !== line.text && left.trim() ? { ...line, text: left.trim() } : line;
    if (/^(?:Số|SỐ)(?![\p{L}])|^CỘNG(?![\p{L}])|CỘNG HÒA|Độc lập|ĐẢNG CỘNG SẢN/u.test(l.text) || DATE_LINE.test(l.text)) break;
    if (DOC_TYPES.some((d) => d.title.test(l.text)) || /^Kính gửi|^(?:TM\.|KT\.|T\/M)/u.test(l.text) || l.srcLine - from > 40) break;
    if (l.noise === 'separator' && out.length) break;
    if (l.noise && l.noise !== 'header-line') continue;
    if (!isAllCaps(l.text)) {
      if (out.length) break;
      continue;
    }
    out.push({ text: l.text, boldCont: bold.has(l.srcLine) });
    if (out.length > 6) break;
  }
  return out;
}

export const issuerBlock: HeaderRule = {
  id: 'header/issuer-block',
  description: 'the capitalised lines above the motto name the issuer (its parent above it); a bold name wrapped over lines is one name',
  examples: {
    fires: [
      { doc: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/SXD-QLN', field: 'issuer', value: 'Sở Xây dựng tỉnh Hà Giang' },
      { doc: '**VĂN PHÒNG\nCHÍNH PHỦ**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nSố: 7/TB-VPCP', field: 'issuer', value: 'Văn phòng Chính phủ' },
    ],
    skips: [{ doc: 'III. NHIỆM VỤ CỤ THỂ\n1. Sở Y tế rà soát danh mục thuốc.', field: 'issuer' }],
  },
  apply(c) {
    const { issuer, parent } = readIssuer(headLines(c));
    fill(c, 'issuer', issuer, this.id);
    fill(c, 'parentIssuer', parent, this.id);
  },
};

export const numberLine: HeaderRule = {
  id: 'header/number-line',
  description: 'the "Số: 12/KH-UBND" line gives the number (it may wrap after "Số:")',
  examples: {
    fires: [{ doc: 'UBND XÃ AN BÌNH\nSố: 15/KH-UBND\nKẾ HOẠCH', field: 'number', value: '15/KH-UBND' }],
    skips: [{ doc: 'Số lượng: 15 xe\nKẾ HOẠCH', field: 'number' }],
  },
  apply(c) {
    const top = c.paras.slice(c.p0, c.p0 + 40);
    for (let i = 0; i < top.length; i++) {
      const t = /^Số\s*:?$/u.test(top[i]!.text) ? `Số: ${top[i + 1]?.text ?? ''}` : top[i]!.text;
      const m = /^(?:[\p{Lu}\s]*\s)?Số\s*:?\s*(\d[\d.]*(?:\s*[-/]\s*[\p{L}\d&.Đđ]+)+)/u.exec(t);
      if (m && /[\p{L}]/u.test(m[1]!)) return fill(c, 'number', m[1]!.replace(/\s+/gu, ''), this.id);
    }
  },
};

export const dateLine: HeaderRule = {
  id: 'header/date-line',
  description: '"<place>, ngày d tháng m năm y" gives the place and the date of issue',
  examples: {
    fires: [{ doc: 'Số: 3/CV-UBND\nLong An, ngày 05 tháng 4 năm 2026', field: 'date', value: '2026-04-05' }],
    skips: [{ doc: 'Ngày 05 tháng 4 năm 2026, Sở Tài chính đã họp.', field: 'date' }],
  },
  apply(c) {
    const candidates = [...c.paras.map((p) => p.text), ...c.n.lines.filter((l) => l.noise === 'header-line').map((l) => l.text)];
    for (const t of candidates) {
      const m = DATE_LINE.exec(t);
      if (!m) continue;
      fill(c, 'place', m[1]!.trim(), this.id);
      fill(c, 'date', isoOf(+m[4]!, +m[3]!, +m[2]!), this.id);
      return;
    }
  },
};

export const titleLine: HeaderRule = {
  id: 'header/title',
  description: 'the type set in capitals ("KẾ HOẠCH") gives the type; the line under it the trích yếu',
  examples: {
    fires: [{ doc: 'Số: 3/KH-UBND\nKẾ HOẠCH\nPhòng chống hạn mặn năm 2026', field: 'type', value: 'ke-hoach' }],
    skips: [{ doc: 'Kế hoạch của tỉnh được triển khai như sau.', field: 'type' }],
  },
  apply(c) {
    const { paras } = c;
    for (let i = c.p0; i < Math.min(paras.length, c.p0 + 30); i++) {
      const t = paras[i]!.text;
      const dt = DOC_TYPES.find((d) => d.title.test(t));
      if (!dt || !isAllCaps(t.slice(0, 12))) continue;
      fill(c, 'type', dt.slug, this.id);
      c.titleIdx = i;
      const rest = t.replace(dt.title, '').trim();
      const next = paras[i + 1]?.text ?? '';
      // The trích yếu is the line under the type: "Về …", "V/v …", in capitals, or any short line that
      // is neither a cited basis, an addressee line, the body's first item nor its first sentence.
      const plainSubject = next.length > 0 && next.length < 300 && !/^(?:Căn cứ|Kính gửi|Thực hiện|Theo|Trên cơ sở|Ngày\s+\d)/u.test(next)
        && !/^(?:[IVX]+|\d+)[.)]\s/u.test(next) && !/[.;:]$/u.test(next) && !/^\(/u.test(next);
      fill(c, 'subject', rest.length > 3 ? rest : /^(?:Về|VỀ|V\/v)\s/u.test(next) || isAllCaps(next) || plainSubject ? next : null, this.id);
      return;
    }
  },
};

export const typeFromCode: HeaderRule = {
  id: 'header/type-from-code',
  description: 'without a title, the code in the number ("/KH-", "-KL/") gives the type; not under a "V/v" trích yếu, which only a công văn has (there "CT" may be the issuer\'s code)',
  examples: {
    fires: [{ doc: 'Số: 8/KH-UBND\nTriển khai công tác phòng cháy.', field: 'type', value: 'ke-hoach' }],
    skips: [
      { doc: 'Số: 8/UBND-VX\nTriển khai công tác phòng cháy.', field: 'type' },
      { doc: 'Số: 75/CT-QLDN\nV/v hoàn thuế giá trị gia tăng\nKính gửi: Thuế tỉnh Bắc Ninh', field: 'type' },
    ],
  },
  apply(c) {
    const num = c.h.number;
    if (c.paras.slice(c.p0, c.p0 + 40).some((p) => /^V\/v\s/u.test(p.text))) return;
    if (num) fill(c, 'type', DOC_TYPES.find((d) => d.code && d.code.test(num))?.slug ?? null, this.id);
  },
};
