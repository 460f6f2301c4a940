// Rules the walker applies to paragraphs and to whole parts of the document.
import { defineRule } from '../../core/rule.js';
import { ACTION_RE, CUE_WORD } from '../patterns.js';

const PLAN = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\nVề việc số hóa hồ sơ\n\nI. NHIỆM VỤ\n1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n2. Sở Nội vụ hướng dẫn các xã thực hiện.\n3. Sở Tài chính bố trí kinh phí.';

export const OUTSIDE_BODY = defineRule<{ kind: string; zone?: string }, true>({
  id: 'gate/outside-body',
  description: 'The preamble, the footer (nơi nhận, signature) and an appendix\'s text outside its items hold no obligation (only the appendix text is listed by --all-candidates: the header and footer are no candidates).',
  examples: {
    fires: [`${PLAN}\n\nPHỤ LỤC\nSở Nội vụ tổng hợp danh mục hồ sơ cần số hóa theo biểu mẫu.`],
    skips: [`${PLAN}\n\nSở Nội vụ tổng hợp danh mục hồ sơ cần số hóa theo biểu mẫu.`],
  },
  apply: ({ kind, zone }) => (kind === 'preamble' || kind === 'footer' || (zone === 'appendix' && kind !== 'item') ? true : null),
});

export const PREAMBLE_BEFORE_FIRST_ITEM = defineRule<{ t: string; before: boolean }, true>({
  id: 'gate/preamble-before-first-item',
  description: 'Before the first item the text introduces and recounts (attendance, results); there only an explicit request or assignment (giao, đề nghị, yêu cầu, khuyến khích) is an obligation.',
  examples: {
    fires: ['Thời gian qua, Sở Y tế tổ chức kiểm tra nhiều cơ sở.\n1. Sở Y tế rà soát danh mục thuốc.\n2. Sở Tài chính bố trí kinh phí.'],
    skips: ['Thời gian qua, Ủy ban nhân dân tỉnh giao Sở Y tế kiểm tra nhiều cơ sở.\n1. Sở Y tế rà soát danh mục thuốc.\n2. Sở Tài chính bố trí kinh phí.'],
  },
  apply: ({ t, before }) => (before && !CUE_WORD.test(t) ? true : null),
});

export const PARAGRAPH = defineRule<null, true>({
  id: 'gate/paragraph',
  description: 'A paragraph (not a lead-in ending in ":") is read as a unit: the unit rules decide.',
  examples: { fires: ['Sở Tư pháp rà soát hồ sơ hộ tịch.'], skips: ['1. Sở Tư pháp rà soát hồ sơ hộ tịch.'] },
  apply: () => true,
});

export const PARA_LEAD_IN_TASK = defineRule<{ pred: string; ok: boolean }, true>({
  id: 'gate/paragraph-lead-in-with-task',
  description: '"…, Văn phòng X và các văn phòng Y cụ thể hóa để tổ chức thực hiện, trong đó cần tập trung:" is a task of its own besides introducing the list; "…, các bộ cần tập trung:" is not.',
  examples: {
    fires: ['1. Sở Nội vụ rà soát hồ sơ.\n2. Sở Tư pháp:\nSở Tư pháp chủ trì xây dựng kế hoạch triển khai chi tiết năm 2026, trong đó cần tập trung:\n- Rà soát hồ sơ;\n- Báo cáo kết quả.'],
    skips: ['1. Sở Nội vụ rà soát hồ sơ.\n2. Sở Tư pháp:\nSở Tư pháp cần tập trung:\n- Rà soát hồ sơ;\n- Báo cáo kết quả.'],
  },
  apply: ({ pred, ok }) => (ok && pred.length >= 40 && ACTION_RE.test(pred) ? true : null),
});
