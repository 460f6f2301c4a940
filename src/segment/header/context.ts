// What the header rules share: the draft being filled, which rule set each field, and the small
// vocabulary of the official layout (Nghị định 30/2020/NĐ-CP) that several rules read.
import type { DocumentMeta } from '../../schema/index.js';
import type { Normalized, Paragraph } from '../../normalize/index.js';

export type Draft = Pick<DocumentMeta, 'type' | 'number' | 'issuer' | 'place' | 'date' | 'subject' | 'signer'> & { parentIssuer: string | null };
export type Field = keyof Draft;

/** A site's key–value table ("Số hiệu: | 45/QĐ-UBND", "Nơi ban hành: | Tỉnh X"), read before anything else. */
export interface KeyValues { values: Map<string, string>; lastLine: number }

export interface HeaderCtx {
  n: Normalized;
  paras: Paragraph[];
  h: Draft;
  /** Which rule set each field: the trace the rule tests read. */
  by: Partial<Record<Field, string>>;
  kv: KeyValues | null;
  /** First paragraph after a key–value table (0 without one): limits count from here. */
  p0: number;
  titleIdx: number;
  vv: boolean;
  kinhGui: number;
  addressees: string[];
  addresseeEnd: number;
  footerStart: number;
  sealBody: string | null;
}

export interface HeaderExample { doc: string; field: Field; value?: unknown }

/** A header rule: it fills fields still empty; the list's order is the precedence. */
export interface HeaderRule {
  id: string;
  description: string;
  examples: { fires: HeaderExample[]; skips: HeaderExample[] };
  apply(c: HeaderCtx): void;
}

/** How an issuer's name begins: a body, never a section heading or a stray phrase ("NHIỆM VỤ TRỌNG TÂM"). */
const ISSUER_START = /^(?:Bộ|Sở|Ban|Ủy ban|UBND|HĐND|Văn phòng|Cục|Tổng cục|Vụ|Hội đồng|Chính phủ|Thủ tướng|Quốc hội|Chủ tịch nước|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Đảng bộ|Kiểm toán|Ngân hàng|Thanh tra|Công an|Trung tâm|Viện|Trường|Tòa án|Bảo hiểm|Hội|Liên (?:minh|đoàn|hiệp)|Tập đoàn|Tổng công ty|Công ty|Mặt trận|Đoàn|Học viện|Đài|Chi cục|Phòng|Bộ Chính trị|Ban Bí thư)(?![\p{L}])/iu;

/** A value no field may take: garbage is worse than null. */
const REJECT: Partial<Record<Field, (v: unknown) => boolean>> = {
  issuer: (v) => typeof v !== 'string' || !ISSUER_START.test(v.trim()),
};

/** Sets a field only when no earlier rule did (and the value is one the field may take). */
export function fill<K extends Field>(c: HeaderCtx, key: K, value: Draft[K] | null | undefined, rule: string): void {
  if (c.h[key] != null || value == null || REJECT[key]?.(value)) return;
  c.h[key] = value;
  c.by[key] = rule;
}

/** Replaces a field an earlier rule set less precisely (recorded like a fill). */
export function override<K extends Field>(c: HeaderCtx, key: K, value: Draft[K], rule: string): void {
  c.h[key] = value;
  c.by[key] = rule;
}

export function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const DATE_LINE = /^([\p{Lu}][\p{L} .]{1,30}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** Words that open a body's name in a header (a line starting otherwise continues the line above). */
export const BODY_HEAD = /^(?:BỘ|SỞ|BAN|VĂN PHÒNG|CỤC|TỔNG CỤC|VỤ|ỦY BAN|UBND|HĐND|HỘI ĐỒNG|ĐẢNG ỦY|ĐẢNG BỘ|TỈNH ỦY|THÀNH ỦY|CHÍNH PHỦ|THỦ TƯỚNG|TRUNG TÂM|TRƯỜNG|VIỆN|THANH TRA|KIỂM TOÁN|NGÂN HÀNG|TÒA ÁN|VIỆN KIỂM SÁT|CÔNG AN|BẢO HIỂM|HỘI|LIÊN MINH|TẬP ĐOÀN|TỔNG CÔNG TY)(?![\p{L}])/u;
export const AUTHORITY = /^(?:TM\.|T\/M|KT\.|K\/T|TL\.|TUQ\.|Q\.|THỪA LỆNH|THỪA ỦY QUYỀN)\s*/u;
export const SIGN_TITLE = /^(?:THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BÍ THƯ|PHÓ BÍ THƯ|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|CỤC TRƯỞNG|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|THỦ TRƯỞNG|CHÁNH THANH TRA)/u;
export const PERSON_NAME = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
export const expandAbbrev = (s: string): string => s.replace(/^UBND(?=\s)/u, 'ỦY BAN NHÂN DÂN').replace(/^HĐND(?=\s)/u, 'HỘI ĐỒNG NHÂN DÂN');

/** Source lines that begin inside a bold span opened on an earlier line ("**VĂN PHÒNG⏎CHÍNH PHỦ**"):
 * web copies wrap a bold name across lines, and the wrap is not a new name. A span never crosses a
 * blank line or a table pipe line. */
export function boldContinuations(n: Normalized): Set<number> {
  const out = new Set<number>();
  const starts = n.lineStarts;
  let open = false;
  for (let i = 0; i < starts.length; i++) {
    const raw = n.source.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : n.source.length).trim();
    if (!raw || raw === '|') {
      open = false;
      continue;
    }
    const lead = /^\*\*/u.test(raw);
    if (open && !lead && /[\p{L}]/u.test(raw)) out.add(i + 1);
    const marks = raw.match(/\*\*/gu)?.length ?? 0;
    if (marks % 2) open = !open;
  }
  return out;
}
