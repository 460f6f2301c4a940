// The one lexicon of bodies: the words that begin a body's name, the titles that stand for a body,
// the collective nouns, the cues that hand a body a task and the predicate words that end a subject.
// The subject grammar (grammar.ts), the gazetteer engine (canonical.ts) and the extractor all read
// these lists; a domain expert adds an entry here, not in an engine.
import type { BodyKind, BodyLevel } from './canonical.js';
import { WE } from '../util/text.js';

/** A head word and its roles (see HEAD_WORDS). */
export interface HeadWord {
  w: string;
  grammar?: 'head' | 'cap';
  row?: string;
  afterTitle?: true;
  collective?: true;
}

/** Verbs and predicate openers that end a subject: "Bộ Nội vụ | chủ trì …", "Các địa phương | khẩn trương …".
 * Multi-word entries first where they share a prefix. Matched case-insensitively at word boundaries. */
export const ACTION_WORDS: string[] = [
  // roles
  'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'được giao', 'làm đầu mối',
  // manner and aspect words that open a predicate
  'khẩn trương', 'tiếp tục', 'tập trung', 'chủ động', 'tích cực', 'thường xuyên', 'kịp thời', 'nghiêm túc',
  'quyết liệt', 'trực tiếp', 'sớm', 'cần', 'phải', 'căn cứ', 'theo chức năng', 'theo thẩm quyền', 'trong phạm vi',
  'trên cơ sở', 'khẩn cấp', 'ưu tiên', 'nhanh chóng', 'dành thời gian', 'lưu ý', 'rứt khoát', 'dứt khoát',
  // actions
  'thực hiện', 'triển khai', 'tổ chức', 'xây dựng', 'ban hành', 'hoàn thành', 'hoàn thiện', 'rà soát', 'nghiên cứu',
  'hướng dẫn', 'tham mưu', 'trình', 'báo cáo', 'chỉ đạo', 'lãnh đạo', 'đôn đốc', 'theo dõi', 'kiểm tra', 'giám sát',
  'thanh tra', 'bảo đảm', 'đảm bảo', 'đẩy nhanh', 'đẩy mạnh', 'tăng cường', 'nâng cao', 'quán triệt', 'giải quyết',
  'cập nhật', 'lập', 'đề xuất', 'bố trí', 'cân đối', 'thẩm định', 'phê duyệt', 'tổng hợp', 'công bố', 'công khai',
  'tuyên truyền', 'phổ biến', 'định hướng', 'xem xét', 'thống nhất', 'đánh giá', 'khắc phục', 'tháo gỡ', 'xử lý',
  'sửa đổi', 'bổ sung', 'điều chỉnh', 'kiện toàn', 'sắp xếp', 'cử', 'gửi', 'cung cấp', 'tiếp nhận', 'quản lý',
  'vận hành', 'duy trì', 'phát huy', 'huy động', 'hỗ trợ', 'bám sát', 'nắm bắt', 'nắm chắc', 'khảo sát', 'số hóa',
  'đăng ký', 'kết nối', 'chia sẻ', 'tích hợp', 'chuẩn bị', 'thành lập', 'phát động', 'vận động', 'kêu gọi', 'cắt giảm',
  'đơn giản hóa', 'làm việc', 'làm tốt', 'thúc đẩy', 'quyết định', 'phân công', 'chuẩn hóa', 'đưa ra', 'tạo điều kiện', 'quan tâm', 'phục vụ', 'dọn dẹp', 'khôi phục', 'sử dụng', 'đầu tư', 'thi công', 'khởi công',
  'khánh thành', 'vào cuộc', 'chấp hành', 'thông báo', 'chỉ định', 'lựa chọn', 'tiến hành', 'thẩm tra', 'bảo vệ',
  'ứng phó', 'kiểm soát', 'cảnh báo', 'dự báo', 'vận dụng', 'hoàn chỉnh', 'nhân rộng', 'biểu dương', 'khen thưởng',
  'phụ trách', 'điều hành', 'phản ánh', 'phản hồi', 'liên hệ', 'cụ thể hóa', 'nắm', 'tập huấn', 'bồi dưỡng', 'đào tạo',
  'thu thập', 'đối khớp', 'đối chiếu', 'chỉnh lý', 'đưa', 'bảo quản', 'giữ gìn', 'có ý kiến', 'cho ý kiến', 'góp ý', 'lấy ý kiến', 'chú trọng', 'tiết kiệm', 'làm mới', 'tận dụng', 'khai thác', 'mở rộng', 'đa dạng hóa', 'ổn định', 'phòng ngừa', 'ngăn chặn',
  'tìm kiếm', 'cứu nạn', 'sơ tán', 'di dời', 'tiếp tế', 'cấp phát', 'phân bổ', 'giải ngân', 'thu hồi',
  'tuân thủ', 'nghiêm cấm', 'chấn chỉnh', 'lồng ghép', 'hoàn tất', 'nộp', 'trao đổi', 'tiếp thu', 'kiến nghị', 'tăng', 'giảm',
];

/** Words before a body that hand it the task: "giao Sở Tài chính …", "đề nghị các tỉnh …". */
export const ASSIGN_CUES = ['trân trọng đề nghị', 'đề nghị', 'yêu cầu', 'giao', 'kính đề nghị'];
/** Cues that assign only when they open the sentence ("Khuyến khích các địa phương …"); inside one
 * ("chính sách ưu đãi, khuyến khích các doanh nghiệp đầu tư") they describe. */
export const OPENING_CUES = [...ASSIGN_CUES, 'khuyến khích'];

/** How the gazetteer engine (canonical.ts) gives a kind and level to a name it does not list: rows tried
 * in this order, the first that matches wins (so "Bộ Chỉ huy" is tried before "Bộ", a title after the
 * bodies). A row is either a pattern or the head words of HEAD_WORDS that name it (case-insensitive). */
export const KIND_ROWS: ReadonlyArray<{ row: string; kind: BodyKind; level: BodyLevel | null; pattern?: RegExp }> = [
  { row: 'party', kind: 'party', level: null },
  { row: 'party-central-commission', kind: 'party', level: 'central', pattern: /^Ban\s.*Trung ương/u },
  { row: 'party-standing', kind: 'party', level: null, pattern: /^Thường trực\s.*(?:Tỉnh ủy|Thành ủy|Đảng ủy|Huyện ủy)/iu },
  { row: 'council-standing', kind: 'province', level: null, pattern: /^Thường trực\s.*(?:Hội đồng nhân dân|Ủy ban nhân dân)/iu },
  { row: 'government-standing', kind: 'government', level: 'central', pattern: /^Thường trực\s.*Chính phủ/iu },
  { row: 'legislature', kind: 'legislature', level: null, pattern: /^(?:Ủy ban|Hội đồng|Đoàn đại biểu)\s.*Quốc hội/iu },
  { row: 'court', kind: 'court', level: null },
  { row: 'procuracy', kind: 'procuracy', level: null },
  { row: 'audit', kind: 'audit', level: null },
  { row: 'front', kind: 'front', level: null },
  { row: 'military', kind: 'agency', level: null },
  { row: 'ministry', kind: 'ministry', level: 'central' },
  { row: 'department', kind: 'department', level: 'provincial' },
  { row: 'police-inspection', kind: 'department', level: null },
  { row: 'enterprise', kind: 'enterprise', level: null },
  { row: 'media', kind: 'media', level: null },
  { row: 'central-agency', kind: 'agency', level: 'central' },
  { row: 'agency', kind: 'agency', level: null },
  { row: 'association', kind: 'association', level: null },
  { row: 'person', kind: 'person', level: null, pattern: new RegExp(`^(?:(?:Phó\\s+)?(?:Thủ tướng|Tổng Bí thư|Bộ trưởng|Thứ trưởng|Chủ tịch|Giám đốc|Bí thư|Thủ trưởng|Trưởng ban|Chánh Văn phòng|Chánh án|Viện trưởng|Cục trưởng|Vụ trưởng|Thống đốc))${WE}`, 'iu') },
];

/** The one table of head words: the words that begin a body's name, each once, with every role it has.
 *   grammar      the subject grammar (grammar.ts): 'head' begins a body wherever it stands, exactly as
 *                written; 'cap' only before a capital ("Bộ Y tế", not "Bộ tiêu chí"; "Thanh tra Chính
 *                phủ", not "Thanh tra việc …")
 *   row          the gazetteer engine's kind row (KIND_ROWS) for a name it does not list
 *   afterTitle   may follow a title for the title to stand for the body: "Giám đốc Sở …", "Thủ trưởng các …"
 *   collective   "các X" is a collective body: "các sở", "các chủ đầu tư"
 * Matching is case-insensitive except for `grammar`. */
export const HEAD_WORDS: ReadonlyArray<HeadWord> = [
  { w: 'Ủy ban nhân dân', grammar: 'head' },
  { w: 'UBND', grammar: 'head', afterTitle: true },
  { w: 'Hội đồng nhân dân', grammar: 'head' },
  { w: 'HĐND', grammar: 'head', afterTitle: true },
  { w: 'Ủy ban Kiểm tra', grammar: 'head', row: 'party' },
  { w: 'Ủy ban Trung ương', grammar: 'head' },
  { w: 'Ủy ban', grammar: 'head', row: 'agency', afterTitle: true, collective: true },
  { w: 'Thủ tướng Chính phủ', grammar: 'head' },
  { w: 'Phó Thủ tướng', grammar: 'head' },
  { w: 'Thủ tướng', grammar: 'head' },
  { w: 'Chính phủ', grammar: 'head', afterTitle: true },
  { w: 'Văn phòng', grammar: 'head', row: 'agency', afterTitle: true, collective: true },
  { w: 'Bộ Chỉ huy', grammar: 'head', row: 'military', afterTitle: true },
  { w: 'Bộ Tư lệnh', grammar: 'head', row: 'military' },
  { w: 'Sở', grammar: 'head', row: 'department', afterTitle: true, collective: true },
  { w: 'Ban Quản lý', grammar: 'head', collective: true },
  { w: 'Ban Chỉ đạo', grammar: 'head', afterTitle: true, collective: true },
  { w: 'Ban Thường vụ', grammar: 'head', row: 'party' },
  { w: 'Tổng cục', grammar: 'head', row: 'central-agency', afterTitle: true },
  { w: 'Cục', grammar: 'head', row: 'central-agency', afterTitle: true, collective: true },
  { w: 'Chi cục', grammar: 'head', row: 'central-agency', afterTitle: true, collective: true },
  { w: 'Công an', grammar: 'head', row: 'police-inspection', afterTitle: true },
  { w: 'Bảo hiểm xã hội', grammar: 'head' },
  { w: 'Tòa án', grammar: 'head', row: 'court', afterTitle: true },
  { w: 'Viện kiểm sát', grammar: 'head', row: 'procuracy' },
  { w: 'Học viện', grammar: 'head', row: 'agency', afterTitle: true },
  { w: 'Trung tâm', grammar: 'head', row: 'agency', afterTitle: true, collective: true },
  { w: 'Thông tấn xã', grammar: 'head' },
  { w: 'Tập đoàn', grammar: 'head', row: 'enterprise', afterTitle: true, collective: true },
  { w: 'Tổng công ty', grammar: 'head', row: 'enterprise', afterTitle: true, collective: true },
  { w: 'Công ty', grammar: 'head', row: 'enterprise', afterTitle: true, collective: true },
  { w: 'Hiệp hội', grammar: 'head', row: 'association', afterTitle: true, collective: true },
  { w: 'Liên minh', grammar: 'head', row: 'association', afterTitle: true },
  { w: 'Liên đoàn', grammar: 'head', row: 'association', afterTitle: true },
  { w: 'Đảng ủy', grammar: 'head', row: 'party', afterTitle: true, collective: true },
  { w: 'Tỉnh ủy', grammar: 'head', row: 'party', afterTitle: true, collective: true },
  { w: 'Thành ủy', grammar: 'head', row: 'party', afterTitle: true, collective: true },
  { w: 'Thường trực', grammar: 'head', afterTitle: true },
  { w: 'Quân khu', grammar: 'head', afterTitle: true, collective: true },
  { w: 'Kho bạc', grammar: 'head', row: 'agency', afterTitle: true },
  { w: 'Mặt trận', grammar: 'head', row: 'front', afterTitle: true },
  { w: 'Nhà đầu tư', grammar: 'head', collective: true },
  { w: 'Chủ đầu tư', grammar: 'head', collective: true },
  { w: 'Cảng vụ', grammar: 'head', row: 'agency', afterTitle: true },
  { w: 'Thuế tỉnh', grammar: 'head' },
  { w: 'Thuế thành phố', grammar: 'head' },
  { w: 'Thống kê tỉnh', grammar: 'head' },
  { w: 'Thống kê thành phố', grammar: 'head' },
  { w: 'Cơ quan', grammar: 'head', afterTitle: true, collective: true },
  { w: 'Đơn vị', grammar: 'head', afterTitle: true, collective: true },
  { w: 'Tổ chức, cá nhân', grammar: 'head' },
  { w: 'Tổ chức và cá nhân', grammar: 'head' },
  { w: 'Đảng đoàn', grammar: 'head', row: 'party', afterTitle: true },
  { w: 'Ban cán sự đảng', grammar: 'head', row: 'party' },
  { w: 'Ban Cán sự đảng', grammar: 'head' },
  { w: 'Thanh tra', grammar: 'cap', row: 'police-inspection', afterTitle: true },
  { w: 'Kiểm toán', grammar: 'cap', row: 'audit', afterTitle: true },
  { w: 'Thống kê', grammar: 'cap', row: 'agency', afterTitle: true },
  { w: 'Báo', grammar: 'cap', row: 'media', afterTitle: true, collective: true },
  { w: 'Trường', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Phòng', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Hội', grammar: 'cap', row: 'association', afterTitle: true, collective: true },
  { w: 'Đoàn', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Tỉnh', grammar: 'cap', collective: true },
  { w: 'Thành phố', grammar: 'cap', collective: true },
  { w: 'Kiểm lâm', grammar: 'cap', row: 'agency' },
  { w: 'Trạm', grammar: 'cap', collective: true },
  { w: 'Bệnh viện', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Bộ', grammar: 'cap', row: 'ministry', afterTitle: true, collective: true },
  { w: 'Ban', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Vụ', grammar: 'cap', row: 'central-agency', afterTitle: true, collective: true },
  { w: 'Viện', grammar: 'cap', row: 'agency', afterTitle: true },
  { w: 'Đài', grammar: 'cap', row: 'media', afterTitle: true, collective: true },
  { w: 'Ngân hàng', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Quỹ', grammar: 'cap', row: 'agency' },
  { w: 'Đảng bộ', row: 'party', collective: true },
  { w: 'Huyện ủy', row: 'party', afterTitle: true },
  { w: 'Quận ủy', row: 'party' },
  { w: 'Thị ủy', row: 'party' },
  { w: 'Chi bộ', row: 'party', collective: true },
  { w: 'Cấp ủy', row: 'party', afterTitle: true, collective: true },
  { w: 'Thường trực Tỉnh ủy', row: 'party' },
  { w: 'Thường trực Thành ủy', row: 'party' },
  { w: 'Ban Chấp hành', row: 'party' },
  { w: 'Quân ủy', row: 'party' },
  { w: 'Ủy ban Mặt trận', row: 'front' },
  { w: 'Bộ đội', row: 'military' },
  { w: 'Doanh nghiệp', row: 'enterprise', afterTitle: true, collective: true },
  { w: 'Hợp tác xã', row: 'enterprise', afterTitle: true },
  { w: 'Nhà máy', row: 'enterprise' },
  { w: 'Tạp chí', row: 'media' },
  { w: 'Thông tấn', row: 'media', afterTitle: true },
  { w: 'Cổng Thông tin', row: 'media' },
  { w: 'Truyền hình', row: 'media' },
  { w: 'Phát thanh', row: 'media' },
  { w: 'Nhà xuất bản', row: 'media' },
  { w: 'Hội đồng', row: 'agency', afterTitle: true, collective: true },
  { w: 'Đại học', row: 'agency', afterTitle: true },
  { w: 'Bảo hiểm', row: 'agency', afterTitle: true },
  { w: 'Tổ công tác', row: 'agency', afterTitle: true },
  { w: 'Tổ chức', row: 'agency', afterTitle: true, collective: true },
  // "Chi nhánh Văn phòng đăng ký đất đai", "Chi nhánh Ngân hàng Chính sách xã hội": a branch of a named body.
  { w: 'Chi nhánh', grammar: 'cap', row: 'agency', afterTitle: true, collective: true },
  { w: 'Hải quan', row: 'agency', afterTitle: true },
  { w: 'Thuế', row: 'agency', afterTitle: true },
  { w: 'Liên hiệp', row: 'association', afterTitle: true },
  { w: 'Câu lạc bộ', row: 'association' },
  { w: 'Tổng hội', row: 'association' },
  { w: 'các', afterTitle: true },
  { w: 'những', afterTitle: true },
  { w: 'ngành', afterTitle: true, collective: true },
  { w: 'địa phương', afterTitle: true, collective: true },
  { w: 'ban cán sự', afterTitle: true },
  { w: 'tổng liên đoàn', afterTitle: true },
  { w: 'quốc hội', afterTitle: true },
  { w: 'lực lượng', afterTitle: true, collective: true },
  { w: 'bcđ', afterTitle: true },
  { w: 'trung ương đoàn', afterTitle: true },
  { w: 'mttq', afterTitle: true },
  { w: 'vpcp', afterTitle: true },
  { w: 'nhnn', afterTitle: true },
  { w: 'kbnn', afterTitle: true },
  { w: 'chính quyền', afterTitle: true },
  { w: 'xã', collective: true },
  { w: 'phường', collective: true },
  { w: 'cấp', collective: true },
  { w: 'nhà thầu', collective: true },
  { w: 'cá nhân', collective: true },
  { w: 'chủ rừng', collective: true },
  { w: 'thành viên', collective: true },
  { w: 'chủ thể', collective: true },
  { w: 'cơ sở', collective: true },
  { w: 'đồng chí', collective: true },
  { w: 'đoàn thể', collective: true },
  { w: 'bên mời thầu', collective: true },
  { w: 'chủ tịch', collective: true },
  { w: 'giám đốc', collective: true },
  { w: 'thủ trưởng', collective: true },
  { w: 'người đứng đầu', collective: true },
  { w: 'thôn', collective: true },
  { w: 'tổ dân phố', collective: true },
  { w: 'ấp', collective: true },
  { w: 'bản', collective: true },
  { w: 'khu phố', collective: true },
  { w: 'tổ chức đảng', collective: true },
  { w: 'tổ chức cơ sở đảng', collective: true },
];

/** Words that begin the name of a public body (HEAD_WORDS, grammar 'head'). Used to tell "Bộ Tài chính,
 * Bộ Y tế" (two bodies) from "Bộ Văn hóa, Thể thao và Du lịch" (one). */
export const BODY_HEADS: string[] = HEAD_WORDS.filter((h) => h.grammar === 'head').map((h) => h.w);
/** Head words that are also common nouns or verbs ("Báo cáo", "Trường hợp", "Thanh tra việc …"): they
 * begin a body only when a capitalised word follows (HEAD_WORDS, grammar 'cap'). */
export const CAP_HEADS: string[] = HEAD_WORDS.filter((h) => h.grammar === 'cap').map((h) => h.w);
/** Nouns that make "các X" a collective body (HEAD_WORDS, collective). */
export const COLLECTIVE_NOUNS: string[] = HEAD_WORDS.filter((h) => h.collective).map((h) => h.w.toLowerCase());
/** What may follow a title for it to stand for a body (HEAD_WORDS, afterTitle). */
export const TITLE_FOLLOWERS: string[] = HEAD_WORDS.filter((h) => h.afterTitle).map((h) => h.w.toLowerCase());



/** Heads one list can share: "các Bộ: Xây dựng, Y tế" → Bộ Xây dựng, Bộ Y tế. The first three are also
 * written in lower case ("các sở: Tài chính, Xây dựng"). */
export const SHARED_HEADS: string[] = ['Bộ', 'Sở', 'Cục', 'Vụ', 'Ban', 'Tổng cục', 'Tập đoàn', 'Tổng công ty'];
export const SHARED_HEADS_LOWER: string[] = ['bộ', 'sở', 'cục'];

/** Titles that stand for the body they lead: "Bộ trưởng Bộ Nội vụ" → "Bộ Nội vụ". */
export const TITLES: string[] = [
  'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Cục trưởng', 'Vụ trưởng', 'Tổng Cục trưởng', 'Trưởng ban', 'Trưởng Ban', 'Bí thư', 'Phó Bí thư',
  'Tổng Giám đốc', 'Người đứng đầu', 'Lãnh đạo', 'Chủ nhiệm', 'Hiệu trưởng', 'Chỉ huy trưởng', 'Tư lệnh', 'Ủy viên',
  'Trưởng',
];

/** Titles that stand for the body they head, as the gazetteer engine reads them (case-insensitive,
 * "phó" allowed before): `next` restricts what may follow (`Tổng` only before two bodies). The subject
 * grammar reads TITLES above and every entry here without a restriction. */
export const TITLE_HEADS: ReadonlyArray<readonly [title: string, next?: RegExp]> = [
  ['Tổng Giám đốc'], ['Giám đốc'], ['Bộ trưởng'], ['Thứ trưởng'], ['Thủ trưởng'],
  ['Chủ tịch'], ['Bí thư'], ['Chánh án'], ['Chánh', /^(?:Văn phòng|Thanh tra)/iu],
  ['Tổng', /^(?:Kiểm toán Nhà nước|Thanh tra Chính phủ)/iu],
  ['Tổng cục trưởng'], ['Chi cục trưởng'], ['Cục trưởng'], ['Vụ trưởng'], ['Viện trưởng'], ['Hiệu trưởng'],
  ['Chủ nhiệm'], ['Thống đốc'], ['Tư lệnh'], ['Chỉ huy trưởng'], ['Trưởng'], ['Ủy viên'],
  ['Lãnh đạo'], ['Người đứng đầu'], ['Đại diện'], ['Tổng Thư ký'],
];

/** Titles that name one body on their own, with no body written after them: "Thống đốc chỉ đạo …" is
 * the State Bank, "Tổng Kiểm toán nhà nước …" the State Audit (matched case-insensitively, whole words). */
export const TITLE_BODIES: ReadonlyArray<readonly [title: string, body: string]> = [
  ['Tổng Kiểm toán Nhà nước', 'Kiểm toán Nhà nước'],
  ['Tổng Thanh tra Chính phủ', 'Thanh tra Chính phủ'],
  // heads the Office of the National Assembly (Tổng Thư ký Quốc hội – Chủ nhiệm Văn phòng Quốc hội)
  ['Tổng Thư ký Quốc hội', 'Văn phòng Quốc hội'],
  ['Thống đốc Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam'],
  ['Thống đốc', 'Ngân hàng Nhà nước Việt Nam'],
];

/** Titles whose last word is the head of the body they lead, written once: "Trưởng Ban Chỉ đạo tỉnh"
 * is the head of "Ban Chỉ đạo tỉnh", "Phó Trưởng phòng Tổ chức" of "Phòng Tổ chức". */
export const TITLE_OF_HEAD: ReadonlyArray<readonly [title: string, head: string]> = [
  ['Trưởng ban', 'Ban'], ['Trưởng Ban', 'Ban'], ['Trưởng phòng', 'Phòng'], ['Trưởng Phòng', 'Phòng'],
  ['Trưởng đoàn', 'Đoàn'], ['Trưởng Đoàn', 'Đoàn'],
];

/** The members of a body, named as a group: "Thành viên Ban Chỉ đạo …" stays as written (the members,
 * not the committee). */
export const MEMBER_TITLES: string[] = ['Thành viên'];

/** Verbs of a conclusion or an opinion that end the name of a known body even where they are not
 * assignment verbs: "Bộ Chính trị cơ bản nhất trí …", "Ban Bí thư đồng ý …". */
export const STATEMENT_VERBS: string[] = [
  'cơ bản', 'nhất trí', 'đồng ý', 'ghi nhận', 'hoan nghênh', 'đánh giá cao', 'chấp thuận', 'biểu dương', 'đề nghị',
];


/** Common nouns that open with a collective noun of HEAD_WORDS: "các báo cáo" are reports, not the
 * newspapers ("các báo"); "các trường hợp" are cases, "các cơ sở dữ liệu" databases. */
export const NOT_COLLECTIVE: string[] = [
  'báo cáo', 'ban hành', 'bản đồ', 'bản án', 'phòng chống', 'phòng, chống', 'phòng ngừa', 'trường hợp', 'đoàn kết',
  'hội nghị', 'hội thảo', 'hội viên', 'vụ việc', 'vụ án', 'cơ sở dữ liệu', 'cấp phép', 'cấp độ', 'đơn vị hành chính', 'đơn vị tính',
];

/** Fixed title sequences of Vietnamese government and what they stand for. */
export const TITLE_PHRASES: [RegExp, string][] = [
  // "(Các) Bộ trưởng, Thủ trưởng cơ quan ngang bộ, (Thủ trưởng) cơ quan thuộc Chính phủ" — all ministers and agency heads
  // `(?=[cb])` (the first letter of every match) lets V8 skip ahead instead of running the lookbehind at
  // every position: about 2× faster on long text, same matches.
  [/(?=[cb])(?<=^|,\s*)(?:các(?:\s+đồng chí)?\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ,\s*(?:Thủ trưởng\s+)?cơ quan thuộc Chính phủ/iu, 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
  [/(?=[cb])(?<=^|,\s*)(?:các(?:\s+đồng chí)?\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ/iu, 'Các bộ, cơ quan ngang bộ'],
  [/^Bộ trưởng các Bộ(?![\p{L}])(?!\s*:)/u, 'Các bộ'],
];

/** Abbreviations written inside names, spelled out case-sensitively at word boundaries, in this order
 * (whole-name abbreviations such as `BNV` or `ACV` are aliases in the gazetteer). Sectors first, as
 * written in Sở/Bộ names. */
export const SECTOR_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['KH&CN', 'Khoa học và Công nghệ'], ['KHCN', 'Khoa học và Công nghệ'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'], ['GDĐT', 'Giáo dục và Đào tạo'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'], ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH, TT&DL', 'Văn hóa, Thể thao và Du lịch'], ['VHTTDL', 'Văn hóa, Thể thao và Du lịch'],
  ['VH&TT', 'Văn hóa và Thể thao'],
  ['NN&MT', 'Nông nghiệp và Môi trường'], ['NNMT', 'Nông nghiệp và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'], ['NNPTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['TN&MT', 'Tài nguyên và Môi trường'], ['TNMT', 'Tài nguyên và Môi trường'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'], ['KHĐT', 'Kế hoạch và Đầu tư'],
  ['GTVT', 'Giao thông vận tải'],
  ['TT&TT', 'Thông tin và Truyền thông'], ['TTTT', 'Thông tin và Truyền thông'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'], ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Lao động - Thương binh và Xã hội'],
  ['DT&TG', 'Dân tộc và Tôn giáo'], ['DTTG', 'Dân tộc và Tôn giáo'],
  ['QH-KT', 'Quy hoạch - Kiến trúc'],
  ['KHXH', 'Khoa học xã hội'],
];

/** Abbreviations of bodies and parts of names. */
export const NAME_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['UBMTTQVN', 'Ủy ban Mặt trận Tổ quốc Việt Nam'], ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQVN', 'Mặt trận Tổ quốc Việt Nam'], ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân'],
  ['BCĐTW', 'Ban Chỉ đạo Trung ương'], ['BCĐTƯ', 'Ban Chỉ đạo Trung ương'], ['BCĐ', 'Ban Chỉ đạo'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự'], ['CHQS', 'Chỉ huy Quân sự'], ['BĐBP', 'Bộ đội Biên phòng'],
  ['BCH', 'Ban Chấp hành'], ['BTV', 'Ban Thường vụ'], ['UBKT', 'Ủy ban Kiểm tra'],
  ['ĐBQH', 'đại biểu Quốc hội'],
  ['VPCP', 'Văn phòng Chính phủ'], ['TTgCP', 'Thủ tướng Chính phủ'], ['PTTg', 'Phó Thủ tướng'],
  ['TTg', 'Thủ tướng'],
  ['NHNN', 'Ngân hàng Nhà nước'], ['NHCSXH', 'Ngân hàng Chính sách xã hội'],
  ['BHXH', 'Bảo hiểm xã hội'], ['KBNN', 'Kho bạc Nhà nước'], ['KTNN', 'Kiểm toán Nhà nước'],
  ['TAND', 'Tòa án nhân dân'], ['VKSND', 'Viện kiểm sát nhân dân'],
  ['BQLDA', 'Ban Quản lý dự án'], ['QLDA', 'Quản lý dự án'], ['BQL', 'Ban Quản lý'],
  ['KKT', 'Khu kinh tế'], ['KCN', 'khu công nghiệp'], ['HTX', 'Hợp tác xã'],
  ['LHPN', 'Liên hiệp Phụ nữ'], ['CCB', 'Cựu chiến binh'], ['TNCS', 'Thanh niên Cộng sản'],
  ['LĐLĐ', 'Liên đoàn Lao động'], ['TTĐT', 'Thông tin điện tử'],
  ['TW', 'Trung ương'], ['TƯ', 'Trung ương'],
];

/** `Sở TC`, `Bộ CA`: two-letter codes that only mean a sector right after Sở/Bộ. */
export const SECTOR_CODES: Record<string, string> = {
  TC: 'Tài chính', XD: 'Xây dựng', NV: 'Nội vụ', YT: 'Y tế', CT: 'Công Thương', TP: 'Tư pháp',
  CA: 'Công an', QP: 'Quốc phòng', NG: 'Ngoại giao',
};
