// Rules for an item of the structure (a numbered or bulleted line): whether its own text is an
// obligation, and which part. The items under it are visited whatever is decided here.
import { defineRule, type Rule } from '../../core/rule.js';
import type { Node } from '../../segment/index.js';
import { type Mapped, isAllCaps, slice } from '../../util/text.js';
import { type Subject, isBodyHeading, isTitle } from '../facts.js';
import { bodyOnly } from '../../bodies/grammar.js';
import type { Mention } from '../../bodies/names.js';
import { IMPERATIVE, LEAD_IN_TAIL, ROLE_ONLY } from '../patterns.js';
import { DESCRIPTIVE_HEADING, DIRECTIVE_HEADING } from '../lexicon.js';

export interface ItemFacts {
  node: Node;
  t: string;
  /** The item has sub-items (plain paragraphs under it only continue it). */
  hasChildren: boolean;
  /** The whole text names a body ("2. Sở Tài chính", "Trách nhiệm của Sở Y tế"). */
  only: Mention[] | null;
  subj: Subject | null;
  /** What the sub-items of a lead-in ending in ":" are. */
  kind: 'tasks' | 'refs' | 'items' | null;
  /** Lead named by a "Chủ trì: …" line under the item, else the lead handed down. */
  inherited: Mention[] | null;
  fieldLead: Mention[] | null;
}

/** The item's own obligation: which text and whose; `text: null` when its text is no obligation. */
export interface Route { text: Mapped | null; lead: Mention[] | null }

const colon = (f: ItemFacts) => /:$/u.test(f.t);
const whole = (f: ItemFacts, lead: Mention[] | null): Route => ({ text: f.node.text, lead });
const none: Route = { text: null, lead: null };
const pred = (f: ItemFacts) => (f.subj ? f.t.slice(f.subj.end).replace(LEAD_IN_TAIL, '') : '');
const lead = (text: string) => `1. ${text}\na) Rà soát các văn bản liên quan.\nb) Báo cáo kết quả.`;

export const DESCRIPTIVE_SECTION = defineRule<{ t: string; node: Node }, true>({
  id: 'gate/descriptive-section',
  description: 'A section that states aims, results, status, resources or scope ("MỤC ĐÍCH, YÊU CẦU", "Kết quả đạt được", "Hiện trạng", "Nguồn lực …", "Danh mục các dự án …") holds no obligation; nothing under it is read.',
  examples: {
    fires: ['I. MỤC ĐÍCH, YÊU CẦU\n1. Sở Nội vụ bảo đảm triển khai đồng bộ các nhiệm vụ.', 'III. NỘI DUNG THI ĐUA\n1. Tiêu chí thi đua\na) Hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2026.\nb) Tổ chức tốt công tác tuyên truyền.', 'II. NỘI DUNG\n1. Chỉ tiêu chủ yếu đến năm 2030\na) Giảm 20% số vụ tai nạn giao thông.\nb) Bảo đảm 100% trường học có camera.', 'II. NỘI DUNG\n1. Hiện trạng\na) Các doanh nghiệp viễn thông triển khai 40 trạm phát sóng.\nb) Sở Khoa học và Công nghệ hướng dẫn các doanh nghiệp.', 'Điều 3. Cơ cấu tổ chức\n1. Lãnh đạo Trung tâm có Giám đốc và các Phó Giám đốc.\n2. Các phòng chuyên môn thuộc Trung tâm.'],
    skips: ['I. NHIỆM VỤ\n1. Sở Nội vụ bảo đảm triển khai đồng bộ các nhiệm vụ.', '1. Sở Tài chính\n- Đánh giá về hồ sơ miễn tiền thuê đất;\n- Xác định số tiền phải nộp.', 'II. NỘI DUNG\n1. Danh mục nhiệm vụ trọng tâm\na) Sở Xây dựng rà soát quy hoạch chung.\nb) Sở Tài chính bố trí kinh phí.'],
  },
  apply: ({ t, node }) => {
    const heading = t.split(/[:.]/u)[0]!;
    // "MỤC ĐÍCH, YÊU CẦU" states aims; the "yêu cầu" there are the plan's requirements, not tasks.
    const h80 = heading.slice(0, 80);
    // A leaf "Đánh giá về hồ sơ miễn tiền thuê đất" under a body's duties is a task; a heading in capitals or
    // over sub-items ("2. Kết quả đạt được" then its items) names a section.
    const section = isAllCaps(heading) || node.children.some((c) => c.kind === 'item' || c.kind === 'para');
    const yes = DESCRIPTIVE_HEADING.test(h80) && (!DIRECTIVE_HEADING.test(h80) || /MỤC ĐÍCH|Mục đích/u.test(h80)) && section;
    return yes ? true : null;
  },
});

/** The members and roles of a committee or working group: "Trưởng ban", "các Phó Trưởng ban", "Ủy viên". */
const MEMBER_ROLE = /^(?:Trách nhiệm|Nhiệm vụ|Quyền hạn|Nhiệm vụ,\s*quyền hạn|Nhiệm vụ và quyền hạn|Chức năng,\s*nhiệm vụ)\s+(?:của\s+)?(?:các\s+)?(?:Trưởng ban|Phó Trưởng ban(?:\s+thường trực)?|Ủy viên|Thành viên|Tổ trưởng|Tổ phó|Thư ký|Chủ tịch Hội đồng|Phó Chủ tịch Hội đồng|Trưởng đoàn|Phó Trưởng đoàn)(?![\p{L}])/iu;

export const MEMBER_ROLES_SECTION = defineRule<{ t: string; node: Node }, true>({
  id: 'gate/committee-member-roles',
  description: 'In the rules of a committee (written in articles), an article on the duties and powers of its own members and roles ("Nhiệm vụ, quyền hạn của Trưởng ban", "… của các Ủy viên") holds no obligation; duties it places on named agencies are in other sections.',
  examples: {
    fires: ['Điều 5. Nhiệm vụ, quyền hạn của Trưởng ban\n1. Chỉ đạo, điều hành các hoạt động của Ban Chỉ đạo.\n2. Phân công nhiệm vụ cho các thành viên.'],
    skips: ['Điều 8. Trách nhiệm của Sở Tư pháp\n1. Tổng hợp kết quả hoạt động của Ban Chỉ đạo.\n2. Chuẩn bị nội dung các cuộc họp.', 'IV. NHIỆM VỤ\n1. Nhiệm vụ của thành viên Ban Chỉ đạo\na) Chỉ đạo, điều hành các hoạt động của Ban Chỉ đạo.\nb) Phân công nhiệm vụ cho các thành viên.'],
  },
  // Regulations are written in articles: in a plan, the same heading over numbered items assigns (the
  // plan's members are then its bodies), so only an article ("Điều 6. Quyền hạn của Trưởng ban") closes.
  apply: ({ t, node }) => (node.type === 'dieu' && node.children.length && MEMBER_ROLE.test(t.replace(/^(?:Điều|Mục)\s+\d+\.?\s*/u, '')) ? true : null),
});

export const REGULATION_PRINCIPLES = defineRule<{ t: string; node: Node }, true>({
  id: 'gate/regulation-principles',
  description: 'In a regulation, an article that states principles, methods or the shared scope of coordination ("Nguyên tắc làm việc", "Phương thức trao đổi thông tin", "Nội dung … chung") describes how the bodies work together; the duties are in the articles that name a body.',
  examples: {
    fires: ['Điều 3. Nội dung quản lý chung\n1. Xây dựng, ban hành văn bản về quản lý chợ.\n2. Kiểm tra việc thực hiện chính sách.'],
    skips: ['Điều 5. Nội dung Sở Công Thương có trách nhiệm chủ trì\n1. Xây dựng, ban hành văn bản về quản lý chợ.\n2. Kiểm tra việc thực hiện chính sách.'],
  },
  apply: ({ t, node }) => {
    const title = t.replace(/^(?:Điều|Mục)\s+\d+\.?\s*/u, '');
    return node.type === 'dieu' && node.children.length && /^(?:(?:Những|Các)\s+)?(?:Nguyên tắc|Phương thức|Hình thức|Nội dung[^.;:]{0,30}\schung(?![\p{L}]))/iu.test(title) ? true : null;
  },
});

/** In order; the first that answers decides. Rules with `text: null` drop the item's own text. */
export const ITEM_ROUTE: Rule<ItemFacts, Route>[] = [
  defineRule({
    id: 'gate/heading-is-a-name',
    description: 'An item whose text is only a body\'s name ("7. Cục Kinh tế - Quản lý đầu tư xây dựng", "Trách nhiệm của Sở Y tế") heads that body\'s duties; it is no task itself.',
    examples: { fires: ['1. Sở Y tế\na) Rà soát danh mục thuốc.'], skips: ['1. Sở Y tế rà soát danh mục thuốc.'] },
    apply: (f) => (f.only ? none : null),
  }),
  defineRule({
    id: 'gate/lead-in-whose-items-are-the-tasks',
    description: 'A lead-in ("X chịu trách nhiệm cập nhật … đối với:") whose sub-items finish its sentence: the sub-items are the obligations, not the lead-in.',
    examples: {
      fires: ['1. Sở Tài chính chịu trách nhiệm cập nhật giá đối với:\na) Giá đất ở tại đô thị;\nb) Giá thuê mặt bằng.'],
      skips: [lead('Sở Tài chính thực hiện các nhiệm vụ sau:')],
    },
    apply: (f) => (f.hasChildren && colon(f) && f.subj && f.kind === 'items' ? none : null),
  }),
  defineRule({
    id: 'gate/lead-in-before-semicolon',
    description: '"…; trong đó tập trung các nhiệm vụ sau:" — the part of a lead-in before its last ";" is an obligation.',
    examples: {
      fires: [lead('Sở Nội vụ tổ chức triển khai kế hoạch; trong đó tập trung các nhiệm vụ sau:')],
      skips: [lead('Sở Nội vụ thực hiện các nhiệm vụ sau:')],
    },
    apply: (f) => {
      const cut = f.t.lastIndexOf(';');
      return f.hasChildren && colon(f) && cut > 0 && f.subj ? { text: slice(f.node.text, 0, cut), lead: f.subj.bodies } : null;
    },
  }),
  defineRule({
    id: 'gate/lead-in-with-task-of-its-own',
    description: 'A lead-in whose predicate is a task of its own (at least 60 characters, more than a role) is an obligation besides introducing its items.',
    examples: {
      fires: [lead('Sở Nội vụ xây dựng và trình Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2026, cụ thể:')],
      skips: [lead('Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan:')],
    },
    apply: (f) => (f.hasChildren && colon(f) && f.subj && pred(f).length >= 60 && !ROLE_ONLY.test(pred(f)) ? whole(f, f.subj.bodies) : null),
  }),
  defineRule({
    id: 'gate/imperative-over-references',
    description: '"Nghiên cứu, quán triệt … các văn bản sau:" over a list of documents is one obligation.',
    examples: {
      fires: ['Sở Tư pháp:\n1. Nghiên cứu, quán triệt các văn bản sau:\na) Luật Hộ tịch năm 2014;\nb) Nghị định số 87/2020/NĐ-CP.'],
      skips: ['Sở Tư pháp:\n1. Nghiên cứu các nhiệm vụ sau:\na) Rà soát hồ sơ hộ tịch;\nb) Cập nhật dữ liệu.'],
    },
    apply: (f) => (f.hasChildren && colon(f) && !f.subj && f.kind === 'refs' && IMPERATIVE.test(f.t) && f.node.type !== 'roman' ? whole(f, f.inherited) : null),
  }),
  defineRule({
    id: 'gate/lead-in-only',
    description: 'Any other lead-in ending in ":" only introduces its items.',
    examples: { fires: [lead('Sở Nội vụ thực hiện các nhiệm vụ sau:')], skips: ['1. Sở Nội vụ rà soát các văn bản liên quan.'] },
    apply: (f) => (f.hasChildren && colon(f) ? none : null),
  }),
  defineRule({
    id: 'gate/heading-sentence',
    description: 'An item over sub-items that is a sentence with a subject ("1. Sở Y tế chủ trì triển khai các nội dung") is an obligation — not a topic ("Về …"), a title or a body\'s name.',
    examples: { fires: [lead('Sở Y tế chủ trì triển khai các biện pháp phòng dịch như sau.')], skips: [lead('Về công tác phòng dịch')] },
    apply: (f) => (f.hasChildren && f.subj && !/^(?:Về|Đối với)\s/u.test(f.t) && !isTitle(f.node) && !isBodyHeading(f.t) ? whole(f, f.fieldLead ?? f.subj.bodies) : null),
  }),
  defineRule({
    id: 'gate/bullet-with-sub-bullets',
    description: 'A bulleted task with sub-bullets is a task, not a topic heading.',
    examples: {
      fires: ['1. Sở Công Thương:\n- Kiểm tra các cơ sở kinh doanh xăng dầu\n+ Tại khu vực đô thị;\n+ Tại khu vực nông thôn.'],
      skips: ['1. Sở Công Thương:\n- Kiểm tra các cơ sở kinh doanh xăng dầu.'],
    },
    apply: (f) => (f.hasChildren && !f.subj && (f.node.type === 'dash' || f.node.type === 'plus') ? whole(f, f.inherited) : null),
  }),
  defineRule({
    id: 'gate/topic-heading',
    description: 'Any other item over sub-items names a topic; its sub-items carry the tasks.',
    examples: { fires: [lead('Công tác cải cách hành chính')], skips: ['1. Công tác cải cách hành chính được triển khai, rà soát thường xuyên.'] },
    apply: (f) => (f.hasChildren ? none : null),
  }),
  defineRule({
    id: 'gate/section-title',
    description: 'A heading in capitals ("III. TỔ CHỨC THỰC HIỆN"), a topic "Về …" without a colon, an article title or a line over paragraphs names a section; it assigns nothing itself.',
    examples: { fires: ['III. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi, đôn đốc việc thực hiện.'], skips: ['1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện.'] },
    apply: (f) => (/^(?:Về|Đối với)\s[^:]*$/u.test(f.t) || isAllCaps(f.t) || (colon(f) && f.node.children.some((c) => c.kind === 'para')) || isTitle(f.node) ? none : null),
  }),
  defineRule({
    id: 'gate/role-designation',
    description: 'A line that names who holds a role in a procedure ("b) Cơ quan thẩm định: Sở Xây dựng.", "- Cấp phê duyệt: Ủy ban nhân dân tỉnh.", "- Thẩm quyền quyết định: Ban Thường vụ Đảng ủy xã.") designates; the duty is in the text that says what the role does. Only when what follows the colon is a body\'s name and nothing more.',
    examples: {
      fires: ['Điều 5. Lập, thẩm định quy hoạch chi tiết\na) Cơ quan tổ chức lập: Ban Quản lý dự án đầu tư xây dựng tỉnh.\nb) Cơ quan thẩm định: Sở Xây dựng.\nc) Cấp phê duyệt: Ủy ban nhân dân tỉnh.'],
      skips: ['Điều 5. Lập, thẩm định quy hoạch chi tiết\na) Cơ quan thẩm định: Sở Xây dựng thẩm định hồ sơ trong 15 ngày kể từ ngày nhận đủ hồ sơ.\nb) Sở Tài chính bố trí kinh phí lập quy hoạch.'],
    },
    apply: (f) => {
      if (f.hasChildren) return null;
      const m = /^(?:[\p{L}\d]{1,4}[.)]\s*|[-+•]\s*)?(?:Cơ quan|Cấp|Đơn vị|Thẩm quyền|Người có thẩm quyền)(?![\p{L}])[^:;.()]{0,80}:\s*(?=\p{Lu})/u.exec(f.t);
      return m && bodyOnly(f.t.slice(m[0].length)) ? none : null;
    },
  }),
  defineRule({
    id: 'gate/item',
    description: 'Any other item is an obligation (when a lead is found for it).',
    examples: { fires: ['1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện.'], skips: ['III. TỔ CHỨC THỰC HIỆN'] },
    apply: (f) => whole(f, f.inherited),
  }),
];
