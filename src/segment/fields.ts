// Field lines: "Cơ quan chủ trì: Sở X.", "Đơn vị phối hợp thực hiện: …", "Thời hạn hoàn thành: quý
// II/2026." under a task say who and when for that task; they are fields of their item, never items.
// Each kind is a named rule; a lead or support field is stored under one canonical name so that the
// extract stage reads every wording the same way.

export interface FieldRule {
  id: string;
  description: string;
  /** The field's name as written, up to (not including) the colon. */
  re: RegExp;
  /** The name stored on the node; null keeps the name as written. */
  canonical: string | null;
  examples: { fires: string[]; skips: string[] };
}

/** Words that may follow the role before the colon: "chủ trì tham mưu thực hiện", "phối hợp thực hiện". */
const TAIL = '(?:\\s+(?:tham mưu|thực hiện|triển khai|xây dựng|soạn thảo|chính|chịu trách nhiệm))*';
const WHO = '(?:(?:cơ quan|đơn vị|chủ thể)(?:\\s*,\\s*(?:cơ quan|đơn vị))*\\s+)?';

export const FIELD_RULES: FieldRule[] = [
  {
    id: 'field/lead',
    description: 'the body that leads the task: "Cơ quan chủ trì:", "Đơn vị chủ trì tham mưu thực hiện:", "Đơn vị thực hiện:"',
    re: new RegExp(`^${WHO}(?:chủ trì|thực hiện|chịu trách nhiệm)${TAIL}(?=\\s*:)`, 'iu'),
    canonical: 'Cơ quan chủ trì',
    examples: { fires: ['Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.', 'Cơ quan chủ trì: Sở Công Thương.'], skips: ['Cơ quan chủ trì xây dựng đề án là Sở Tư pháp.', 'Các cơ quan thực hiện nghiêm: …'] },
  },
  {
    id: 'field/support',
    description: 'the bodies that assist: "Cơ quan phối hợp:", "Đơn vị phối hợp thực hiện:"',
    re: new RegExp(`^${WHO}phối hợp${TAIL}(?=\\s*:)`, 'iu'),
    canonical: 'Cơ quan phối hợp',
    examples: { fires: ['Đơn vị phối hợp thực hiện: các xã, phường.'], skips: ['Phối hợp chặt chẽ với các xã: …'] },
  },
  {
    id: 'field/deadline',
    description: 'when: "Thời hạn hoàn thành:", "Thời gian thực hiện:", "Tiến độ:"',
    re: /^(?:thời (?:gian|hạn)(?:\s+(?:hoàn thành|thực hiện|báo cáo|trình|nộp))?|tiến độ(?:\s+(?:thực hiện|hoàn thành))?)(?=\s*:)/iu,
    canonical: null,
    examples: { fires: ['Thời hạn hoàn thành: quý II/2026.', 'Tiến độ: tháng 9/2026.'], skips: ['Thời gian qua, các sở đã: …'] },
  },
  {
    id: 'field/product',
    description: 'what the task yields or costs: "Sản phẩm:", "Kết quả dự kiến:", "Kinh phí:"',
    re: /^(?:sản phẩm|kết quả|kinh phí|nguồn kinh phí)(?:\s+(?:dự kiến|thực hiện|đầu ra))?(?=\s*:)/iu,
    canonical: null,
    examples: { fires: ['Sản phẩm: Quyết định của Ủy ban nhân dân tỉnh.'], skips: ['Kết quả kiểm tra cho thấy: …'] },
  },
];

/** The field a line opens with: its stored name and how many characters the "name:" takes. */
export function readField(text: string): { name: string; length: number; rule: string } | null {
  for (const r of FIELD_RULES) {
    const m = r.re.exec(text);
    if (!m) continue;
    const colon = /^\s*:\s*/u.exec(text.slice(m[0].length))!;
    return { name: r.canonical ?? m[0], length: m[0].length + colon[0].length, rule: r.id };
  }
  return null;
}
