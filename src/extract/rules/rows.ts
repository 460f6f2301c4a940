// Rules for a row of a task table (segment/tables.ts finds the table and names its cells).
import { defineRule } from '../../core/rule.js';
import type { Obligation } from '../../schema/index.js';
import { splitBodies } from '../../bodies/grammar.js';
import { type Mention, mention } from '../../bodies/names.js';

const key = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// The keys of the obligations taken so far, joined once each (NUL never occurs in a key), instead of
// every row recomputing every obligation's key: that was quadratic on large task tables.
const joined = new WeakMap<Obligation[], { n: number; keys: string }>();
function keysOf(done: Obligation[]): string {
  const c = joined.get(done) ?? { n: 0, keys: '' };
  for (; c.n < done.length; c.n++) c.keys += `\u0000${key(done[c.n]!.text)}`;
  joined.set(done, c);
  return c.keys;
}

const TABLE = (row: string) => `| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n|---|---|---|---|---|\n${row}`;

export const ROW_RULES = {
  repeats: defineRule<{ clean: string; done: Obligation[]; leadCell: string | null }, true>({
    id: 'gate/row-repeats-a-task',
    description: 'A table row that repeats word for word a task already taken from the text, for the same lead, is that task, not a second one; an appendix row giving the task to another body (the text left it to the issuer) is a second assignment (ANNOTATION: never leave a real obligation out because its words repeat).',
    examples: {
      fires: [`1. Sở Tư pháp xây dựng cơ sở dữ liệu hộ tịch điện tử toàn tỉnh.\n\n${TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn tỉnh | Sở Tư pháp | Sở Tài chính | Quý IV/2025 |')}`],
      skips: [
        TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn tỉnh | Sở Tư pháp | Sở Tài chính | Quý IV/2025 |'),
        `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn tỉnh.\n\nPHỤ LỤC\n\n${TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch điện tử toàn tỉnh | Sở Tư pháp | Sở Tài chính | Quý IV/2025 |')}`,
      ],
    },
    apply: ({ clean, done, leadCell }) => {
      const k = key(clean);
      if (k.length < 20 || !keysOf(done).includes(k)) return null;
      if (!leadCell) return true;
      const cellLeads = new Set(splitBodies(leadCell).map((b) => key(mention(b).name)));
      // Only a repeat when an earlier task with these words shares a lead with the row's lead cell.
      return done.some((o) => key(o.text).includes(k) && o.lead.some((b) => cellLeads.has(key(b.name)))) ? true : null;
    },
  }),
  leadCell: defineRule<string | null, Mention[]>({
    id: 'lead/table-lead-cell',
    description: 'A task-table row is led by the bodies of its "chủ trì" cell.',
    examples: {
      fires: [TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch | Sở Tư pháp | Sở Tài chính | Quý IV/2025 |')],
      skips: ['Sở Tư pháp xây dựng cơ sở dữ liệu hộ tịch.'],
    },
    apply: (cell) => (cell ? splitBodies(cell).map(mention) : null),
  }),
  yearCell: defineRule<string, string>({
    id: 'deadline/year-only-cell',
    description: 'A timing cell of a task table that holds only a year ("2026") or a span of years ("2026-2030") means within it: due on the last day of its last year.',
    examples: {
      fires: [TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch | Sở Tư pháp | Sở Tài chính | 2026 |'), TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch | Sở Tư pháp | Sở Tài chính | 2026 - 2028 |')],
      skips: [TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch | Sở Tư pháp | Sở Tài chính | Quý IV/2026 |'), TABLE('| 1 | Xây dựng cơ sở dữ liệu hộ tịch | Sở Tư pháp | Sở Tài chính | 2026, 2028 |')],
    },
    apply: (cell) => {
      const m = /^(\d{4})(?:[ \t]?[-–][ \t]?(\d{4}))?$/u.exec(cell.trim());
      return m ? `năm ${m[2] ?? m[1]}` : null;
    },
  }),
  issuer: defineRule<Mention[] | null, Mention[]>({
    id: 'lead/issuer-fallback',
    description: 'A task the document gives nobody (a table row without a lead cell, an item of a NHIỆM VỤ section naming no body) falls to the issuer, as a plan\'s own tasks do.',
    examples: {
      fires: ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nII. NHIỆM VỤ\n1. Tổ chức tuyên truyền sâu rộng đến người dân.\n2. Kiểm tra việc thực hiện.'],
      skips: ['Sở Tư pháp tổ chức tuyên truyền sâu rộng đến người dân.'],
    },
    apply: (issuer) => issuer,
  }),
};

export const ISSUER_FALLBACK = ROW_RULES.issuer;
