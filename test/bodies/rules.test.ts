// The naming rules of the subject grammar: each rule's own examples (fires / skips), then what the
// grammar makes of whole made-up clauses with them (the body named and where the predicate begins).
import { describe, expect, it } from 'vitest';
import { BODY_NAME_RULES as NAME_RULES, clauseSubject, supportBodies, supportListSpans } from '../../src/bodies/grammar.js';

describe('naming rules: their own examples', () => {
  const cases = NAME_RULES.flatMap((r) => [
    ...r.examples.fires.map((text) => ({ r, text, want: true })),
    ...r.examples.skips.map((text) => ({ r, text, want: false })),
  ]);
  it.each(cases.map((c) => [`${c.r.id} ${c.want ? 'fires on' : 'skips'} ${JSON.stringify(c.text)}`, c] as const))('%s', (_n, c) => {
    expect(c.r.apply(c.text) !== null).toBe(c.want);
  });
  it('ids are unique and named name/…', () => {
    const ids = NAME_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^name\/[a-z-]+$/u);
  });
});

/** [clause, bodies it names, the words the predicate starts with] */
const CLAUSES: Array<[string, string[], string]> = [
  // titles that stand for a body
  ['Tổng Kiểm toán nhà nước chỉ đạo kiểm toán chuyên đề.', ['Kiểm toán Nhà nước'], 'chỉ đạo'],
  ['Thống đốc chỉ đạo các tổ chức tín dụng giảm lãi suất.', ['Ngân hàng Nhà nước Việt Nam'], 'chỉ đạo'],
  ['Thống đốc Ngân hàng Nhà nước Việt Nam hướng dẫn cơ cấu nợ.', ['Ngân hàng Nhà nước Việt Nam'], 'hướng dẫn'],
  ['Tổng Thư ký Quốc hội chỉ đạo chuẩn bị tài liệu.', ['Văn phòng Quốc hội'], 'chỉ đạo'],
  ['Phó Trưởng ban Chỉ đạo tỉnh theo dõi địa bàn.', ['Ban Chỉ đạo tỉnh'], 'theo dõi'],
  ['Trưởng Ban Chỉ đạo chỉ đạo các ngành.', ['Ban Chỉ đạo'], 'chỉ đạo'],
  ['Thành viên Ban Chỉ đạo đôn đốc việc thực hiện.', ['Thành viên Ban Chỉ đạo'], 'đôn đốc'],
  ['Bộ trưởng Bộ Tài chính chỉ đạo rà soát.', ['Bộ Tài chính'], 'chỉ đạo'],
  ['Chủ tịch Ủy ban nhân dân tỉnh Nghệ An chỉ đạo rà soát.', ['Ủy ban nhân dân tỉnh Nghệ An'], 'chỉ đạo'],
  ['Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh chỉ đạo.', ['Ủy ban nhân dân tỉnh'], 'chỉ đạo'],
  ['Giám đốc Sở Xây dựng chỉ đạo rà soát.', ['Sở Xây dựng'], 'chỉ đạo'],
  ['Phó Giám đốc Sở Y tế trực tiếp chỉ đạo.', ['Sở Y tế'], 'trực tiếp'],
  ['Đồng chí Bộ trưởng Bộ Công an chỉ đạo rà soát.', ['Bộ Công an'], 'chỉ đạo'],
  // a title over a shared head's list stands for each body of it
  ['Bộ trưởng các Bộ: Tài chính, Xây dựng; Chủ tịch Ủy ban nhân dân các tỉnh miền núi chỉ đạo rà soát.', ['Bộ Tài chính', 'Bộ Xây dựng', 'Ủy ban nhân dân các tỉnh miền núi'], 'chỉ đạo'],
  // an institution named by what it does
  ['Các cơ sở đào tạo công lập rà soát chương trình.', ['Các cơ sở đào tạo công lập'], 'rà soát'],
  // heads with a lower-case qualifier
  ['Thanh tra tỉnh kiểm tra việc thực hiện.', ['Thanh tra tỉnh'], 'kiểm tra'],
  ['Đài Phát thanh và Truyền hình tỉnh tuyên truyền rộng rãi.', ['Đài Phát thanh và Truyền hình tỉnh'], 'tuyên truyền'],
  ['Công an tỉnh bảo đảm an ninh.', ['Công an tỉnh'], 'bảo đảm'],
  ['Bộ Chỉ huy Quân sự tỉnh chủ trì diễn tập.', ['Bộ Chỉ huy Quân sự tỉnh'], 'chủ trì'],
  // a name not cut at a lower-case continuation
  ['Ủy ban quản lý vốn nhà nước tại doanh nghiệp chỉ đạo các tập đoàn.', ['Ủy ban Quản lý vốn nhà nước tại doanh nghiệp'], 'chỉ đạo'],
  ['Sở quản lý ngành, lĩnh vực có trách nhiệm hướng dẫn.', ['Sở quản lý ngành, lĩnh vực'], 'có trách nhiệm'],
  // a name never swallows the verb or object after it
  ['Bộ Y tế chỉ đạo ngành y tế tiếp tục huy động nhân lực.', ['Bộ Y tế'], 'chỉ đạo ngành'],
  ['Bộ Y tế phụ trách lĩnh vực y tế dự phòng.', ['Bộ Y tế'], 'phụ trách'],
  ['Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế phụ trách lĩnh vực chỉ đạo quyết liệt.', ['Bộ Y tế'], 'phụ trách'],
  ['Bộ Chính trị, Ban Bí thư cơ bản nhất trí với Tờ trình.', ['Bộ Chính trị', 'Ban Bí thư'], 'cơ bản'],
  // collectives of titles stay one body
  ['Giám đốc các sở, Thủ trưởng các ban, ngành tổ chức quán triệt.', ['Các sở, ban, ngành'], 'tổ chức'],
  ['Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm.', ['Các sở', 'Ủy ban nhân dân các xã'], 'chịu trách nhiệm'],
  // conjoined bodies sharing a list of places: one body per body per place
  ['Bí thư Đảng ủy và Chủ tịch Ủy ban nhân dân các xã: Mỹ An, Tân Lộc kiểm tra việc trồng rừng.',
    ['Đảng ủy xã Mỹ An', 'Đảng ủy xã Tân Lộc', 'Ủy ban nhân dân xã Mỹ An', 'Ủy ban nhân dân xã Tân Lộc'], 'kiểm tra'],
  ['Ủy ban nhân dân các phường: Hòa Bình và Tân Lợi rà soát.', ['Ủy ban nhân dân phường Hòa Bình', 'Ủy ban nhân dân phường Tân Lợi'], 'rà soát'],
  ['Ủy ban nhân dân các tỉnh: Gia Lai, Khánh Hòa và Lâm Đồng chủ động ứng phó.',
    ['Ủy ban nhân dân tỉnh Gia Lai', 'Ủy ban nhân dân tỉnh Khánh Hòa', 'Ủy ban nhân dân tỉnh Lâm Đồng'], 'chủ động'],
  // "các Tập đoàn: X, Y" one per member; a ";" inside the list separates members
  ['Giao các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam; Tổng công ty Đường sắt Việt Nam bảo đảm cung ứng.',
    ['Tập đoàn Điện lực Việt Nam', 'Tập đoàn Dầu khí Việt Nam', 'Tổng công ty Đường sắt Việt Nam'], 'bảo đảm'],
  ['Sở Tài chính; Sở Y tế; Công an tỉnh rà soát các dự án.', ['Sở Tài chính', 'Sở Y tế', 'Công an tỉnh'], 'rà soát'],
  // a member the shared head makes a known body is a member, though it is a head word itself
  ['Các Bộ: Quốc phòng, Công an, Ngoại giao phối hợp chặt chẽ.', ['Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao'], 'phối hợp'],
  // after "các Bộ:" a ministry's name that is also a verb ("Xây dựng") continues the list; the title stands for each
  ['Bộ trưởng các Bộ: Xây dựng, Y tế và các bộ, ngành liên quan chủ động chỉ đạo.', ['Bộ Xây dựng', 'Bộ Y tế', 'Các bộ, ngành liên quan'], 'chủ động'],
  // a semicolon list whose first member is a comma list of names the head completes; "Giáo dục và Đào tạo" is one name
  ['Bộ trưởng các Bộ: Quốc phòng, Giáo dục và Đào tạo và các bộ, ngành liên quan; Chủ tịch Ủy ban nhân dân các tỉnh chủ động ứng phó.',
    ['Bộ Quốc phòng', 'Bộ Giáo dục và Đào tạo', 'Các bộ, ngành liên quan', 'Ủy ban nhân dân các tỉnh'], 'chủ động'],
  // after "các xã, phường:" a capitalised verb opens the task, a place name (even "Cần Thơ") continues the list
  ['Ủy ban nhân dân các xã, phường: Phối hợp với Sở Tài chính tham mưu.', ['Ủy ban nhân dân các xã, phường'], 'Phối hợp'],
  ['Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, Vĩnh Long xây dựng phương án.',
    ['Ủy ban nhân dân thành phố Cần Thơ', 'Ủy ban nhân dân tỉnh Vĩnh Long'], 'xây dựng'],
  // a body per level; "công lập" (public) is part of the name, not the verb "lập"
  ['Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã tổ chức diễn tập.', ['Ban Chỉ huy Phòng thủ dân sự cấp tỉnh', 'Ban Chỉ huy Phòng thủ dân sự cấp xã'], 'tổ chức'],
  ['Các đơn vị sự nghiệp công lập rà soát hồ sơ.', ['Các đơn vị sự nghiệp công lập'], 'rà soát'],
  ['Ủy ban nhân dân xã lập danh sách hộ nghèo.', ['Ủy ban nhân dân xã'], 'lập'],
  // an office named by what it does ("đăng ký đất đai") and its branches ("Chi nhánh" before a capital)
  ['Chi nhánh Văn phòng đăng ký đất đai tiếp nhận hồ sơ.', ['Chi nhánh Văn phòng đăng ký đất đai'], 'tiếp nhận'],
  ['Văn phòng đăng ký đất đai có trách nhiệm cập nhật hồ sơ.', ['Văn phòng đăng ký đất đai'], 'có trách nhiệm'],
  // the closing article's titles of all ministers and agency heads, "Các" first, are one collective
  ['Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm thi hành.', ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'], 'chịu trách nhiệm'],
  // a ministry named once, its head left out of the names after it
  ['Các Bộ Tư pháp và Nội vụ phối hợp rà soát.', ['Bộ Tư pháp', 'Bộ Nội vụ'], 'phối hợp'],
];

describe('titles, heads and how far a name runs', () => {
  it.each(CLAUSES)('%s', (clause, bodies, predicate) => {
    const hit = clauseSubject(clause);
    expect(hit?.bodies.map((b) => b.name)).toEqual(bodies);
    expect(clause.slice(hit!.end).startsWith(predicate)).toBe(true);
  });
  it('a title for a body keeps the words as written in matched', () => {
    expect(clauseSubject('Thống đốc chỉ đạo các tổ chức tín dụng.')?.bodies[0]).toEqual({ name: 'Ngân hàng Nhà nước Việt Nam', written: 'Thống đốc' });
  });
});

describe('a list of bodies after "phối hợp với": semicolons separate bodies', () => {
  const t = 'Sở Tài chính chủ trì, phối hợp với Sở Xây dựng; Sở Y tế; Công an tỉnh rà soát các dự án; báo cáo trước ngày 15/3.';
  it('every body of the list supports', () => {
    expect(supportBodies(t).map((b) => b.name)).toEqual(['Sở Xây dựng', 'Sở Y tế', 'Công an tỉnh']);
  });
  it('a task that opens "Phối hợp với …" under a heading names its coordinating bodies too', () => {
    expect(supportBodies('Phối hợp với Sở Xây dựng, Sở Y tế rà soát các dự án.').map((b) => b.name)).toEqual(['Sở Xây dựng', 'Sở Y tế']);
  });
  it('the span covers the list and stops at the verb, so the later ";" still ends a clause', () => {
    const spans = supportListSpans(t);
    expect(spans.map(([a, b]) => t.slice(a, b))).toEqual(['Sở Xây dựng; Sở Y tế; Công an tỉnh']);
  });
  it('no span without a body after the cue', () => {
    expect(supportListSpans('phối hợp với các bên liên quan; Sở Y tế chủ trì.')).toEqual([]);
  });
});

describe('a collective noun that opens a common noun is not a body (lexicon NOT_COLLECTIVE)', () => {
  it.each(['Các báo cáo trên gửi Sở Tư pháp trước ngày 05/12.', 'Các trường hợp vi phạm phải xử lý nghiêm.', 'Các cơ sở dữ liệu được kết nối.'])(
    '%s names no body', (t) => expect(clauseSubject(t)).toBeNull(),
  );
  it.each([['Các báo, đài tuyên truyền rộng rãi.', 'Các báo, đài'], ['Các trường học tổ chức ôn tập.', 'Các trường học'], ['Các cơ sở y tế bảo đảm thuốc.', 'Các cơ sở y tế']])(
    '%s → %s', (t, want) => expect(clauseSubject(t)?.bodies.map((b) => b.name)).toEqual([want]),
  );
});
