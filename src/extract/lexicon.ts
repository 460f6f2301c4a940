// The words of assignment, as data. A domain expert adds an entry here, not in the engine. The
// words of bodies (heads, titles, collectives, cues, action words) are in ../bodies/lexicon.ts, the
// one lexicon that the subject grammar, the gazetteer and the extractor share.
export { ACTION_WORDS, ASSIGN_CUES, OPENING_CUES, BODY_HEADS, CAP_HEADS, TITLES, COLLECTIVE_NOUNS, TITLE_PHRASES } from '../bodies/lexicon.js';

/** Section headings that describe rather than assign: nothing under them is an obligation. A regulation's
 * "QUY ĐỊNH CHUNG" chapter is not one: its articles are judged by their own titles (scope, definitions,
 * principles close; an article that charges a body does not). The status of
 * things ("Hiện trạng"), a campaign's theme ("Chủ đề thi đua"), the resources of a plan ("Nguồn lực và …"), an agency's position and structure ("Vị trí và chức năng", "Cơ cấu tổ chức") and a
 * list of projects ("Danh mục các dự án …", not a list of tasks) describe; so do a campaign's criteria and
 * quotas ("Tiêu chí thi đua", "Hình thức khen thưởng"), a plan's targets ("Chỉ tiêu chủ
 * yếu đến năm 2030") and forecasts ("Dự báo tình hình …"): targets are not tasks (ANNOTATION). */
export const DESCRIPTIVE_HEADING = /^(?:Về\s+)?(?:đánh giá|kết quả|tình hình|Đánh giá|Kết quả|Tình hình)|TÌNH HÌNH|ĐÁNH GIÁ|KẾT QUẢ|TỒN TẠI|HẠN CHẾ|NGUYÊN NHÂN|MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM|BỐI CẢNH|SỰ CẦN THIẾT|PHẠM VI|ĐỐI TƯỢNG|GIẢI THÍCH|KINH PHÍ|NGUỒN VỐN|Phạm vi|Đối tượng|Giải thích|Mục đích|Mục tiêu|Kinh phí|Nguồn kinh phí|^(?:Hiện trạng|Thực trạng|Chủ đề|Nguồn lực|Vị trí|Cơ cấu tổ chức|HIỆN TRẠNG|THỰC TRẠNG|CHỦ ĐỀ|NGUỒN LỰC|VỊ TRÍ|CƠ CẤU TỔ CHỨC|Tiêu chí|Chỉ tiêu|CHỈ TIÊU|Dự báo|DỰ BÁO|Hình thức khen thưởng)(?![\p{L}])|^(?:Danh mục|DANH MỤC)(?![\p{L}])(?![^:]{0,80}(?:nhiệm vụ|NHIỆM VỤ|công việc|giải pháp|hoạt động))/u;
/** …unless they also assign. */
export const DIRECTIVE_HEADING = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|YÊU CẦU|ĐỐI VỚI|PHÂN CÔNG|Trách nhiệm|Nhiệm vụ|Tổ chức thực hiện|Phân công/u;
/** Headings of task sections where an item without a named body falls to the issuer (a Kế hoạch's own tasks). */
export const TASK_HEADING = /NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG/u;

/** Openers of text that is not an assignment. */
export const NOT_OBLIGATION = /^(?:Được (?:phép|quyền|hưởng|ưu tiên)|[^.;]{0,80}?(?:xin\s+)?thông báo (?:để|cho|ý kiến|kết luận)|Căn cứ|Dự họp|Cùng dự|Có mặt|Chủ trì (?:cuộc họp|buổi làm việc|hội nghị)|Thực hiện (?:Nghị quyết|Kết luận|Chỉ thị|Công văn|Kế hoạch|Quyết định|Thông báo|ý kiến|chỉ đạo)|Trên cơ sở (?:thảo luận|ý kiến|đề nghị|kết quả|báo cáo)|Theo đề nghị|Xét đề nghị|Tham dự|Sau khi nghe|Ghi nhận|Chính phủ thống nhất đánh giá|Hội nghị|Đây là)/u;


/** The words a noun phrase opens with in administrative writing (classifiers, quantifiers and the
 * common nominal heads). The test for a verb-first clause is open-class: a sentence under a task
 * heading that opens with none of these, nor a body, a date or a figure, opens with its verb
 * ("Lắp đặt camera …", "Sơn lại vạch kẻ đường …"). A closed list of nouns, not a longer list of verbs. */
export const NOUN_OPENERS = [
  'các', 'những', 'mọi', 'mỗi', 'từng', 'toàn bộ', 'tất cả', 'một số', 'một', 'hai', 'ba', 'sự', 'việc', 'cuộc', 'công tác', 'nội dung',
  'kết quả', 'tình hình', 'mục tiêu', 'mục đích', 'yêu cầu', 'đối tượng', 'phạm vi', 'thời gian', 'thời hạn', 'thời điểm', 'địa điểm',
  'địa bàn', 'kinh phí', 'nguồn', 'ngân sách', 'vốn', 'tỷ lệ', 'số lượng', 'số', 'chỉ tiêu', 'hồ sơ', 'văn bản', 'hình thức', 'phương thức',
  'phương pháp', 'nguyên tắc', 'trách nhiệm', 'nhiệm vụ', 'quyền', 'quyền hạn', 'chức năng', 'chế độ', 'chính sách', 'cơ chế', 'hệ thống',
  'chương trình', 'kế hoạch', 'đề án', 'dự án', 'quy chế', 'quy định', 'quy trình', 'luật', 'nghị định', 'nghị quyết', 'thông tư', 'quyết định',
  'thành phần', 'điểm', 'tần suất', 'thông số', 'giai đoạn', 'năm', 'tháng', 'quý', 'tuần', 'ngày', 'bước', 'phần', 'mức', 'giá', 'người',
  'cán bộ', 'công chức', 'doanh nghiệp', 'hộ', 'trường hợp', 'hoạt động', 'điều kiện', 'tiêu chí', 'tiêu chuẩn', 'danh mục', 'danh sách',
  'sản phẩm', 'dữ liệu', 'cơ sở', 'bản tin', 'tài liệu', 'thông tin', 'hợp đồng', 'giấy phép', 'loại', 'mô hình', 'ý kiến', 'biên bản',
  'phương án', 'giải pháp', 'lộ trình', 'quan điểm', 'tầm nhìn', 'lĩnh vực', 'vấn đề', 'tổng', 'tổng số', 'khu vực', 'vùng', 'đơn vị', 'cơ quan',
  'phấn đấu', 'đến', 'từ', 'trong', 'trên', 'dưới', 'theo', 'tại', 'về', 'đối với', 'với', 'nếu', 'khi', 'sau', 'trước', 'để', 'do', 'bởi',
  'tổ', 'đoàn', 'ban', 'hội đồng', 'đây', 'đó', 'này', 'chi phí', 'mức chi', 'tiền', 'lệ phí', 'phí', 'thuế', 'bảng', 'biểu', 'mẫu', 'phụ lục',
  'chất lượng', 'hiệu quả', 'tiến độ', 'đội ngũ', 'lực lượng', 'nhân dân', 'người dân', 'trẻ em', 'học sinh', 'tỉnh', 'thành phố', 'xã', 'phường',
];
