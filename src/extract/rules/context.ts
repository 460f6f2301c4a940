// Context rules: what a heading, a lead-in or a field line hands down to the text under it.
// Each is traced on the nodes below, so an obligation's trace says where an inherited lead came from.
import { defineRule } from '../../core/rule.js';
import { bodyOnly, clauseSubject, innerSubject } from '../../bodies/grammar.js';
import { type Subject, decapTail, directiveBodies, subjectOf } from '../facts.js';
import type { Node } from '../../segment/index.js';
import { type Mention, mention } from '../../bodies/names.js';
import type { RuledDeadline } from '../facts.js';

export const LEAD_IN_COLON = defineRule<string, Subject>({
  id: 'context/lead-in-colon',
  description: 'A paragraph ending in ":" that names bodies ("… các bộ, ngành, địa phương cần tập trung:") gives them the lead of what follows.',
  examples: {
    fires: ['Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện:\n1. Rà soát các thủ tục hành chính.\n2. Báo cáo kết quả.'],
    skips: ['Ủy ban nhân dân tỉnh ban hành kế hoạch như sau.\n1. Sở Nội vụ rà soát các thủ tục hành chính.'],
  },
  apply: (t) => subjectOf(t) ?? directiveBodies(t) ?? innerSubject(t),
});

// "ban hành Kế hoạch (thực hiện …) như sau:" — the verb that issues this very document.
const ISSUES_THIS = /(?<![\p{L}])ban hành\s+(?:Kế hoạch|kế hoạch|Quyết định|quyết định|Chỉ thị|chỉ thị|Hướng dẫn|hướng dẫn|Chương trình|chương trình)(?![\p{L}])[^:]{0,200}:\s*$/u;

export const ISSUER_ISSUES_THIS = defineRule<{ t: string; subj: Subject | null; issuer: Mention[] | null; atRoot: boolean }, Mention[]>({
  id: 'context/issuer-issues-this',
  description: 'The body that "ban hành Kế hoạch … như sau:" at the top of a document is its issuer, however it is abbreviated or misspelt: the plan\'s own tasks fall to the issuer\'s name.',
  examples: {
    fires: ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nUBND tỉnh ban hành Kế hoạch triển khai như sau:\n1. Tổ chức tuyên truyền sâu rộng đến người dân.\n2. Kiểm tra việc thực hiện.'],
    skips: ['ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện như sau:\n1. Tổ chức tuyên truyền sâu rộng đến người dân.\n2. Kiểm tra việc thực hiện.'],
  },
  apply: ({ t, subj, issuer, atRoot }) => (atRoot && subj && issuer?.length && ISSUES_THIS.test(t.slice(subj.end)) ? issuer : null),
});

export const ADDRESSEES_FOR_REQUEST = defineRule<{ t: string; addressees: Mention[]; atRoot: boolean }, Mention[]>({
  id: 'context/addressees-for-request',
  description: 'A top-level lead-in that asks ("… yêu cầu:", "… đề nghị:") naming nobody is addressed to the "Kính gửi" list.',
  examples: {
    fires: ['Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng.\n\nĐể bảo đảm tiến độ, Ủy ban nhân dân tỉnh đề nghị:\n1. Khẩn trương rà soát hồ sơ.\n2. Báo cáo kết quả.'],
    skips: ['Để bảo đảm tiến độ, Ủy ban nhân dân tỉnh đề nghị:\n1. Khẩn trương rà soát hồ sơ.'],
  },
  apply: ({ t, addressees, atRoot }) => (atRoot && addressees.length && /yêu cầu|đề nghị/u.test(t) ? addressees : null),
});

export const FOR_WHOM = defineRule<{ t: string; max: number }, Mention[]>({
  id: 'context/for-whom-heading',
  description: '"ĐỐI VỚI CÁC ĐỊA PHƯƠNG", "Đối với Sở Y tế:" heading a section gives its bodies the lead of the section.',
  examples: {
    fires: ['II. ĐỐI VỚI CÁC ĐỊA PHƯƠNG\n1. Khẩn trương rà soát các dự án.'],
    skips: ['II. NHIỆM VỤ CỤ THỂ\n1. Sở Y tế khẩn trương rà soát các dự án.'],
  },
  // `max`: an item's heading longer than that is a sentence, not a heading (a section heading has no limit).
  apply: ({ t, max }) => {
    const forWhom = /^(?:ĐỐI VỚI|Đối với)\s+(.+?)[:.]?$/u.exec(t);
    return forWhom && forWhom[1]!.length < max ? bodyOnly(decapTail(forWhom[1]!)) : null;
  },
});

export const FIELD_LINES = defineRule<{ dl: unknown; lead: Mention[] | null; support: Mention[] | null }, string>({
  id: 'context/field-lines',
  description: '"Thời gian hoàn thành: …", "Cơ quan chủ trì: …", "Cơ quan phối hợp: …" lines under an item govern it and the paragraphs that carry its text.',
  examples: {
    fires: ['1. Xây dựng cơ sở dữ liệu hộ tịch.\nCơ quan chủ trì: Sở Tư pháp.\nThời gian hoàn thành: Quý IV năm 2025.'],
    skips: ['1. Sở Tư pháp xây dựng cơ sở dữ liệu hộ tịch trong quý IV năm 2025.'],
  },
  apply: ({ dl, lead, support }) => {
    const said = [dl ? 'deadline' : '', lead ? `lead ${lead.map((m) => m.name).join('; ')}` : '', support ? `support ${support.map((m) => m.name).join('; ')}` : ''].filter(Boolean);
    return said.length ? said.join(', ') : null;
  },
});

export const BODY_HEADING = defineRule<Mention[] | null, Mention[]>({
  id: 'context/body-heading',
  description: 'An item that is a body\'s name ("2. Sở Tài chính", "Trách nhiệm của Sở Y tế") makes every item under it a duty of that body.',
  examples: { fires: ['2. Sở Y tế\na) Rà soát danh mục thuốc.'], skips: ['2. Công tác y tế\na) Rà soát danh mục thuốc.'] },
  apply: (only) => only,
});

export const LEAD_IN_SUBJECT = defineRule<Subject | null, Mention[]>({
  id: 'context/lead-in-subject',
  description: 'An item over sub-items that names a subject ("1. Sở Tư pháp thực hiện các nội dung sau:") gives it the lead of its sub-items.',
  examples: {
    fires: ['1. Sở Tư pháp thực hiện các nội dung sau:\na) Rà soát hồ sơ;\nb) Báo cáo kết quả.'],
    skips: ['1. Công tác hộ tịch:\na) Rà soát hồ sơ;\nb) Báo cáo kết quả.'],
  },
  apply: (subj) => subj?.bodies ?? null,
});

export const LEAD_IN_DEADLINE = defineRule<{ subj: Subject | null; own: unknown; colon: boolean }, true>({
  id: 'context/lead-in-deadline',
  description: 'A deadline in a lead-in with a subject ("Các Bộ: … hoàn thành trong tháng 11, cụ thể:") governs the items below; one in a topic heading is a target, and one in a finished sentence over sub-items dates that sentence only.',
  examples: {
    fires: ['1. Sở Tư pháp hoàn thành trước ngày 30/11/2025 các nội dung sau:\na) Rà soát hồ sơ;\nb) Cập nhật dữ liệu.'],
    skips: [
      '1. Hoàn thành mục tiêu số hóa trong năm 2025:\na) Sở Tư pháp rà soát hồ sơ;\nb) Sở Nội vụ cập nhật dữ liệu.',
      '1. Sở Tư pháp xây dựng kho dữ liệu hộ tịch, hoàn thành trước ngày 30/11/2025.\n- Chỉ đạo các phòng chuyên môn rà soát hồ sơ.\n- Bố trí nhân lực vận hành kho dữ liệu.',
    ],
  },
  apply: ({ subj, own, colon }) => (subj && own && colon ? true : null),
});

// "Giai đoạn 2025 - 2030", "Năm 2026", "Từ nay đến năm 2030": a heading that is only a period.
const PHASE_ONLY = /^(?:(?:giai\s+đoạn|thời\s+kỳ|lộ\s+trình|thời\s+gian(?:\s+thực\s+hiện)?)(?:\s*:\s*|\s+))?(?:từ\s+nay\s+)?(?:(?:đến|tới)\s+(?:hết\s+)?)?(?:năm\s+)?((?:19|20)\d{2})(?:\s*(?:-|–|đến)\s*((?:19|20)\d{2}))?\s*[:.]?$/iu;

export const PHASE_HEADING = defineRule<{ t: string; hasChildren: boolean }, { text: string; date: string; recurrence: null; rule: string }>({
  id: 'context/phase-heading',
  description: 'An item whose whole text is a period ("1. Giai đoạn 2026 - 2028", "b) Năm 2027") over a list of tasks dates each task under it by the period\'s last day; a period inside a sentence or a title does not.',
  examples: {
    fires: ['III. LỘ TRÌNH THỰC HIỆN\n1. Giai đoạn 2026 - 2028\n- Sở Tư pháp số hóa sổ hộ tịch.\n- Sở Nội vụ chuẩn hóa dữ liệu cán bộ.\n2. Giai đoạn 2029 - 2030\n- Sở Tư pháp kết nối dữ liệu hộ tịch.'],
    skips: ['III. NHIỆM VỤ\n1. Số hóa dữ liệu trong giai đoạn 2026 - 2028:\n- Sở Tư pháp số hóa sổ hộ tịch.\n- Sở Nội vụ chuẩn hóa dữ liệu cán bộ.'],
  },
  apply: ({ t, hasChildren }) => {
    if (!hasChildren) return null;
    const text = t.replace(/[*_]/gu, ' ').replace(/\s+/gu, ' ').trim();
    const m = PHASE_ONLY.exec(text);
    return m ? { text: text.replace(/[:.]$/u, ''), date: `${m[2] ?? m[1]}-12-31`, recurrence: null, rule: 'context/phase-heading' } : null;
  },
});

/** "(Phụ lục kèm theo)", "theo Phụ lục II kèm theo", "tại Phụ lục số 02 đính kèm": this document's own appendix. */
const APPENDIX_CITED = /(?<![\p{L}])Phụ\s+lục(?:\s+số)?(?:\s+([IVX]+|\d{1,2}[A-Za-z]?)(?![\p{L}\p{N}]))?(?:\s*\)\s*|\s+)(?:kèm\s+theo|đính\s+kèm|gửi\s+kèm)(?![\p{L}])/iu;
/** The heading of an appendix: "PHỤ LỤC", "PHỤ LỤC II", "Phụ lục số 02". */
const APPENDIX_HEADING = /^[\s*_]*PHỤ\s+LỤC(?:\s+SỐ)?(?:\s+([IVX]+|\d{1,2}[A-Z]?)(?![\p{L}\p{N}]))?/u;

const appendixKey = (label: string | undefined): string => (label ?? '').toUpperCase().replace(/^0+/u, '');

export const APPENDIX_DEADLINE = defineRule<{ t: string; cited: Map<string, RuledDeadline> }, RuledDeadline>({
  id: 'context/appendix-assigned-with-deadline',
  description: 'A sentence that hands out the list of the document\'s appendix with a completion date ("xử lý các kiến nghị (Phụ lục kèm theo), hoàn thành trước ngày 15/12/2025") dates each row of that appendix that sets no date of its own.',
  examples: {
    fires: ['1. Các sở khẩn trương xử lý các kiến nghị của các xã (Phụ lục kèm theo), hoàn thành trước ngày 20/12/2025.\n\nPHỤ LỤC\nDANH MỤC KIẾN NGHỊ\n| TT | Nội dung | Cơ quan chủ trì |\n| 1 | Hướng dẫn thủ tục cấp phép xây dựng | Sở Xây dựng |\n| 2 | Bố trí kinh phí sửa chữa trụ sở | Sở Tài chính |'],
    skips: ['1. Các sở khẩn trương xử lý các kiến nghị của các xã (Phụ lục kèm theo).\n\nPHỤ LỤC\nDANH MỤC KIẾN NGHỊ\n| TT | Nội dung | Cơ quan chủ trì |\n| 1 | Hướng dẫn thủ tục cấp phép xây dựng | Sở Xây dựng |\n| 2 | Bố trí kinh phí sửa chữa trụ sở | Sở Tài chính |'],
  },
  apply: ({ t, cited }) => {
    const h = APPENDIX_HEADING.exec(t);
    return h ? cited.get(appendixKey(h[1])) ?? cited.get('') ?? null : null;
  },
});

export const isAppendixHeading = (t: string): boolean => APPENDIX_HEADING.test(t);

/** Remember the appendix a sentence of the body hands out with a one-off date (read by APPENDIX_DEADLINE). */
export function noteAppendixCited(t: string, dated: (sentence: string) => RuledDeadline | null, cited: Map<string, RuledDeadline>): void {
  if (!APPENDIX_CITED.test(t)) return; // every paragraph and item of the body comes here
  for (const sentence of t.split(/(?<=[.;])\s+/u)) {
    const m = APPENDIX_CITED.exec(sentence);
    if (!m) continue;
    const d = dated(sentence);
    if (d?.date && !d.recurrence && !cited.has(appendixKey(m[1]))) cited.set(appendixKey(m[1]), d);
  }
}

/** "Thời gian: …", "Thời gian thực hiện: …", "Thời hạn hoàn thành: …" as a line of its own. */
const TIMING_LINE = /^[\s*_]*(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành|tổ\s+chức|triển\s+khai))?[\s*_]*:/iu;

export const TIMING_ITEM = defineRule<{ t: string; dated: (t: string) => RuledDeadline | null }, RuledDeadline>({
  id: 'context/timing-item-dates-siblings',
  description: 'Among the parts of one activity ("a) Chủ đề …", "b) Thời gian: Từ ngày 15/11 đến ngày 15/12/2025", "c) Các hoạt động: …"), an item that is only a timing line dates the tasks in the items after it, down to their leaves.',
  examples: {
    fires: ['II. NỘI DUNG\n1. Tháng cao điểm phòng cháy\na) Chủ đề: An toàn cho mọi nhà.\nb) Thời gian: Từ ngày 01/10/2025 đến ngày 31/10/2025.\nc) Các hoạt động chính\n- Sở Công Thương kiểm tra các chợ đầu mối.\n- Công an tỉnh tổ chức diễn tập chữa cháy.'],
    skips: ['II. NỘI DUNG\n1. Tháng cao điểm phòng cháy\na) Chủ đề: An toàn cho mọi nhà.\nb) Địa điểm: Các chợ đầu mối.\nc) Các hoạt động chính\n- Sở Công Thương kiểm tra các chợ đầu mối.\n- Công an tỉnh tổ chức diễn tập chữa cháy.'],
  },
  // The line test first: every leaf item comes here, and only a timing line is worth a deadline parse.
  apply: ({ t, dated }) => {
    const dl = t.length < 160 && TIMING_LINE.test(t) ? dated(t) : null;
    return dl?.date ? dl : null;
  },
});

export const LEAD_IN_DISTRIBUTES = defineRule<{ subj: Subject | null; colon: boolean; kind: string | null }, true>({
  id: 'context/lead-in-distributes',
  description: '"X chịu trách nhiệm cập nhật … đối với: a) Báo cáo …; b) Giá …" — the sentence is finished by each item: the items are obligations of X though they are noun phrases.',
  examples: {
    fires: ['1. Sở Tài chính chịu trách nhiệm cập nhật giá đối với:\na) Giá đất ở tại đô thị;\nb) Giá thuê mặt bằng.'],
    skips: ['1. Sở Tài chính thực hiện các nhiệm vụ sau:\na) Rà soát giá đất;\nb) Cập nhật giá thuê.'],
  },
  apply: ({ subj, colon, kind }) => (subj && colon && kind === 'items' ? true : null),
});

/** The noun that opens a title naming whose duties follow ("Nội dung …", "Nhiệm vụ …"). */
const DUTY_NOUN = /^(?:(?:Các\s+)?(?:nội dung|nhiệm vụ|công việc|lĩnh vực|việc)\s+(?:do\s+)?)/iu;
/** …and the role it closes with ("… có trách nhiệm chủ trì", "… thực hiện"). */
// The blank before the role word sits in the role word's own group, so a run of blanks is never split
// between two quantifiers (that was quadratic).
const DUTY_ROLE = /^(?:(?:có|chịu)\s+trách nhiệm)?(?:\s*(?:chủ trì|thực hiện|đảm nhiệm|phụ trách|tham mưu))?(?:\s+(?:thực hiện|tham mưu))?[\s:.]*$/u;

export const TITLE_NAMES_BODY = defineRule<string, Mention[]>({
  id: 'context/title-names-responsible-body',
  description: 'A title "Nội dung / Nhiệm vụ (do) X có trách nhiệm chủ trì" over items makes each item a duty of X (the body the title is about, not the issuer).',
  examples: {
    fires: ['Điều 5. Nội dung Sở Y tế có trách nhiệm chủ trì\n1. Rà soát danh mục thuốc thiết yếu.\n2. Kiểm tra các cơ sở khám bệnh.'],
    skips: ['Điều 4. Nội dung công việc chung\n1. Rà soát danh mục thuốc thiết yếu.\n2. Kiểm tra các cơ sở khám bệnh.'],
  },
  apply: (t) => {
    const noun = DUTY_NOUN.exec(t);
    if (!noun || t.length > 160) return null;
    const rest = t.slice(noun[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const hit = clauseSubject(rest);
    const tail = hit ? rest.slice(hit.end) : '';
    return hit && tail.trim() && DUTY_ROLE.test(tail) ? hit.bodies : null;
  },
});

export const LEAD_IN_LISTS_BREACHES = defineRule<string, true>({
  id: 'context/lead-in-lists-breaches',
  description: 'A lead-in that introduces breaches or sanctions ("… có hành vi sau thì bị xử lý vi phạm:", "nghiêm cấm:") lists acts, not tasks: its verb-first items are not obligations by their form.',
  examples: {
    fires: ['Doanh nghiệp có một trong các hành vi sau thì bị xử phạt vi phạm hành chính:\n- Giả mạo giấy phép kinh doanh.\n- Sở Công Thương kiểm tra, xử lý các trường hợp vi phạm.'],
    skips: ['Các doanh nghiệp thực hiện các nội dung sau:\n- Niêm yết giá bán công khai.\n- Sở Công Thương kiểm tra việc niêm yết giá.'],
  },
  apply: (t) => (/(?<![\p{L}])(?:vi phạm|xử phạt|hành vi|bị phạt|nghiêm cấm)(?![\p{L}])/iu.test(t) ? true : null),
});

export const ITEM_SUBJECT_CONTINUES = defineRule<{ subj: Subject | null; paras: boolean; items: boolean }, Mention[]>({
  id: 'context/item-subject-continues',
  description: 'Plain paragraphs that continue an item ("2. Sở X hướng dẫn các xã." then a paragraph "Kiểm tra việc thực hiện …") share the item\'s subject: an imperative there is that body\'s, not the lead-in\'s above the item.',
  examples: {
    fires: ['Sở Nội vụ hướng dẫn như sau:\n1. Sở Tư pháp rà soát hồ sơ hộ tịch.\n\nBố trí kinh phí số hóa hồ sơ.'],
    skips: ['Sở Nội vụ hướng dẫn như sau:\n1. Rà soát hồ sơ hộ tịch.\n\nBố trí kinh phí số hóa hồ sơ.'],
  },
  apply: ({ subj, paras, items }) => (subj && paras && !items ? subj.bodies : null),
});

/** "ĐẮK LẮK" → "Đắk Lắk": a place name set in capitals, each word capitalised. */
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());

export const CONCLUSION_ABOUT_PLACE = defineRule<string | null, Mention[]>({
  id: 'context/conclusion-about-place',
  description: 'The conclusions of a working session with a province or city ("Kết luận … tại buổi làm việc với lãnh đạo tỉnh X") are tasks of that place: its people\'s committee, not the office that issues the notice, takes the tasks that name no body.',
  examples: {
    fires: ['VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\n\nHà Nội, ngày 3 tháng 11 năm 2025\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH HÒA BÌNH\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Rà soát các quy hoạch của tỉnh.\n\n2. Đẩy nhanh giải ngân vốn đầu tư công.'],
    skips: ['VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\n\nHà Nội, ngày 3 tháng 11 năm 2025\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ TIẾN ĐỘ DỰ ÁN CAO TỐC\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n1. Rà soát các quy hoạch của tỉnh.\n\n2. Đẩy nhanh giải ngân vốn đầu tư công.'],
  },
  apply: (subject) => {
    const s = (subject ?? '').replace(/\s+/gu, ' ');
    const m = /làm việc với (?:lãnh đạo |Ban Thường vụ (?:Tỉnh|Thành) ủy,? |Thường trực (?:Tỉnh|Thành) ủy,? )?(tỉnh|thành phố) (\p{L}+(?:[ -]\p{L}+){0,7})/iu.exec(s);
    if (!m) return null;
    // The place name runs to the next topic word ("… THÀNH PHỐ ĐÀ NẴNG VỀ TÌNH HÌNH …"), at most four words.
    const words = m[2]!.split(' ');
    const stop = words.findIndex((w) => /^(?:về|tại|năm|ngày|trong|sau|và)$/iu.test(w));
    const name = words.slice(0, stop < 0 ? 4 : Math.min(stop, 4)).join(' ');
    return name ? [mention(`Ủy ban nhân dân ${m[1]!.toLowerCase()} ${titleCase(name)}`)] : null;
  },
});

export const TASK_LEAD_IN_REOPENS = defineRule<{ t: string; subj: Subject | null }, true>({
  id: 'context/task-lead-in-reopens',
  description: 'Under a descriptive heading ("ĐÁNH GIÁ CHUNG", "MỤC TIÊU"), a lead-in that names who is to act and asks for a list ("…, các sở, ngành phối hợp thực hiện các hoạt động sau:") assigns the items after it: the heading stops inheritance only.',
  examples: {
    fires: ['I. ĐÁNH GIÁ CHUNG\n\nNăm qua các ngành đạt nhiều kết quả.\n\nĐể khắc phục hạn chế, các sở, ngành phối hợp thực hiện các hoạt động sau:\n\n1. Rà soát các thủ tục hành chính.\n\n2. Kiểm tra việc niêm yết giá.'],
    skips: ['I. ĐÁNH GIÁ CHUNG\n\nNăm qua các ngành đạt nhiều kết quả sau:\n\n1. Rà soát các thủ tục hành chính.\n\n2. Kiểm tra việc niêm yết giá.'],
  },
  apply: ({ t, subj }) => (subj && / (?:sau|sau đây|như sau) ?:$/u.test(t) && /(?:nhiệm vụ|giải pháp|nội dung|hoạt động|công việc)(?![\p{L}])/u.test(t.slice(-90)) ? true : null),
});

export const LEAD_IN_SUBJECT_AFTER_OPENER = defineRule<string, Subject>({
  id: 'context/lead-in-subject-after-opener',
  description: 'An item over sub-items that opens with a purpose or basis ("5. Để nâng cao hiệu quả …, các sở, ngành và Ủy ban nhân dân cấp xã triển khai các nội dung sau:") gives the subject after the opener (or the body it asks: "…, yêu cầu Bộ Y tế …") the lead of its sub-items; a body inside the opener ("theo chỉ đạo của Chính phủ") is no subject.',
  examples: {
    fires: ['5. Để nâng cao hiệu quả quản lý đầu tư, các sở, ngành và Ủy ban nhân dân cấp xã triển khai các nội dung sau:\na) Rà soát các dự án chậm tiến độ;\nb) Báo cáo kết quả.'],
    skips: ['5. Để nâng cao hiệu quả quản lý đầu tư, cần tập trung các nội dung sau:\na) Rà soát các dự án chậm tiến độ;\nb) Báo cáo kết quả.'],
  },
  apply: (t) => (/:$/u.test(t) && /^(?:Để|Nhằm|Căn cứ|Trên cơ sở|Thực hiện|Theo|Qua|Với|Trong)\s/u.test(t) ? directiveBodies(t) ?? innerSubject(t) : null),
});

/** The clause of a council's resolution that charges a body with carrying it out: "Giao Ủy ban nhân dân
 * tỉnh tổ chức thực hiện Nghị quyết này", "Ủy ban nhân dân Thành phố có trách nhiệm sau đây: a) Tổ chức
 * thực hiện Nghị quyết". */
const EXECUTOR_CLAUSE = /(?<![\p{L}])((?:Ủy|Uỷ) ban nhân dân (?:tỉnh|thành phố|Thành phố|xã|phường|đặc khu)(?: \p{Lu}\p{L}*){0,3}) (?:có trách nhiệm(?: sau đây)?:? (?:a\) )?)?(?:[Tt]ổ chức|[Cc]hỉ đạo|[Tt]riển khai)[\p{L} ,]{0,30}? thực hiện [Nn]ghị quyết/u;

/** The body named by the execution clause of a resolution whose issuer is a People's Council. */
export function resolutionExecutor(issuer: Mention[] | null, root: Node): Mention[] | null {
  if (!issuer?.length || !/^Hội đồng nhân dân/u.test(issuer[0]!.name)) return null;
  const texts: string[] = [];
  const visit = (n: Node): void => {
    texts.push(n.text.text);
    n.children.forEach(visit);
  };
  visit(root);
  const m = EXECUTOR_CLAUSE.exec(texts.join('\n').replace(/\s+/gu, ' '));
  return m ? [mention(m[1]!)] : null;
}

const MEASURES_TITLE = /^(?:Điều\s+\d+\.?\s*)?(?:Các\s+)?(?:biện pháp|giải pháp|nhiệm vụ|lộ trình)(?![\p{L}])/iu;

export const MEASURES_TO_EXECUTOR = defineRule<{ t: string; node: Node; executor: Mention[] | null }, Mention[]>({
  id: 'context/resolution-measures-to-executor',
  description: 'In a People\'s Council resolution, an article of measures, tasks or a roadmap ("Điều 5. Các biện pháp …", "Điều 3. Nhiệm vụ, giải pháp", "Điều 6. Lộ trình thực hiện") whose items name no body gives them to the body the resolution charges with carrying it out ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này"): a council adopts measures, its People\'s Committee carries them out.',
  examples: {
    fires: [
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n\nNGHỊ QUYẾT\nVề phát triển giao thông xanh\n\nĐiều 1. Các biện pháp thực hiện\n1. Phát triển mạng lưới xe buýt điện tại các khu đô thị.\n2. Tăng cường kiểm tra khí thải phương tiện.\n\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.',
      'HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN LẬP\n\nNGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\n\nĐiều 1. Nhiệm vụ, giải pháp chủ yếu\n1. Đẩy mạnh chuyển đổi cơ cấu cây trồng, vật nuôi.\n2. Huy động các nguồn lực xây dựng nông thôn mới.\n\nĐiều 2. Tổ chức thực hiện\nGiao Ủy ban nhân dân xã chỉ đạo, tổ chức triển khai thực hiện Nghị quyết này.',
    ],
    skips: [
      'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nQUYẾT ĐỊNH\nVề phát triển giao thông xanh\n\nĐiều 1. Các biện pháp thực hiện\n1. Phát triển mạng lưới xe buýt điện tại các khu đô thị.\n2. Sở Xây dựng tăng cường kiểm tra khí thải phương tiện.\n\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
      'HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\n\nNGHỊ QUYẾT\nVề phát triển giao thông xanh\n\nĐiều 1. Đối tượng áp dụng\n1. Phát triển mạng lưới xe buýt điện tại các khu đô thị.\n2. Tăng cường kiểm tra khí thải phương tiện.\n\nĐiều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
    ],
  },
  apply: ({ t, node, executor }) => (executor && node.type === 'dieu' && MEASURES_TITLE.test(t) ? executor : null),
});

export const PRINCIPLES_EXPLICIT_DUTIES = defineRule<{ closedBy: string }, true>({
  id: 'context/principles-explicit-duties',
  description: 'Under an article of principles or methods ("Nguyên tắc phối hợp", "Phương thức phối hợp") nothing is handed down, so an item is read only when it names its own body and gives it a duty ("Cơ quan chủ trì có trách nhiệm tổng hợp …", "Trường hợp …, Sở X chủ trì …"); principles stated without a subject ("Bảo đảm thống nhất, kịp thời") stay unread.',
  examples: {
    fires: ['Điều 3. Phương thức phối hợp\n1. Trao đổi ý kiến bằng văn bản.\n2. Cơ quan chủ trì có trách nhiệm tổng hợp ý kiến của các cơ quan phối hợp.'],
    skips: ['Điều 3. Cách thức phối hợp\n1. Trao đổi ý kiến bằng văn bản.\n2. Cơ quan chủ trì có trách nhiệm tổng hợp ý kiến của các cơ quan phối hợp.'],
  },
  apply: ({ closedBy }) => (closedBy === 'gate/regulation-principles' ? true : null),
});

/** "Điều 1. Vị trí và chức năng" of a regulation on an agency's functions: the agency it opens with
 * ("1. Chi cục X là tổ chức hành chính thuộc Sở Y, …"). */
const POSITION_TITLE = /^(?:Điều\s+\d+\.?\s*)?Vị trí(?:,|\s+và)\s+chức năng(?![\p{L}])/iu;

/** The agency whose functions, duties and powers a regulation sets out: the subject the article on its
 * position defines with "là" ("Chi cục Kiểm lâm là tổ chức hành chính …"), or null. */
export function regulatedAgency(root: Node): Mention[] | null {
  const found: Mention[][] = [];
  const visit = (n: Node): void => {
    if (found.length) return;
    if (n.type === 'dieu' && POSITION_TITLE.test(n.text.text)) {
      const first = n.children.find((c) => c.kind === 'item' || c.kind === 'para');
      const t = first?.text.text ?? '';
      const hit = clauseSubject(t);
      if (hit && /^\s*(?:\([^()]{0,80}\)\s*)?là\s/u.test(t.slice(hit.end))) found.push(hit.bodies);
      return;
    }
    n.children.forEach(visit);
  };
  visit(root);
  return found[0] ?? null;
}

/** An article that lists duties naming no body: "Nhiệm vụ và quyền hạn", "Nhiệm vụ, quyền hạn", "Chức năng, nhiệm vụ". */
const DUTIES_TITLE = /^(?:Điều\s+\d+\.?\s*)?(?:Chức năng,?\s+)?(?:Nhiệm vụ|Quyền hạn)(?:(?:,|\s+và)\s+(?:nhiệm vụ|quyền hạn))?(?:\s+cụ thể)?[.:]?$/iu;

export const AGENCY_DUTIES_ARTICLE = defineRule<{ t: string; node: Node; agency: Mention[] | null }, Mention[]>({
  id: 'context/agency-duties-article',
  description: 'In the regulation of an agency\'s functions ("Điều 1. Vị trí và chức năng: 1. Chi cục X là tổ chức hành chính …"), the article "Nhiệm vụ và quyền hạn" that names no body lists that agency\'s duties: each item, a noun phrase too, is its obligation.',
  examples: {
    fires: ['QUY ĐỊNH\n\nĐiều 1. Vị trí và chức năng\n1. Trung tâm Khuyến nông là đơn vị sự nghiệp công lập thuộc Sở Nông nghiệp.\n\nĐiều 2. Nhiệm vụ và quyền hạn\n1. Xây dựng kế hoạch khuyến nông hằng năm.\n2. Dự thảo quy chế quản lý mô hình trình diễn.'],
    skips: ['QUY ĐỊNH\n\nĐiều 1. Phạm vi điều chỉnh\n1. Quy định này áp dụng với các đơn vị sự nghiệp thuộc Sở Nông nghiệp.\n\nĐiều 2. Nhiệm vụ và quyền hạn\n1. Xây dựng kế hoạch khuyến nông hằng năm.\n2. Dự thảo quy chế quản lý mô hình trình diễn.'],
  },
  apply: ({ t, node, agency }) => (agency && node.type === 'dieu' && DUTIES_TITLE.test(t.trim()) ? agency : null),
});

/** "Dự án 1: …", "Bước 2: …", "Tiểu dự án 3: …": a numbered label names an entry of an enumeration. */
const NUMBERED_LABEL = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,2}\s+\d+[a-zđ]?\s*[:.]/u;

export const DUTY_LEAD_IN_KEEPS_DUTIES = defineRule<{ duties: boolean; t: string; subj: Subject | null; node: Node }, true>({
  id: 'context/duty-lead-in-keeps-duties',
  description: 'Among a body\'s duties, an item that opens a list without naming a subject ("Tham mưu Sở X trình Ủy ban nhân dân tỉnh:", "Chủ trì thực hiện các thủ tục:") is itself one of its duties: each sub-item finishes its sentence and is one duty of that body, a noun phrase too ("a) Dự thảo nghị quyết …"); a list of numbered entries ("- Dự án 1: …") is an enumeration, not duties.',
  examples: {
    fires: ['Điều 4. Trách nhiệm của Sở Tư pháp\n1. Tham mưu Ủy ban nhân dân tỉnh ban hành:\na) Dự thảo quy chế phối hợp quản lý hộ tịch;\nb) Kế hoạch kiểm tra công tác hộ tịch hằng năm.'],
    skips: ['Điều 4. Nội dung quản lý\n1. Tham mưu Ủy ban nhân dân tỉnh ban hành:\na) Dự thảo quy chế phối hợp quản lý hộ tịch;\nb) Kế hoạch kiểm tra công tác hộ tịch hằng năm.',
      'Điều 4. Trách nhiệm của Công an tỉnh\n1. Chủ trì thực hiện các dự án của Chương trình, gồm:\n- Dự án 1: Phòng ngừa tội phạm ma túy.\n- Dự án 2: Quản lý sau cai nghiện.'],
  },
  apply: ({ duties, t, subj, node }) => {
    if (!duties || subj || !/:$/u.test(t)) return null;
    const items = node.children.filter((c) => c.kind === 'item');
    const labels = items.filter((c) => NUMBERED_LABEL.test(c.text.text)).length;
    return items.length && labels * 2 < items.length ? true : null;
  },
});
