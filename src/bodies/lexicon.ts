// The one lexicon of bodies: the words that begin a body's name, the titles that stand for a body,
// the collective nouns, the cues that hand a body a task and the predicate words that end a subject.
// The subject grammar (grammar.ts), the gazetteer engine (canonical.ts) and the extractor all read
// these lists; a domain expert adds an entry here, not in an engine.

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

/** Words that begin the name of a public body. Used to tell "Bộ Tài chính, Bộ Y tế" (two bodies)
 * from "Bộ Văn hóa, Thể thao và Du lịch" (one). Longest first where they share a prefix. */
export const BODY_HEADS: string[] = [
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Ủy ban Kiểm tra', 'Ủy ban Trung ương', 'Ủy ban',
  'Thủ tướng Chính phủ', 'Phó Thủ tướng', 'Thủ tướng', 'Chính phủ', 'Văn phòng', 'Bộ Chỉ huy', 'Bộ Tư lệnh',
  'Sở', 'Ban Quản lý', 'Ban Chỉ đạo', 'Ban Thường vụ', 'Tổng cục', 'Cục', 'Chi cục', 'Công an',
  'Bảo hiểm xã hội', 'Tòa án', 'Viện kiểm sát', 'Học viện', 'Trung tâm', 'Thông tấn xã',
  'Tập đoàn', 'Tổng công ty', 'Công ty', 'Hiệp hội', 'Liên minh', 'Liên đoàn', 'Đảng ủy', 'Tỉnh ủy', 'Thành ủy',
  'Thường trực', 'Quân khu', 'Kho bạc', 'Mặt trận', 'Nhà đầu tư', 'Chủ đầu tư', 'Cảng vụ', 'Thuế tỉnh', 'Thuế thành phố',
  'Thống kê tỉnh', 'Thống kê thành phố', 'Cơ quan', 'Đơn vị', 'Tổ chức, cá nhân', 'Tổ chức và cá nhân',
  'Đảng đoàn', 'Ban cán sự đảng', 'Ban Cán sự đảng',
];

/** Head words that are also common nouns or verbs ("Báo cáo", "Trường hợp", "Thanh tra việc …"):
 * they begin a body only when a capitalised word follows ("Thanh tra Chính phủ", "Hội Nông dân"). */
export const CAP_HEADS: string[] = [
  'Thanh tra', 'Kiểm toán', 'Thống kê', 'Báo', 'Trường', 'Phòng', 'Hội', 'Đoàn', 'Tỉnh', 'Thành phố', 'Kiểm lâm', 'Trạm', 'Bệnh viện',
  // "Bộ tiêu chí", "Ban hành", "Vụ việc", "Viện dẫn": a body only before a capital ("Bộ Y tế", "Ban Tuyên giáo").
  'Bộ', 'Ban', 'Vụ', 'Viện', 'Đài', 'Ngân hàng', 'Quỹ',
];

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

/** Nouns that make "các X" a collective body ("các bộ, ngành", "các chủ đầu tư", "các Sở Xây dựng"). */
export const COLLECTIVE_NOUNS: string[] = [
  'bộ', 'ngành', 'địa phương', 'cơ quan', 'đơn vị', 'sở', 'ban', 'tỉnh', 'thành phố', 'xã', 'phường', 'cấp',
  'chủ đầu tư', 'nhà đầu tư', 'nhà thầu', 'doanh nghiệp', 'tổ chức', 'cá nhân', 'hội', 'hiệp hội', 'tập đoàn',
  'tổng công ty', 'công ty', 'văn phòng', 'đảng ủy', 'tỉnh ủy', 'thành ủy', 'cục', 'vụ', 'chủ rừng', 'thành viên',
  'chủ thể', 'trường', 'cơ sở', 'lực lượng', 'đồng chí', 'ủy ban', 'đoàn thể', 'bên mời thầu', 'chi cục', 'phòng',
  'trung tâm', 'ban quản lý', 'chủ tịch', 'giám đốc', 'thủ trưởng', 'người đứng đầu', 'quân khu', 'đài', 'báo',
  'thôn', 'tổ dân phố', 'ấp', 'bản', 'khu phố', 'cấp ủy', 'ngân hàng', 'bệnh viện', 'trạm', 'chi bộ', 'đảng bộ',
  'tổ chức đảng', 'tổ chức cơ sở đảng', 'ban chỉ đạo', 'hội đồng', 'đoàn',
];

/** Fixed title sequences of Vietnamese government and what they stand for. */
export const TITLE_PHRASES: [RegExp, string][] = [
  // "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, (Thủ trưởng) cơ quan thuộc Chính phủ" — all ministers and agency heads
  [/(?<=^|,\s*)(?:các đồng chí\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ,\s*(?:Thủ trưởng\s+)?cơ quan thuộc Chính phủ/iu, 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
  [/(?<=^|,\s*)(?:các đồng chí\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ/iu, 'Các bộ, cơ quan ngang bộ'],
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
