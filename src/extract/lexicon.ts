// The words of assignment, as data. A domain expert adds an entry here, not in the engine.

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
  'phụ trách', 'điều hành', 'phản ánh', 'phản hồi', 'liên hệ', 'cụ thể hóa', 'nắm', 'chỉ định', 'tập huấn', 'bồi dưỡng', 'đào tạo',
  'thu thập', 'đối khớp', 'đối chiếu', 'chỉnh lý', 'đưa', 'bảo quản', 'giữ gìn', 'có ý kiến', 'cho ý kiến', 'góp ý', 'lấy ý kiến', 'chú trọng', 'tiết kiệm', 'làm mới', 'tận dụng', 'khai thác', 'mở rộng', 'đa dạng hóa', 'ổn định', 'bảo vệ', 'phòng ngừa', 'ngăn chặn',
  'rà soát', 'hỗ trợ', 'tìm kiếm', 'cứu nạn', 'sơ tán', 'di dời', 'tiếp tế', 'cấp phát', 'phân bổ', 'giải ngân', 'thu hồi',
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

/** Titles that stand for the body they lead: "Bộ trưởng Bộ Nội vụ" → "Bộ Nội vụ". */
export const TITLES: string[] = [
  'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Cục trưởng', 'Vụ trưởng', 'Tổng Cục trưởng', 'Trưởng ban', 'Trưởng Ban', 'Bí thư', 'Phó Bí thư',
  'Tổng Giám đốc', 'Người đứng đầu', 'Lãnh đạo', 'Chủ nhiệm', 'Hiệu trưởng', 'Chỉ huy trưởng', 'Tư lệnh', 'Ủy viên',
  'Trưởng',
];

/** Section headings that describe rather than assign: nothing under them is an obligation. */
export const DESCRIPTIVE_HEADING = /^(?:Về\s+)?(?:đánh giá|kết quả|tình hình|Đánh giá|Kết quả|Tình hình)|TÌNH HÌNH|ĐÁNH GIÁ|KẾT QUẢ|TỒN TẠI|HẠN CHẾ|NGUYÊN NHÂN|MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM|BỐI CẢNH|SỰ CẦN THIẾT|PHẠM VI|ĐỐI TƯỢNG|GIẢI THÍCH|QUY ĐỊNH CHUNG|KINH PHÍ|NGUỒN VỐN|Phạm vi|Đối tượng|Giải thích|Mục đích|Mục tiêu|Kinh phí|Nguồn kinh phí/u;
/** …unless they also assign. */
export const DIRECTIVE_HEADING = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|YÊU CẦU|ĐỐI VỚI|PHÂN CÔNG|Trách nhiệm|Nhiệm vụ|Tổ chức thực hiện|Phân công/u;
/** Headings of task sections where an item without a named body falls to the issuer (a Kế hoạch's own tasks). */
export const TASK_HEADING = /NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG/u;

/** Openers of text that is not an assignment. */
export const NOT_OBLIGATION = /^(?:Được (?:phép|quyền|hưởng|ưu tiên)|[^.;]{0,80}?(?:xin\s+)?thông báo (?:để|cho|ý kiến|kết luận)|Căn cứ|Dự họp|Cùng dự|Có mặt|Chủ trì (?:cuộc họp|buổi làm việc|hội nghị)|Thực hiện (?:Nghị quyết|Kết luận|Chỉ thị|Công văn|Kế hoạch|Quyết định|Thông báo|ý kiến|chỉ đạo)|Trên cơ sở (?:thảo luận|ý kiến|đề nghị|kết quả|báo cáo)|Theo đề nghị|Xét đề nghị|Tham dự|Sau khi nghe|Ghi nhận|Chính phủ thống nhất đánh giá|Hội nghị|Đây là)/u;

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
  // #11 perf: `(?=[cb])` (the first letter of every match) lets V8 skip ahead instead of running the
  // lookbehind at every position: about 2× faster on long text, same matches. startsWithBody still searches the
  // whole rest of a clause with these (quadratic on one-line documents): bounded windows are #8's.
  [/(?=[cb])(?<=^|,\s*)(?:các đồng chí\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ,\s*(?:Thủ trưởng\s+)?cơ quan thuộc Chính phủ/iu, 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'],
  [/(?=[cb])(?<=^|,\s*)(?:các đồng chí\s+)?Bộ trưởng(?:\s+các\s+Bộ)?,\s*Thủ trưởng (?:các\s+)?cơ quan ngang bộ/iu, 'Các bộ, cơ quan ngang bộ'],
  [/^Bộ trưởng các Bộ(?![\p{L}])(?!\s*:)/u, 'Các bộ'],
];
