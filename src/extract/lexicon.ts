// The words of assignment, as data. A domain expert adds an entry here, not in the engine. The
// words of bodies (heads, titles, collectives, cues, action words) are in ../bodies/lexicon.ts, the
// one lexicon that the subject grammar, the gazetteer and the extractor share.
export { ACTION_WORDS, ASSIGN_CUES, OPENING_CUES, BODY_HEADS, CAP_HEADS, TITLES, COLLECTIVE_NOUNS, TITLE_PHRASES } from '../bodies/lexicon.js';

/** Section headings that describe rather than assign: nothing under them is an obligation. */
export const DESCRIPTIVE_HEADING = /^(?:Về\s+)?(?:đánh giá|kết quả|tình hình|Đánh giá|Kết quả|Tình hình)|TÌNH HÌNH|ĐÁNH GIÁ|KẾT QUẢ|TỒN TẠI|HẠN CHẾ|NGUYÊN NHÂN|MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM|BỐI CẢNH|SỰ CẦN THIẾT|PHẠM VI|ĐỐI TƯỢNG|GIẢI THÍCH|QUY ĐỊNH CHUNG|KINH PHÍ|NGUỒN VỐN|Phạm vi|Đối tượng|Giải thích|Mục đích|Mục tiêu|Kinh phí|Nguồn kinh phí/u;
/** …unless they also assign. */
export const DIRECTIVE_HEADING = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|YÊU CẦU|ĐỐI VỚI|PHÂN CÔNG|Trách nhiệm|Nhiệm vụ|Tổ chức thực hiện|Phân công/u;
/** Headings of task sections where an item without a named body falls to the issuer (a Kế hoạch's own tasks). */
export const TASK_HEADING = /NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG/u;

/** Openers of text that is not an assignment. */
export const NOT_OBLIGATION = /^(?:Được (?:phép|quyền|hưởng|ưu tiên)|[^.;]{0,80}?(?:xin\s+)?thông báo (?:để|cho|ý kiến|kết luận)|Căn cứ|Dự họp|Cùng dự|Có mặt|Chủ trì (?:cuộc họp|buổi làm việc|hội nghị)|Thực hiện (?:Nghị quyết|Kết luận|Chỉ thị|Công văn|Kế hoạch|Quyết định|Thông báo|ý kiến|chỉ đạo)|Trên cơ sở (?:thảo luận|ý kiến|đề nghị|kết quả|báo cáo)|Theo đề nghị|Xét đề nghị|Tham dự|Sau khi nghe|Ghi nhận|Chính phủ thống nhất đánh giá|Hội nghị|Đây là)/u;

