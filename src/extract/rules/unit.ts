// Rules for one unit of text (a paragraph or an item's own text): is it an obligation (gate), and
// whose is it (lead). Order matters: the first lead rule that answers decides.
import { defineRule, type Rule } from '../../core/rule.js';
import { isAllCaps } from '../../util/text.js';
import { assignedSubject, clauseSubject, innerSubject, startsWithBody } from '../../bodies/grammar.js';
import type { Ctx } from '../context.js';
import { type Subject, placeSubject } from '../facts.js';
import { type Mention, mention } from '../../bodies/names.js';
import { ACTION_RE, IMPERATIVE, REFERENCE_ENTRY, ROLE_NAMING, TASK_LABEL, TIME_LABEL, TOPIC_PREFIX, verbFirst } from '../patterns.js';

export interface UnitFacts {
  t: string;
  ctx: Ctx;
  /** The body the text names as its subject (null when an opener says it is no assignment). */
  subj: Subject | null;
  /** The text opens as no assignment does ("Căn cứ …", "Thực hiện Nghị quyết …", "Tham dự …"). */
  notObl: boolean;
}

const PLACE_DOC = 'VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\n\nHà Nội, ngày 3 tháng 11 năm 2025\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH HÒA BÌNH\n\nII. CÁC NHIỆM VỤ TRỌNG TÂM\n\n';

/** The writer's own humble speech act: "Bộ X xin báo cáo …", "… kính báo cáo Thủ tướng Chính phủ",
 * "Cục Thuế trả lời để Công ty biết", a trích yếu "V/v trả lời …". */
const ANSWER_ACT = /(?<![\p{L}])(?:(?:xin|kính)\s+(?:báo cáo|trả lời|giải trình)|trả lời\s+(?:để|cho)\s[^.;]{0,60}?biết|xin\s+có\s+ý\s+kiến\s+trả\s+lời)(?![\p{L}])/iu;
// Not "V/v báo cáo …": a superior asking its offices for a report writes the same trích yếu as an office
// sending one, so only the humble act in the body ("xin / kính báo cáo") tells a report letter.
const ANSWER_SUBJECT = /^(?:V\/v\s+)?(?:trả lời|phúc đáp|giải đáp)(?![\p{L}])/iu;

/** A letter that reports to a superior or answers a question (the register says so): true when the
 * trích yếu is "V/v trả lời / phúc đáp …" or the body speaks the humble act. */
export function answersOrReports(subject: string | null, body: readonly string[]): boolean {
  if (subject && ANSWER_SUBJECT.test(subject.trim())) return true;
  return body.some((t) => ANSWER_ACT.test(t));
}

/** Gate rules that drop a unit: each answers true when the text assigns nothing. */
export const UNIT_GATE: Rule<UnitFacts, true>[] = [
  defineRule({
    id: 'gate/report-or-reply-letter',
    description: 'A letter that reports to a superior or answers a question ("Bộ X xin báo cáo …", "… kính báo cáo Thủ tướng Chính phủ./.", "V/v trả lời kiến nghị …", "Cục Thuế trả lời để Công ty biết") informs: what it proposes or explains assigns nothing.',
    examples: {
      fires: [
        'BỘ Y TẾ\nSố: 12/BYT-KH\nV/v trả lời kiến nghị của cử tri tỉnh Hòa Bình\n\nKính gửi: Đoàn đại biểu Quốc hội tỉnh Hòa Bình.\n\nVề kiến nghị của cử tri, Bộ Y tế có ý kiến như sau:\n\n1. Bổ sung thuốc điều trị vào danh mục bảo hiểm y tế năm 2026.\n\n2. Sở Y tế hướng dẫn các trạm y tế thực hiện.',
        'Kính gửi: Thủ tướng Chính phủ\n\nBộ Tài chính xin báo cáo kết quả rà soát như sau:\n1. Sửa đổi quy định về mức thu phí.\n2. Giao Bộ Tư pháp thẩm định dự thảo.\n\nBộ Tài chính kính báo cáo Thủ tướng Chính phủ./.',
      ],
      skips: [
        'Số: 12/BYT-KH\nV/v triển khai tiêm chủng\n\nKính gửi: Sở Y tế các tỉnh\n\nBộ Y tế đề nghị các đơn vị thực hiện:\n- Rà soát danh sách trẻ em chưa tiêm.\n- Báo cáo Bộ Y tế kết quả trước ngày 15/12/2025.',
        'Số: 45/BNV-TCBC\nV/v báo cáo số lượng công chức cấp xã\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\nBộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh tổng hợp, báo cáo số lượng công chức cấp xã trước ngày 20/12/2025.',
      ],
    },
    apply: ({ ctx }) => (ctx.answers ? true : null),
  }),
  defineRule({
    id: 'gate/past-report-or-definition',
    description: 'A clause whose predicate opens with đã / vừa / đang / là reports a result or defines a body; it assigns nothing, unless it names a role ("là cơ quan đầu mối").',
    examples: {
      fires: ['Bộ Nội vụ đã ban hành Thông tư hướng dẫn thực hiện.', 'Sở Tư pháp là cơ quan quản lý nhà nước về hộ tịch, tổ chức thực hiện.'],
      skips: ['Sở Tư pháp là cơ quan đầu mối, chủ trì tổng hợp báo cáo.', 'Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát.'],
    },
    apply: ({ t, subj }) => (subj && /^\s*(?:đã|vừa|đang|là)\s/u.test(t.slice(subj.end)) && !ROLE_NAMING.test(t.slice(subj.end)) ? true : null),
  }),
  defineRule({
    id: 'gate/no-action-word',
    description: 'A text with no action word of the lexicon assigns nothing (unless it completes a lead-in whose items are the obligations).',
    examples: {
      fires: ['Sở Tư pháp rà soát hồ sơ.\n\nThành phần gồm đại diện Sở Tài chính, Sở Y tế.'],
      skips: ['Sở Tài chính rà soát các khoản chi.'],
    },
    apply: ({ t, ctx }) => (!ACTION_RE.test(t) && !ctx.distribute && !((ctx.lead || ctx.fallback) && !ctx.breaches && verbFirst(t)) ? true : null),
  }),
  defineRule({
    id: 'gate/principle-without-duty',
    description: 'In an article of principles or methods, a text whose own subject is not charged with a duty ("… có / chịu trách nhiệm …", "… phải …", "… chủ trì …", "… có văn bản …", "Giao X …") states how the work is done ("Ban Chỉ đạo làm việc theo nguyên tắc …"), not a task.',
    examples: {
      fires: ['Điều 3. Nguyên tắc phối hợp\n1. Ban Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ.\n2. Bảo đảm thống nhất, kịp thời.'],
      skips: ['Điều 3. Nguyên tắc phối hợp\n1. Sở Nội vụ có trách nhiệm tổng hợp ý kiến của các cơ quan.\n2. Trường hợp có vướng mắc, Sở Tư pháp chủ trì giải quyết.'],
    },
    apply: ({ t, ctx }) => (ctx.explicitOnly && !explicitDuty(t) ? true : null),
  }),
  defineRule({
    id: 'gate/ban-or-permission',
    description: 'A measure that bans or permits ("Cấm lưu thông …", "Nghiêm cấm …", "Cho phép các phương tiện … được …") and names no body is a rule for those it binds, not a task of the body the section falls to.',
    examples: {
      fires: ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Cấm xe tải trên 10 tấn lưu thông vào nội thành.\n2. Tổ chức kiểm tra tải trọng xe.'],
      skips: ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Tổ chức kiểm tra tải trọng xe.\n2. Công an tỉnh nghiêm cấm xe tải trên 10 tấn lưu thông vào nội thành.'],
    },
    apply: ({ t, subj, ctx }) => (!subj && !ctx.lead && ctx.fallback && /^(?:Nghiêm cấm|Cấm|Cho phép|Không cho phép)\s/u.test(t) ? true : null),
  }),
];

/** The body the text names is the lead only when it carries no opener of a non-assignment. */
/** A predicate that opens with an action word: the passive agent is the doer. */
const ACTION_START_RE = new RegExp(`^\\s*(?:${ACTION_RE.source})`, 'iu');

const implied = (f: UnitFacts, test: (body: string, ctx: Ctx) => boolean): Mention[] | null => {
  if (!(f.ctx.lead || f.ctx.fallback)) return null;
  return test(f.t.replace(TOPIC_PREFIX, '').replace(TIME_LABEL, '').replace(TASK_LABEL, ''), f.ctx) ? f.ctx.lead ?? f.ctx.fallback : null;
};

/** Where a unit's lead comes from, in order: its own subject, then the lead handed down by a heading,
 * a lead-in or the issuer (only for text that reads as a task), then a subject after an opener. */
export const UNIT_LEAD: Rule<UnitFacts, Mention[]>[] = [
  defineRule({
    id: 'lead/answer-after-recited-request',
    description: '"Về đề nghị của X …(the request recited at length)…: Ủy ban nhân dân Y cần …" — the body that answers after the colon leads, not a body named inside the request.',
    examples: {
      fires: [`1. Về đề nghị các bộ, ngành sớm ban hành ${'văn bản hướng dẫn chi tiết về chuyên môn, nghiệp vụ, '.repeat(5)}bảo đảm thống nhất: Ủy ban nhân dân tỉnh Hòa Bình cần tiếp tục rà soát các nội dung phân cấp.`],
      skips: ['1. Về đề nghị các bộ, ngành sớm ban hành văn bản hướng dẫn: Ủy ban nhân dân tỉnh Hòa Bình cần tiếp tục rà soát các nội dung phân cấp.'],
    },
    apply: (f) => {
      // A topic up to 200 characters is TOPIC_PREFIX's (clause-subject reads past it); a longer one is a recital.
      const long = /^(?:Về|Đối với)\s[^:]{200,700}:\s*(?=\p{Lu})/u.exec(f.t);
      return long ? clauseSubject(f.t.slice(long[0].length))?.bodies ?? null : null;
    },
  }),
  defineRule({
    id: 'lead/requester-is-inherited',
    description: 'Under a heading or lead-in that names a body, a task that opens with its verb and goes on "…, yêu cầu / đề nghị X …" is that body\'s: it is the one who asks X (X is whom the measure binds, not a lead). "Giao X" and a text that opens with the cue are not this rule\'s.',
    examples: {
      fires: ['2. Ủy ban nhân dân các xã:\n- Tăng cường kiểm tra các chợ, yêu cầu các doanh nghiệp niêm yết giá.\n- Báo cáo kết quả.', '3. Sở Công Thương:\na) Chủ động theo dõi thị trường, đề nghị các doanh nghiệp bảo đảm nguồn hàng.\nb) Báo cáo kết quả.'],
      skips: ['2. Ủy ban nhân dân các xã:\n- Yêu cầu các doanh nghiệp niêm yết giá.\n- Báo cáo kết quả.', 'Tăng cường kiểm tra các chợ, yêu cầu các doanh nghiệp niêm yết giá.', '2. Ủy ban nhân dân các xã:\n- Tăng cường kiểm tra các chợ, giao Công an xã xử lý vi phạm.\n- Báo cáo kết quả.'],
    },
    apply: (f) => {
      if (!f.ctx.lead || !f.subj || f.notObl) return null;
      const b = f.t.replace(TOPIC_PREFIX, '').replace(TIME_LABEL, '').replace(TASK_LABEL, '');
      if (!IMPERATIVE.test(b) || /^(?:Đề nghị|Yêu cầu|Giao)\s/u.test(b) || clauseSubject(b)) return null;
      const asked = assignedSubject(b.split(/[.;]\s/u)[0]!, 300);
      return asked && asked.cueStart > 0 && /^(?:yêu cầu|đề nghị)\s/u.test(b.slice(asked.cueStart)) ? f.ctx.lead : null;
    },
  }),
  defineRule({
    id: 'lead/clause-subject',
    description: 'The clause names its own lead: "Bộ X chủ trì …", "Giao / Đề nghị / Yêu cầu X …", "Về Y: X …".',
    examples: {
      fires: ['Bộ Tài chính chủ trì, phối hợp với các bộ rà soát các khoản chi.', 'Giao Sở Nội vụ hướng dẫn các xã thực hiện.'],
      skips: ['Căn cứ Luật Tổ chức chính quyền địa phương, Sở Nội vụ hướng dẫn.'],
    },
    apply: (f) => (f.notObl ? null : f.subj?.bodies ?? null),
  }),
  defineRule({
    id: 'lead/inherited-collective-named-again',
    description: 'Under a lead-in addressed to a collective ("… đề nghị các doanh nghiệp …:"), a clause whose subject is that collective\'s noun in the singular ("Doanh nghiệp phải ký kết …", "Đơn vị báo cáo …") names it again: the inherited lead.',
    examples: {
      fires: ['Sở Nội vụ đề nghị các doanh nghiệp thực hiện như sau:\n1. Doanh nghiệp phải ký kết hợp đồng bằng văn bản.\n2. Niêm yết công khai giấy phép.'],
      skips: ['Sở Nội vụ đề nghị các doanh nghiệp thực hiện như sau:\n1. Người lao động phải ký kết hợp đồng bằng văn bản.\n2. Niêm yết công khai giấy phép.'],
    },
    apply: (f) => {
      const lead = f.ctx.lead;
      // "Các doanh nghiệp có hoạt động …" → "doanh nghiệp": the collective's noun, before a comma or a relative clause.
      const name = lead?.length === 1 && /^Các\s/u.test(lead[0]!.name) ? lead[0]!.name.slice(4).split(/[,;]/u)[0]! : '';
      const rel = name.search(/\s(?:có|được|thuộc|trên|tại)\s/u);
      const noun = (rel < 0 ? name : name.slice(0, rel)).trim();
      if (!noun || f.notObl || f.t.length < noun.length + 4) return null;
      const head = f.t.slice(0, noun.length);
      return head.toLowerCase() === noun.toLowerCase() && /^\p{Lu}/u.test(head) && /^\s+\p{Ll}/u.test(f.t.slice(noun.length)) ? lead : null;
    },
  }),
  defineRule({
    id: 'lead/place-called-back',
    description: 'In the conclusions about a province or city, "Tỉnh cần …", "Thành phố chủ động …", "Cấp ủy, chính quyền Thành phố phải …" call that place back: its people\'s committee leads (also after an opener: "Trên cơ sở …, Thành phố chủ động …").',
    examples: {
      fires: [`${PLACE_DOC}1. Về tăng trưởng:\n\nTỉnh cần tập trung chỉ đạo giải ngân vốn đầu tư công.\n\n2. Căn cứ quy định về biên chế, Tỉnh chủ động sắp xếp cán bộ.`],
      skips: [`${PLACE_DOC}1. Về tăng trưởng:\n\nTỉnh ủy Hòa Bình đã lãnh đạo giải ngân vốn đầu tư công.\n\n2. Căn cứ quy định về biên chế của tỉnh.`],
    },
    apply: (f) => {
      if (f.notObl && /^(?:Tỉnh|Thành phố|tỉnh|thành phố|Cấp ủy|Lãnh đạo|Chính quyền)\s/u.test(f.t)) return null;
      return placeSubject(f.t, f.ctx.place)?.bodies ?? null;
    },
  }),
  defineRule({
    id: 'lead/duty-holder-noun-phrase',
    description: 'In a regulation the duty marker names its holder: a text that opens "<noun phrase> có / chịu trách nhiệm <verb> …" is led by that noun phrase though no gazetteer knows it ("Ban lễ tang", "Hội đồng thẩm định", "Người sử dụng đất"), over a lead inherited from a heading. The public at large ("Tổ chức, cá nhân", "người dân") and liability ("chịu trách nhiệm trước pháp luật") are no such holder.',
    examples: {
      fires: ['Điều 5. Trách nhiệm\n1. Hội đồng thẩm định có trách nhiệm xem xét hồ sơ trong thời hạn 15 ngày.\n2. Cán bộ, công chức phải gương mẫu và có trách nhiệm vận động gia đình thực hiện.'],
      skips: ['Điều 5. Trách nhiệm\n1. Tổ chức, cá nhân có trách nhiệm chấp hành quy định về trật tự đô thị.\n2. Người đứng đầu cơ sở chịu trách nhiệm trước pháp luật về chất lượng dịch vụ.', '2. Sở Tài chính\na) Xây dựng kế hoạch kiểm kê, trong đó xác định đơn vị chịu trách nhiệm tổng hợp số liệu.'],
    },
    apply: (f) => (f.notObl ? null : dutyHolder(f.t, false)),
  }),
  defineRule({
    id: 'lead/subject-after-opener',
    description: '"Căn cứ kết quả …, Sở X lập …", "Trên cơ sở …, Sở Y đề xuất …": the opener that alone is no assignment ("Căn cứ Luật …") is one when a subject and its verb follow the comma; that subject leads over a lead handed down from above (it runs before the inherited-lead rules).',
    examples: {
      fires: ['Căn cứ kết quả kiểm kê, Sở Tài chính lập danh sách tài sản cần xử lý.', 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nUBND tỉnh ban hành Kế hoạch triển khai như sau:\n1. Căn cứ Kế hoạch này, các sở, ngành và Ủy ban nhân dân các xã xây dựng kế hoạch thực hiện.\n2. Sở Nội vụ tổng hợp kết quả.'],
      skips: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.'],
    },
    apply: (f) => (f.notObl && /^(?:Căn cứ|Trên cơ sở)\s[^;:]{3,200}?,\s/u.test(f.t) ? innerSubject(f.t, 220)?.bodies ?? null : null),
  }),
  defineRule({
    id: 'lead/implied-subject-imperative',
    description: 'An imperative ("Khẩn trương rà soát …", "Theo chức năng, chủ động …") takes the lead handed down from above.',
    examples: {
      // a field-like label before the task ("Nội dung: …") is read past
      fires: ['1. Sở Tài chính:\na) Rà soát các khoản chi thường xuyên.\nb) Tổng hợp báo cáo.', '1. Sở Tài chính:\na) Nội dung: Rà soát các khoản chi thường xuyên.\nb) Thời gian: quý IV năm 2025.'],
      skips: ['Sở Tài chính rà soát các khoản chi thường xuyên.'],
    },
    apply: (f) => implied(f, (b) => IMPERATIVE.test(b)),
  }),
  defineRule({
    id: 'lead/role-naming',
    description: '"Là cơ quan đầu mối / thường trực / chủ trì, …" under a body takes that body as lead.',
    examples: {
      fires: ['1. Sở Nội vụ:\na) Là cơ quan đầu mối, tổng hợp kết quả thực hiện.\nb) Rà soát các thủ tục.'],
      skips: ['Sở Nội vụ là cơ quan đầu mối, tổng hợp kết quả thực hiện.'],
    },
    apply: (f) => implied(f, (b) => /^Là\s+(?:cơ quan|đơn vị)\s+(?:đầu mối|thường trực|chủ trì)/u.test(b)),
  }),
  defineRule({
    id: 'lead/duties-of-body-heading',
    description: 'Under a heading that names a body ("2. Sở Tài chính", "Trách nhiệm của Sở Y tế"), every item is a duty of that body, even a noun phrase.',
    examples: {
      fires: ['2. Sở Y tế\na) Công tác phòng chống dịch bệnh mùa mưa bão.\nb) Việc bảo đảm thuốc men.'],
      skips: ['Công tác phòng chống dịch bệnh mùa mưa bão.'],
    },
    apply: (f) => implied(f, (b, ctx) => !!ctx.duties && !REFERENCE_ENTRY.test(b) && !isAllCaps(b)),
  }),
  defineRule({
    id: 'lead/assign-cue-opener',
    description: '"Đề nghị / Yêu cầu / Giao …" opening a text that names nobody asks the lead handed down from above.',
    examples: {
      fires: ['Sở Xây dựng thực hiện các nội dung sau:\n1. Đề nghị khẩn trương hoàn thiện hồ sơ, trình phê duyệt.\n2. Rà soát quy hoạch.'],
      skips: ['Đề nghị Sở Xây dựng khẩn trương hoàn thiện hồ sơ.'],
    },
    apply: (f) => implied(f, (b) => /^(?:Đề nghị|Yêu cầu|Giao)\s/u.test(b)),
  }),
  defineRule({
    id: 'lead/lead-in-distributes',
    description: 'Items that finish the sentence of a lead-in ("X chịu trách nhiệm cập nhật … đối với:") are obligations of X, noun phrases included.',
    examples: {
      fires: ['1. Sở Tài chính chịu trách nhiệm cập nhật giá đối với:\na) Giá đất ở tại đô thị;\nb) Giá thuê mặt bằng.'],
      skips: ['Sở Tài chính cập nhật giá đất ở tại đô thị.'],
    },
    apply: (f) => implied(f, (b, ctx) => !!ctx.distribute && !REFERENCE_ENTRY.test(b)),
  }),
  defineRule({
    id: 'lead/implied-subject-verb-first',
    description: 'Under a task heading or lead-in, a clause that opens with its verb (open-class test: no noun, body, figure or name first — "Lắp đặt camera …", "Sơn lại vạch kẻ đường …") takes the lead handed down.',
    examples: {
      fires: ['Sở Văn hóa thực hiện các nội dung sau:\n1. Lắp đặt camera giám sát tại các nút giao thông.\n2. Sơn lại vạch kẻ đường trước các trường học.',
        // a task named, then explained after a colon
        'Sở Văn hóa thực hiện các nội dung sau:\n- Lắp đặt camera tại các nút giao thông: Bảo đảm giám sát liên tục.\n- Công tác tuyên truyền.'],
      skips: ['Sở Văn hóa thực hiện các nội dung sau:\n1. Công tác camera giám sát tại các nút giao thông.\n2. Kinh phí sơn vạch kẻ đường trước các trường học.',
        // a short label and its entry
        'Sở Văn hóa thực hiện các nội dung sau:\n- Nút giao số 3: Lắp đặt thêm camera.\n- Công tác tuyên truyền.'],
    },
    apply: (f) => (f.notObl || f.ctx.breaches || startsWithBody(f.t) ? null : implied(f, (b) => verbFirst(b))),
  }),
  defineRule({
    id: 'lead/passive-agent',
    description: 'A passive agent leads: "Biên bản kiểm tra do Đoàn kiểm tra liên ngành lập …", "Hồ sơ do Sở X thẩm định …" (the agent must be a body the grammar knows).',
    examples: {
      fires: ['II. NHIỆM VỤ\n1. Hồ sơ đề nghị cấp phép do Sở Xây dựng thẩm định và trình phê duyệt.\n2. Sở Nội vụ tổng hợp kết quả.'],
      skips: ['II. NHIỆM VỤ\n1. Biên bản kiểm tra do thiếu thông tin nên chưa được gửi.\n2. Sở Nội vụ tổng hợp kết quả.'],
    },
    apply: (f) => {
      if (f.notObl) return null;
      const m = /^[^,;:.]{3,100}?\sdo\s+/u.exec(f.t);
      const rest = m ? f.t.slice(m[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '';
      const hit = rest ? clauseSubject(rest) : null;
      return hit && ACTION_START_RE.test(rest.slice(hit.end)) ? hit.bodies : null;
    },
  }),
  defineRule({
    id: 'lead/inner-subject',
    description: 'A subject after an opening adverbial: "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan … phản ánh …".',
    examples: {
      fires: ['Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp để tổng hợp.'],
      skips: ['Các cơ quan, đơn vị phản ánh về Sở Tư pháp để tổng hợp.'],
    },
    apply: (f) => (f.notObl ? null : innerSubject(f.t)?.bodies ?? null),
  }),
  defineRule({
    id: 'lead/duty-holder-after-opener',
    description: 'When nothing is inherited, a duty holder after an opener leads: "Trong trường hợp …, Ban lễ tang có trách nhiệm …", "Trường hợp …, cơ quan chủ trì có trách nhiệm …", "… thì cơ quan chuyên môn … có trách nhiệm tham mưu …".',
    examples: {
      fires: ['Điều 5. Tổ chức lễ hội\n1. Trong trường hợp lễ hội do Ban lễ hội tổ chức, Ban lễ hội có trách nhiệm bảo đảm an ninh trật tự.\n2. Lễ hội được tổ chức theo phong tục.'],
      skips: ['Điều 5. Tổ chức lễ hội\n1. Trong trường hợp lễ hội kéo dài, tổ chức, cá nhân có trách nhiệm giữ gìn vệ sinh chung.\n2. Lễ hội được tổ chức theo phong tục.'],
    },
    apply: (f) => (f.notObl ? null : dutyHolder(f.t, true)),
  }),
];

/** The predicate of a duty: a marker of obligation, or the lead role ("chủ trì"), perhaps after the role words
 * that name the holder ("Cơ quan phối hợp chịu trách nhiệm …"). */
const DUTY_PRED = /^(?:(?:chủ trì|phối hợp|kịp thời|chủ động|khẩn trương)\s+)*(?:(?:có|chịu) trách nhiệm(?!\s+trước)|phải|chủ trì|có văn bản)(?![\p{L}])/u;

/** The text names its own body (at its start or after an opener) and charges it with a duty. */
function explicitDuty(t: string): boolean {
  const own = clauseSubject(t);
  if (own?.assigned || assignedSubject(t.split(/[.;]\s/u)[0]!, 200)) return true;
  const hit = own ?? innerSubject(t, 300);
  // The public at large ("Tổ chức, cá nhân … phải tuân thủ …") is bound by a rule, not charged with a task.
  return !!hit && !NOT_HOLDER.test(hit.bodies[0]?.written ?? '') && DUTY_PRED.test(t.slice(hit.end).trimStart());
}

/** Heads of a noun phrase that can hold a duty: a body, a role or a person in a role. */
const HOLDER_HEAD = /^(?:các\s+)?(?:cơ quan|đơn vị|ban|tổ|đoàn|hội đồng|người|chủ đầu tư|nhà đầu tư|cán bộ|doanh nghiệp|thủ trưởng)(?![\p{L}])/iu;
const NOT_HOLDER = /^(?:các\s+)?(?:tổ chức|cá nhân|người dân|người lao động|nhân dân)(?![\p{L}])/iu;
const DUTY_MARK = /(?<![\p{L}])(?:có|chịu) trách nhiệm\s(?!trước|về\s|với\s|pháp lý|hình sự)(?=\p{Ll})/u;

/** The noun phrase before the first duty marker, from where the clause starts (the text's start, or
 * after ", " / "; " / " thì " of an opener; a list of holders "A, B có trách nhiệm" is kept whole). */
function dutyHolder(t: string, anywhere: boolean): Mention[] | null {
  const mark = DUTY_MARK.exec(t.slice(0, 400));
  if (!mark) return null;
  const before = t.slice(0, mark.index);
  const starts = [0, ...[...before.matchAll(/[,;]\s+|\sthì\s+/gu)].map((m) => m.index! + m[0].length)];
  const holds = (at: number) => HOLDER_HEAD.test(before.slice(at)) && !NOT_HOLDER.test(before.slice(at));
  let i = starts.length - 1;
  while (i >= 0 && !holds(starts[i]!)) i--;
  while (i > 0 && holds(starts[i - 1]!)) i--;
  if (i < 0 || (i > 0 && !anywhere)) return null;
  // "Cán bộ, công chức phải gương mẫu thực hiện và có trách nhiệm …": the holder ends at its first modal.
  const phrase = before.slice(starts[i]).replace(/\s(?:phải|cần|sẽ|đã)\s.*$/su, '').trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // "X trực tiếp chỉ đạo và chịu trách nhiệm …": the marker is a second predicate, its subject named before.
  return phrase.length >= 3 && phrase.length <= 120 && !/[.:]|\svà$/u.test(phrase) ? [mention(phrase)] : null;
}

export const NO_LEAD = defineRule<{ found: number }, true>({
  id: 'lead/none-found',
  description: 'A unit that passed the gate but names no body, inherits none and is split into no piece with a subject is dropped (with --all-candidates it is listed).',
  examples: {
    fires: ['Tăng cường công tác tuyên truyền, phổ biến pháp luật.'],
    skips: ['Sở Tư pháp tăng cường công tác tuyên truyền, phổ biến pháp luật.'],
  },
  apply: ({ found }) => (found === 0 ? true : null),
});
