// The header and footer of the official layout (Nghị định 30/2020/NĐ-CP): issuing body, số và ký
// hiệu, place and date, type and trích yếu, signer — wherever PDF or web extraction left them, and
// from the text itself when there is no header. Every field is set by a named rule of HEADER_RULES;
// the first rule that finds a value keeps it, so the list's order is the precedence.
import type { DocumentMeta, Reference } from '../schema/index.js';
import type { Normalized, Paragraph } from '../normalize/index.js';
import type { Field, HeaderCtx, HeaderRule } from './header/context.js';
import { dateLine, issuerBlock, numberLine, titleLine, typeFromCode } from './header/classic.js';
import { closingFormulaIssuer, congVanForm, findFooter, readAddressees, councilPlace, sealIssuer, signatureBlock, signerNameLine } from './header/footer.js';
import { attachmentCaption, enactingAuthority, keyValueSigner, keyValueTable, partyOrganTitle, readKeyValues } from './header/fallback.js';
import { codePlace, departmentPlace, numberCodeIssuer, openingSentence, selfReference, telegramSender } from './header/context-rules.js';
import { isoOf } from './header/context.js';

export { decap } from './header/issuer.js';
export type { HeaderRule } from './header/context.js';

/** Steps that locate parts of the page (no field of their own) run between the rules. */
type Step = HeaderRule | ((c: HeaderCtx) => void);

export const HEADER_STEPS: Step[] = [
  readKeyValues,
  issuerBlock, numberLine, dateLine, titleLine, keyValueTable, typeFromCode, congVanForm,
  readAddressees, findFooter,
  signatureBlock, signerNameLine, keyValueSigner,
  partyOrganTitle, telegramSender, enactingAuthority, closingFormulaIssuer, sealIssuer, openingSentence, councilPlace, codePlace, numberCodeIssuer, departmentPlace,
  attachmentCaption, selfReference,
];

export const HEADER_RULES: HeaderRule[] = HEADER_STEPS.filter((s): s is HeaderRule => typeof s !== 'function');

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
  /** Which header rule set each field (for tests and `explain`). */
  by: Partial<Record<Field, string>>;
}

export function readHeader(n: Normalized, steps: Step[] = HEADER_STEPS): Header {
  const c: HeaderCtx = {
    n, paras: n.paragraphs, by: {}, kv: null, p0: 0, titleIdx: -1, vv: false, kinhGui: -1, addressees: [], addresseeEnd: -1,
    footerStart: n.paragraphs.length, sealBody: null,
    h: { type: null, number: null, issuer: null, parentIssuer: null, place: null, date: null, subject: null, signer: null },
  };
  for (const s of steps) {
    if (typeof s === 'function') s(c);
    else s.apply(c);
  }
  const { paras, h } = c;
  let bodyStart = c.p0;
  if (c.titleIdx >= 0) bodyStart = Math.max(bodyStart, c.titleIdx + (h.subject && paras[c.titleIdx + 1]?.text === h.subject ? 2 : 1));
  if (c.addresseeEnd > 0) bodyStart = Math.max(bodyStart, c.addresseeEnd);
  const references = readReferences(paras.slice(0, c.footerStart).map((p) => p.text).join('\n'));
  return { ...h, references, bodyStart, footerStart: c.footerStart, addressees: c.addressees, by: c.by };
}

export type { Paragraph };
