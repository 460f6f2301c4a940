// A small, hand-written result to lay out: long text, a long id, a recurring duty, warnings.
import type { Obligation, Result, Warning } from '../../src/schema/index.js';

export const LONG = 'khẩn trương rà soát, sửa đổi, bổ sung các quy định về phân cấp, phân quyền trong lĩnh vực đất đai, xây dựng, đầu tư công; hoàn thiện hồ sơ trình Chính phủ xem xét, ban hành trong tháng đầu tiên của năm sau và báo cáo kết quả thực hiện về Văn phòng Chính phủ để tổng hợp CUỐITỪ';

export function ob(id: string, over: Partial<Obligation> = {}): Obligation {
  return {
    id, path: id.split('.'), text: LONG, action: LONG,
    lead: [{ name: 'Bộ Nội vụ', matched: 'Bộ Nội vụ' }], support: [{ name: 'Ủy ban nhân dân tỉnh Nghệ An', matched: 'UBND tỉnh Nghệ An' }],
    deadline: { text: 'trong năm 2025', date: '2025-12-31', recurrence: null, rrule: null, next: null },
    span: { start: 0, end: 10, line: 12 }, ...over,
  };
}

export function result(obligations: Obligation[], warnings: Warning[] = []): Result {
  return {
    schemaVersion: '1',
    source: { path: 'docs/cong-van.txt', sha256: 'a'.repeat(64), bytes: 100 },
    document: { type: 'cong-van', number: '12/UBND-VX', issuer: 'Ủy ban nhân dân tỉnh Nghệ An', place: 'Nghệ An', date: '2025-10-28', subject: 'Về việc triển khai nhiệm vụ', signer: null, references: [] },
    sections: [], obligations, warnings,
  };
}

export const sample = (): Result =>
  result(
    [
      ob('1'),
      ob('IV.1.1.1.-1', { lead: [{ name: 'Bộ Tài chính' }], support: [], deadline: null, action: 'ngắn' }),
      ob('2#2', { lead: [], support: [], action: 'báo cáo', deadline: { text: 'trước ngày 25 hằng tháng', date: null, recurrence: 'monthly', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25', next: '2025-11-25' } }),
    ],
    [
      ...Array.from({ length: 1300 }, (_, i) => ({ code: 'noise-removed', message: 'separator: "|"', span: { start: i, end: i + 1, line: i + 1 } })),
      ...Array.from({ length: 15 }, (_, i) => ({ code: 'noise-removed', message: 'header-line: "CỘNG HÒA"', span: { start: i, end: i + 1, line: 2000 + i } })),
      { code: 'no-lead', message: 'obligation 2#2 names no lead body', span: { start: 5, end: 6, line: 40 } },
    ],
  );
