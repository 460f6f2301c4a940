// Rules for the roles around a lead: who coordinates (support) and whom the work goes to (reportTo).
import { defineRule } from '../../core/rule.js';
import { reportToBodies, supportBodies } from '../../bodies/grammar.js';
import type { Mention } from '../../bodies/names.js';

const some = (xs: Mention[]): Mention[] | null => (xs.length ? xs : null);

export const SUPPORT_OWN = defineRule<string, Mention[]>({
  id: 'roles/support-phoi-hop',
  description: 'Bodies after "phối hợp (chặt chẽ) với" or "chủ trì, cùng" coordinate, also where a task under a body\'s heading opens with it ("Phối hợp với …").',
  examples: {
    fires: ['Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc.', '1. Sở Y tế:\na) Phối hợp với Sở Tài chính rà soát danh mục thuốc.\nb) Báo cáo kết quả.'],
    skips: ['Sở Y tế rà soát danh mục thuốc.'],
  },
  apply: (clean) => some(supportBodies(clean)),
});

export const SUPPORT_SHARED_HEAD = defineRule<{ clean: string; head?: string }, Mention[]>({
  id: 'roles/support-shared-head',
  description: 'A dated piece split off "X chủ trì, phối hợp với Y: (1) …; (2) …" still works with Y.',
  examples: {
    fires: ['Sở Xây dựng chủ trì, phối hợp với Sở Tài chính: (1) rà soát quy hoạch, hoàn thành trước ngày 30/10/2025; (2) trình phê duyệt đề án trước ngày 15/12/2025.'],
    skips: ['Sở Xây dựng rà soát quy hoạch, hoàn thành trước ngày 30/10/2025.'],
  },
  apply: ({ clean, head }) => (head && head !== clean ? some(supportBodies(head.replace(/\(\d{1,2}\)[^]*$/u, '').split(/[;.]\s/u)[0]!)) : null),
});

export const SUPPORT_FIELD = defineRule<Mention[] | null | undefined, Mention[]>({
  id: 'roles/support-field',
  description: 'A "Cơ quan phối hợp: …" line under an item names its coordinating bodies.',
  examples: {
    fires: ['1. Xây dựng cơ sở dữ liệu hộ tịch.\nCơ quan chủ trì: Sở Tư pháp.\nCơ quan phối hợp: Sở Khoa học và Công nghệ.'],
    skips: ['1. Sở Tư pháp xây dựng cơ sở dữ liệu hộ tịch.'],
  },
  apply: (field) => (field?.length ? field : null),
});

export const REPORT_TO = defineRule<string, Mention[]>({
  id: 'roles/report-to',
  description: 'Bodies after "báo cáo / trình / gửi (… về) / tham mưu" receive the work; they are not leads.',
  examples: {
    fires: ['Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.'],
    skips: ['Sở Nội vụ tổng hợp kết quả thực hiện trước ngày 15/12/2025.'],
  },
  apply: (clean) => some(reportToBodies(clean)),
});

export const ROLE_RULES = [SUPPORT_OWN, SUPPORT_SHARED_HEAD, SUPPORT_FIELD, REPORT_TO];
