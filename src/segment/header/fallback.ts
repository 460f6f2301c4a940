// Header rules for texts without a classic header (web copies, attached plans, OCR): a site's
// key–value table, the enacting authority, an attachment caption, the opening sentence. Each only
// fills what the classic rules left empty, so a document with a full header is read as before.
import { isAllCaps } from '../../util/text.js';
import { DOC_TYPES } from '../doctypes.js';
import { type HeaderCtx, type HeaderRule, PERSON_NAME, fill, isoOf, override } from './context.js';
import { bodyOfTitle } from './issuer.js';

const KV_KEY = /^(Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày có hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực)\s*:\s*(.*)$/u;

/** Reads the table at the top ("Số hiệu: | 45/QĐ-UBND"): keys on one line, values on the same or the next. */
export function readKeyValues(c: HeaderCtx): void {
  const values = new Map<string, string>();
  let key: string | null = null;
  let lastLine = 0;
  let seen = 0;
  for (const l of c.n.lines) {
    if (l.noise === 'separator' || !l.text.trim()) continue;
    const m = KV_KEY.exec(l.text);
    if (m) {
      key = m[1]!;
      lastLine = l.srcLine;
      if (m[2]!.trim()) values.set(key, m[2]!.trim().replace(/^\|\s*/u, ''));
      continue;
    }
    if (key && !values.has(key)) {
      values.set(key, l.text.trim());
      lastLine = l.srcLine;
      continue;
    }
    // The table opens the page or it is not there.
    if (++seen > 2 || values.size) break;
  }
  if (values.size < 2) return;
  c.kv = { values, lastLine };
  c.p0 = c.paras.findIndex((p) => p.line > lastLine);
  if (c.p0 < 0) c.p0 = 0;
}

/** A value of "Nơi ban hành" that is a body ("Bộ Y tế"), not just a place ("Tỉnh Nghệ An"). */
const KV_BODY = /^(?:Bộ|Ban|Sở|Ủy ban|Văn phòng|Tổng cục|Cục|Hội đồng|Chính phủ|Thủ tướng|Quốc hội|Kiểm toán|Ngân hàng|Thanh tra|Tỉnh ủy|Thành ủy|Đảng ủy)(?![\p{L}])/u;

export const keyValueTable: HeaderRule = {
  id: 'header/key-value-table',
  description: 'a site\'s table above the text ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:", "Nơi ban hành:" when it names a body)',
  examples: {
    fires: [
      { doc: 'Số hiệu:\n|\n45/QĐ-UBND\n|\nLoại văn bản:\n|\nQuyết định\n|\nNgày ban hành:\n|\n02/03/2026\n|\nKính gửi: các sở', field: 'date', value: '2026-03-02' },
      { doc: 'Số hiệu:\n|\n7/BYT-KH\n|\nNơi ban hành:\n|\nBộ Y tế\n|\nKính gửi: các sở', field: 'issuer', value: 'Bộ Y tế' },
    ],
    skips: [{ doc: 'Số hiệu:\n|\n7/UBND-KT\n|\nNơi ban hành:\n|\nTỉnh Bình Phước\n|\nKính gửi: các sở', field: 'issuer' }],
  },
  apply(c) {
    const kv = c.kv?.values;
    if (!kv) return;
    const num = kv.get('Số hiệu');
    if (num && /^\d[\d.]*(?:[-/][\p{L}\d&.Đđ]+)+$/u.test(num)) fill(c, 'number', num, this.id);
    const kind = kv.get('Loại văn bản')?.toUpperCase() ?? '';
    fill(c, 'type', DOC_TYPES.find((d) => d.title.test(kind))?.slug ?? null, this.id);
    const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(kv.get('Ngày ban hành') ?? '');
    if (d) fill(c, 'date', isoOf(+d[3]!, +d[2]!, +d[1]!), this.id);
    const where = kv.get('Nơi ban hành') ?? kv.get('Cơ quan ban hành') ?? '';
    if (KV_BODY.test(where)) fill(c, 'issuer', where, this.id);
  },
};

export const keyValueSigner: HeaderRule = {
  id: 'header/key-value-signer',
  description: 'no signature read: the table\'s "Người ký:" names the signer',
  examples: {
    fires: [{ doc: 'Số hiệu:\n|\n7/BYT-KH\n|\nNgười ký:\n|\nĐỗ Văn An\n|\nKính gửi: các sở', field: 'signer', value: { name: 'Đỗ Văn An', title: null, authority: null } }],
    skips: [{ doc: 'Số hiệu:\n|\n7/BYT-KH\n|\nNgười ký:\n|\nĐã biết\n|\nKính gửi: các sở', field: 'signer' }],
  },
  apply(c) {
    const name = c.kv?.values.get('Người ký');
    if (name && PERSON_NAME.test(name)) fill(c, 'signer', { name, title: null, authority: null }, this.id);
  },
};

const PARTY_ORGAN = /^CỦA\s+((?:BỘ CHÍNH TRỊ|BAN BÍ THƯ)(?:\s*(?:,|VÀ)\s*(?:BỘ CHÍNH TRỊ|BAN BÍ THƯ))?)(?![\p{L}])/u;

export const partyOrganTitle: HeaderRule = {
  id: 'header/party-organ-title',
  description: 'under "BAN CHẤP HÀNH TRUNG ƯƠNG", a title "… CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ" names the organ that issues it',
  examples: {
    fires: [{ doc: 'BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 9-KL/TW\nKẾT LUẬN\nCỦA BAN BÍ THƯ VỀ CÔNG TÁC DÂN VẬN', field: 'issuer', value: 'Ban Bí thư' }],
    skips: [{ doc: 'VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/TB-VPCP\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN BÍ THƯ VỀ CÔNG TÁC DÂN VẬN', field: 'issuer' }],
  },
  apply(c) {
    if (c.titleIdx < 0 || (c.h.issuer && !/^ban chấp hành trung ương/iu.test(c.h.issuer))) return;
    const m = PARTY_ORGAN.exec(c.h.subject ?? '');
    if (!m) return;
    const organs = m[1]!.split(/(?<!\s)\s*(?:,|VÀ)\s*/u).map((o) => (o === 'BỘ CHÍNH TRỊ' ? 'Bộ Chính trị' : 'Ban Bí thư'));
    override(c, 'issuer', organs.join(', '), this.id);
  },
};

/** How an enacting line opens: a head's title or the body itself. */
const ENACTING = /^(?:TRƯỞNG BAN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TRƯỞNG|GIÁM ĐỐC|CHỦ NHIỆM|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CỤC TRƯỞNG|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)(?![\p{L}])/u;

export const enactingAuthority: HeaderRule = {
  id: 'header/enacting-authority',
  description: 'no issuer yet: the capitalised line that enacts ("BỘ TRƯỞNG BỘ Y TẾ" before "Căn cứ …") names it, a title standing for its body',
  examples: {
    fires: [{ doc: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\nTRƯỞNG BAN CHỈ ĐẠO PHÁT TRIỂN NÔNG THÔN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;', field: 'issuer', value: 'Ban Chỉ đạo phát triển nông thôn tỉnh' }],
    skips: [{ doc: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\nNHIỆM VỤ TRỌNG TÂM\nCăn cứ Luật Tổ chức chính quyền địa phương;', field: 'issuer' }],
  },
  apply(c) {
    // Lines, not paragraphs: the title, its trích yếu and this line are often joined into one.
    const lines = c.n.lines.filter((l) => !l.noise && l.column !== 'right' && l.srcLine > (c.kv?.lastLine ?? 0));
    const at = lines.findIndex((l, i) => i < 80 && /^Căn cứ(?![\p{L}])/u.test(l.text));
    const run: string[] = [];
    for (let i = at - 1; i >= Math.max(0, at - 4) && isAllCaps(lines[i]!.text); i--) {
      run.unshift(lines[i]!.text);
      if (ENACTING.test(lines[i]!.text)) return fill(c, 'issuer', bodyOfTitle(run.join(' ')), this.id);
    }
  },
};

const REF_KIND = 'Quyết định|Kế hoạch|Công văn|Công điện|Chỉ thị|Nghị quyết|Kết luận|Thông báo|Hướng dẫn|Thông tư|Nghị định';
const CAPTION = new RegExp(`^\\(?\\s*(?:Ban hành )?[Kk]èm theo\\s+(${REF_KIND})\\s+(?:số\\s*:?\\s*)?(\\d[\\d.]*(?:[-/][\\p{L}\\d&.Đđ]+)+)\\s*,?\\s*ngày\\s+(\\d{1,2})(?:\\s+tháng\\s+|/)(\\d{1,2})(?:\\s+năm\\s+|/)(\\d{4})`, 'u');

export const attachmentCaption: HeaderRule = {
  id: 'header/attachment-caption',
  description: 'no number or date yet: the caption of the attached text ("(Kèm theo Quyết định số 45/QĐ-UBND ngày 02 tháng 3 năm 2026 …)") gives them and the type',
  examples: {
    fires: [{ doc: 'KẾ HOẠCH\nTrồng rừng thay thế\n(Kèm theo Quyết định số 45/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân xã)\nI. MỤC ĐÍCH', field: 'number', value: '45/QĐ-UBND' }],
    skips: [{ doc: 'KẾ HOẠCH\nTrồng rừng thay thế\nThực hiện Quyết định số 45/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân xã.\nI. MỤC ĐÍCH', field: 'number' }],
  },
  apply(c) {
    if (c.h.number && c.h.date) return;
    for (const p of c.paras) {
      const m = CAPTION.exec(p.text);
      if (!m) continue;
      if (c.h.number && c.h.number !== m[2]) return;
      fill(c, 'number', m[2]!.replace(/[.,;]+$/u, ''), this.id);
      fill(c, 'date', isoOf(+m[5]!, +m[4]!, +m[3]!), this.id);
      fill(c, 'type', DOC_TYPES.find((d) => d.title.test(m[1]!.toUpperCase()))?.slug ?? null, this.id);
      return;
    }
  },
};
