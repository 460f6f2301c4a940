// Table of hand-written sentences (and small documents) with the obligations nhiemvu must extract:
// lead bodies, support bodies, reportTo bodies and, on some rows, the deadline date.
// Expected values follow the Vietnamese grammar and /work/shared/gold/ANNOTATION.md (canonical
// names: NFC, modern tone marks, shared heads expanded, a title stands for its body, a collective
// stays one body) — not what the program prints.
//
// Semantics of a row (see roles.test.ts):
// - `expect` lists the obligations in document order; [] means the text holds none.
// - `lead` is compared as a set; `support` and `reportTo` too, an omitted one meaning "none".
// - `deadline` omitted = not checked; null = no deadline; 'YYYY-MM-DD' = deadline.date.
// Reference date for relative deadlines: 2025-09-01.

export interface ExpectedObligation {
  lead: string[];
  support?: string[];
  reportTo?: string[];
  deadline?: string | null;
}

export interface Row {
  text: string;
  expect: ExpectedObligation[];
}

const TTG = 'Thủ tướng Chính phủ';
const UBND_TINH = 'Ủy ban nhân dân tỉnh';

export const SENTENCES: Row[] = [
  // ───────────── A. Central: ministries, Government, Prime Minister ─────────────
  {
    text: 'Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ đề xuất cơ chế đặc thù đối với dự án đường sắt Lào Cai - Hà Nội - Hải Phòng, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.',
    expect: [{ lead: ['Bộ Xây dựng'], support: ['Bộ Tài chính'], reportTo: [TTG], deadline: '2025-11-30' }],
  },
  {
    text: 'Giao Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương xử lý dứt điểm các vướng mắc trong công tác thu hồi đất, giao đất, cho thuê đất.',
    expect: [{ lead: ['Bộ Nông nghiệp và Môi trường'] }],
  },
  {
    text: 'Giao Bộ Công an chủ trì, phối hợp chặt chẽ với Bộ Quốc phòng và Ủy ban nhân dân các tỉnh biên giới triển khai đồng bộ các biện pháp ngăn chặn buôn lậu, gian lận thương mại qua biên giới.',
    expect: [{ lead: ['Bộ Công an'], support: ['Bộ Quốc phòng', 'Ủy ban nhân dân các tỉnh biên giới'] }],
  },
  {
    text: 'Bộ Y tế có trách nhiệm hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai thanh toán viện phí không dùng tiền mặt.',
    expect: [{ lead: ['Bộ Y tế'] }],
  },
  {
    text: 'Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo Mặt trận các cấp vận động nhân dân ủng hộ đồng bào bị thiệt hại do bão lũ.',
    expect: [{ lead: ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'] }],
  },
  {
    text: 'Yêu cầu Bộ Tài chính khẩn trương thẩm định phương án phân bổ kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030, trình Chính phủ trong tháng 10 năm 2025.',
    expect: [{ lead: ['Bộ Tài chính'], reportTo: ['Chính phủ'], deadline: '2025-10-31' }],
  },
  {
    text: 'Bộ Khoa học và Công nghệ khẩn trương hoàn thiện dự thảo Nghị định quy định chi tiết một số điều của Luật Công nghiệp công nghệ số, trình Chính phủ trước ngày 31/12/2025.',
    expect: [{ lead: ['Bộ Khoa học và Công nghệ'], reportTo: ['Chính phủ'], deadline: '2025-12-31' }],
  },
  {
    text: 'Các Bộ: Tài chính, Công Thương rà soát, sửa đổi các quy định về kiểm tra chuyên ngành đối với hàng hóa xuất khẩu, nhập khẩu.',
    expect: [{ lead: ['Bộ Tài chính', 'Bộ Công Thương'] }],
  },
  {
    text: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chỉ đạo rà soát, cắt giảm ít nhất 30% thủ tục hành chính liên quan đến hoạt động kinh doanh thuộc phạm vi quản lý.',
    expect: [{ lead: ['Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ'] }],
  },
  {
    text: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo lực lượng quản lý thị trường tăng cường kiểm tra an toàn thực phẩm trong dịp Tết Trung thu.',
    expect: [{ lead: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] }],
  },
  {
    text: 'Các bộ, ngành, địa phương tập trung đẩy mạnh giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao trong năm 2025.',
    expect: [{ lead: ['Các bộ, ngành, địa phương'], deadline: '2025-12-31' }],
  },
  {
    text: 'Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện, kịp thời báo cáo Thủ tướng Chính phủ những vấn đề vượt thẩm quyền.',
    expect: [{ lead: ['Văn phòng Chính phủ'], reportTo: [TTG], deadline: null }],
  },
  {
    text: 'Thanh tra Chính phủ chủ trì, phối hợp với Bộ Nội vụ, Bộ Tư pháp tổng kết việc thi hành Luật Tiếp công dân, báo cáo Chính phủ trong quý IV năm 2025.',
    expect: [{ lead: ['Thanh tra Chính phủ'], support: ['Bộ Nội vụ', 'Bộ Tư pháp'], reportTo: ['Chính phủ'], deadline: '2025-12-31' }],
  },
  {
    text: 'Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng tiếp tục tiết giảm chi phí hoạt động để hạ lãi suất cho vay đối với các lĩnh vực ưu tiên.',
    expect: [{ lead: ['Ngân hàng Nhà nước Việt Nam'] }],
  },
  {
    text: 'Giao Bộ Giáo dục và Đào tạo chủ trì xây dựng Đề án phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi, trình Thủ tướng Chính phủ trong tháng 12 năm 2025.',
    expect: [{ lead: ['Bộ Giáo dục và Đào tạo'], reportTo: [TTG], deadline: '2025-12-31' }],
  },
  {
    text: 'Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Ngoại giao tổ chức các chương trình quảng bá du lịch Việt Nam tại thị trường châu Âu.',
    expect: [{ lead: ['Bộ Văn hóa, Thể thao và Du lịch'], support: ['Bộ Ngoại giao'] }],
  },
  {
    text: 'Bộ Quốc phòng, Bộ Công an rà soát nhu cầu sử dụng đất quốc phòng, an ninh tại các địa phương sau sắp xếp đơn vị hành chính.',
    expect: [{ lead: ['Bộ Quốc phòng', 'Bộ Công an'] }],
  },
  {
    text: 'Đối với Bộ Tài chính, cần sớm hoàn thiện hướng dẫn cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập.',
    expect: [{ lead: ['Bộ Tài chính'] }],
  },
  {
    text: 'Bộ trưởng Bộ Nội vụ chỉ đạo hoàn thành việc sắp xếp, kiện toàn các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh trước ngày 30/9/2025.',
    expect: [{ lead: ['Bộ Nội vụ'], deadline: '2025-09-30' }],
  },
  {
    text: 'Thủ tướng Chính phủ yêu cầu Bộ Công Thương bảo đảm cung ứng đủ điện cho sản xuất, kinh doanh và tiêu dùng của nhân dân trong mùa khô năm 2026.',
    expect: [{ lead: ['Bộ Công Thương'] }],
  },
  {
    // "các bộ, ngành, địa phương" is the object of "hướng dẫn", not a support body
    text: 'Bộ Tài chính hướng dẫn các bộ, ngành, địa phương lập dự toán ngân sách nhà nước năm 2026, hoàn thành trước ngày 15/9/2025.',
    expect: [{ lead: ['Bộ Tài chính'], deadline: '2025-09-15' }],
  },
  {
    text: 'Các bộ, ngành, địa phương gửi báo cáo kết quả thực hiện về Bộ Tài chính trước ngày 20/11/2025 để tổng hợp.',
    expect: [{ lead: ['Các bộ, ngành, địa phương'], reportTo: ['Bộ Tài chính'], deadline: '2025-11-20' }],
  },
  {
    text: 'Bộ Tư pháp chủ trì, phối hợp với Văn phòng Chính phủ và các cơ quan liên quan rà soát các văn bản quy phạm pháp luật có nội dung chồng chéo, mâu thuẫn.',
    expect: [{ lead: ['Bộ Tư pháp'], support: ['Văn phòng Chính phủ', 'Các cơ quan liên quan'] }],
  },
  {
    // "ý kiến của các bộ, ngành, địa phương" is an object, not support
    text: 'Giao Bộ Nội vụ chủ trì tổng hợp ý kiến của các bộ, ngành, địa phương về dự thảo Đề án, báo cáo Ban Chỉ đạo Trung ương trước ngày 10/10/2025.',
    expect: [{ lead: ['Bộ Nội vụ'], reportTo: ['Ban Chỉ đạo Trung ương'], deadline: '2025-10-10' }],
  },
  {
    text: 'Đề nghị các cơ quan báo chí tăng cường thông tin, tuyên truyền về các chủ trương, chính sách mới của Đảng và Nhà nước.',
    expect: [{ lead: ['Các cơ quan báo chí'] }],
  },
  {
    text: 'Các tập đoàn, tổng công ty nhà nước đẩy mạnh đầu tư vào các dự án hạ tầng chiến lược, quy mô lớn.',
    expect: [{ lead: ['Các tập đoàn, tổng công ty nhà nước'] }],
  },
  {
    text: 'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành phố ven biển chỉ đạo chủ tàu cá lắp đặt thiết bị giám sát hành trình, hoàn thành trong tháng 9 năm 2025.',
    expect: [{ lead: ['Bộ Nông nghiệp và Môi trường'], support: ['Ủy ban nhân dân các tỉnh, thành phố ven biển'], deadline: '2025-09-30' }],
  },
  {
    text: 'Giao Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam xây dựng kịch bản điều hành chính sách tài khóa, tiền tệ năm 2026, báo cáo Chính phủ tại phiên họp thường kỳ tháng 10 năm 2025.',
    expect: [{ lead: ['Bộ Tài chính'], support: ['Ngân hàng Nhà nước Việt Nam'], reportTo: ['Chính phủ'] }],
  },
  {
    text: 'Bộ Tài chính báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 25/12/2025.',
    expect: [{ lead: ['Bộ Tài chính'], reportTo: [TTG], deadline: '2025-12-25' }],
  },
  {
    text: 'Cục Đường bộ Việt Nam chủ trì, phối hợp với Sở Xây dựng các địa phương khắc phục ngay các điểm sạt lở trên quốc lộ, bảo đảm giao thông thông suốt.',
    expect: [{ lead: ['Cục Đường bộ Việt Nam'], support: ['Sở Xây dựng các địa phương'] }],
  },
  {
    text: 'Các Bộ: Y tế, Giáo dục và Đào tạo phối hợp với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương triển khai Chương trình sữa học đường.',
    expect: [{ lead: ['Bộ Y tế', 'Bộ Giáo dục và Đào tạo'], support: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] }],
  },
  {
    text: 'Bộ Công Thương, Bộ Nông nghiệp và Môi trường theo chức năng, nhiệm vụ được giao hướng dẫn doanh nghiệp đáp ứng quy định về truy xuất nguồn gốc hàng hóa xuất khẩu.',
    expect: [{ lead: ['Bộ Công Thương', 'Bộ Nông nghiệp và Môi trường'] }],
  },
  {
    text: 'Giao UBND tỉnh Đồng Tháp chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường xây dựng Đề án phát triển vùng nguyên liệu lúa chất lượng cao, trình Thủ tướng Chính phủ trong quý I năm 2026.',
    expect: [{ lead: ['Ủy ban nhân dân tỉnh Đồng Tháp'], support: ['Bộ Nông nghiệp và Môi trường'], reportTo: [TTG], deadline: '2026-03-31' }],
  },

  // ───────────── B. Two explicit leads in one paragraph → two obligations ─────────────
  {
    text: 'Bộ Tài chính hoàn thiện dự thảo Nghị định về quản lý nợ công, trình Chính phủ trong năm 2025. Bộ Tư pháp khẩn trương thẩm định dự thảo Nghị định ngay sau khi nhận đủ hồ sơ.',
    expect: [
      { lead: ['Bộ Tài chính'], reportTo: ['Chính phủ'], deadline: '2025-12-31' },
      { lead: ['Bộ Tư pháp'], deadline: null },
    ],
  },
  {
    text: 'Sở Giáo dục và Đào tạo hoàn thành rà soát mạng lưới trường, lớp học trước ngày 15/11/2025. Sở Nội vụ chủ trì thẩm định phương án bố trí biên chế giáo viên.',
    expect: [
      { lead: ['Sở Giáo dục và Đào tạo'], deadline: '2025-11-15' },
      { lead: ['Sở Nội vụ'], deadline: null },
    ],
  },
  {
    text: 'Ủy ban nhân dân tỉnh Gia Lai khẩn trương bàn giao mặt bằng sạch cho nhà đầu tư trong tháng 10 năm 2025. Tổng công ty Điện lực miền Trung di dời đường dây trung thế ra khỏi phạm vi dự án.',
    expect: [
      { lead: ['Ủy ban nhân dân tỉnh Gia Lai'], deadline: '2025-10-31' },
      { lead: ['Tổng công ty Điện lực miền Trung'], deadline: null },
    ],
  },

  // ───────────── C. Provinces: UBND tỉnh, Sở, Ban Quản lý ─────────────
  {
    text: 'Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường kiểm tra hiện trạng sạt lở bờ sông, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/9/2025.',
    expect: [{ lead: ['Sở Nông nghiệp và Môi trường'], support: ['Ủy ban nhân dân các xã, phường'], reportTo: [UBND_TINH], deadline: '2025-09-20' }],
  },
  {
    text: 'Sở Xây dựng có trách nhiệm hướng dẫn các chủ đầu tư thực hiện đúng quy định về quản lý chất lượng công trình xây dựng.',
    expect: [{ lead: ['Sở Xây dựng'] }],
  },
  {
    text: 'Giám đốc Sở Y tế chỉ đạo các bệnh viện tuyến tỉnh bảo đảm đủ thuốc, vật tư y tế phục vụ khám bệnh, chữa bệnh.',
    expect: [{ lead: ['Sở Y tế'] }],
  },
  {
    text: 'Chủ tịch Ủy ban nhân dân các xã, phường tổ chức kiểm tra, xử lý nghiêm các trường hợp vi phạm trật tự xây dựng trên địa bàn.',
    expect: [{ lead: ['Ủy ban nhân dân các xã, phường'] }],
  },
  {
    text: 'Sở KH&CN chủ trì, phối hợp với Sở Nội vụ triển khai nền tảng số dùng chung của tỉnh.',
    expect: [{ lead: ['Sở Khoa học và Công nghệ'], support: ['Sở Nội vụ'] }],
  },
  {
    text: 'Uỷ ban nhân dân các xã, phường, đặc khu khẩn trương hoàn thành việc cập nhật dữ liệu đất đai vào cơ sở dữ liệu quốc gia.',
    expect: [{ lead: ['Ủy ban nhân dân các xã, phường, đặc khu'] }],
  },
  {
    text: 'Các tỉnh Gia Lai, Đắk Lắk chủ động phương án sơ tán dân ra khỏi khu vực có nguy cơ sạt lở đất.',
    expect: [{ lead: ['Tỉnh Gia Lai', 'Tỉnh Đắk Lắk'] }],
  },
  {
    text: 'Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh, trật tự trong thời gian diễn ra Đại hội đại biểu Đảng bộ tỉnh.',
    expect: [{ lead: ['Công an tỉnh'], support: ['Bộ Chỉ huy Quân sự tỉnh'] }],
  },
  {
    text: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương hoàn thiện hồ sơ quyết toán dự án hoàn thành, gửi về Sở Tài chính trước ngày 31/10/2025.',
    expect: [{ lead: ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh'], reportTo: ['Sở Tài chính'], deadline: '2025-10-31' }],
  },
  {
    text: 'Các sở, ban, ngành tỉnh theo chức năng, nhiệm vụ được giao tổ chức triển khai thực hiện Kế hoạch này.',
    expect: [{ lead: ['Các sở, ban, ngành tỉnh'] }],
  },
  {
    text: 'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức chi thường xuyên của các cơ quan, đơn vị, trình Ủy ban nhân dân tỉnh trước ngày 15/10/2025.',
    expect: [{ lead: ['Sở Tài chính'], support: ['Sở Nội vụ'], reportTo: [UBND_TINH], deadline: '2025-10-15' }],
  },
  {
    text: 'Giao Sở Công Thương chủ trì, phối hợp với Công an tỉnh và Thuế tỉnh kiểm tra hoạt động kinh doanh xăng dầu trên địa bàn.',
    expect: [{ lead: ['Sở Công Thương'], support: ['Công an tỉnh', 'Thuế tỉnh'] }],
  },
  {
    text: 'Sở Văn hoá, Thể thao và Du lịch chủ trì tổ chức Tuần lễ Văn hoá - Du lịch của tỉnh, hoàn thành trong quý IV/2025.',
    expect: [{ lead: ['Sở Văn hóa, Thể thao và Du lịch'], deadline: '2025-12-31' }],
  },
  {
    text: 'Giao Sở Dân tộc và Tôn giáo phối hợp với Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số rà soát đối tượng thụ hưởng chính sách.',
    expect: [{ lead: ['Sở Dân tộc và Tôn giáo'], support: ['Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số'] }],
  },
  {
    text: 'Ủy ban nhân dân tỉnh Lâm Đồng chỉ đạo các lực lượng chức năng kiểm soát chặt chẽ hoạt động khai thác khoáng sản trái phép.',
    expect: [{ lead: ['Ủy ban nhân dân tỉnh Lâm Đồng'] }],
  },
  {
    text: 'UBND tỉnh Quảng Ngãi chủ trì, phối hợp với Bộ Xây dựng hoàn thành công tác giải phóng mặt bằng dự án đường cao tốc trước ngày 31/12/2025.',
    expect: [{ lead: ['Ủy ban nhân dân tỉnh Quảng Ngãi'], support: ['Bộ Xây dựng'], deadline: '2025-12-31' }],
  },
  {
    text: 'Giám đốc các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường tăng cường kiểm tra, giám sát việc thực hiện các dự án đầu tư công thuộc lĩnh vực quản lý.',
    expect: [{ lead: ['Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường'] }],
  },
  {
    text: 'Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm tổ chức thực hiện Chỉ thị này.',
    expect: [{ lead: ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'] }],
  },
  {
    text: 'Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thi tuyển công chức năm 2025, báo cáo kết quả về Ủy ban nhân dân tỉnh.',
    expect: [{ lead: ['Sở Nội vụ'], support: ['Các cơ quan, đơn vị liên quan'], reportTo: [UBND_TINH] }],
  },
  {
    text: 'Đối với Ủy ban nhân dân các phường, cần tập trung chỉnh trang đô thị, xử lý dứt điểm tình trạng lấn chiếm vỉa hè, lòng đường.',
    expect: [{ lead: ['Ủy ban nhân dân các phường'] }],
  },
  {
    text: 'Yêu cầu Giám đốc Công an tỉnh chỉ đạo lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát, xử lý vi phạm nồng độ cồn.',
    expect: [{ lead: ['Công an tỉnh'] }],
  },
  {
    text: 'Sở Y tế phối hợp chặt chẽ với Sở Giáo dục và Đào tạo triển khai công tác y tế trường học, phòng, chống dịch bệnh trong trường học.',
    expect: [{ lead: ['Sở Y tế'], support: ['Sở Giáo dục và Đào tạo'] }],
  },
  {
    // "Ủy ban nhân dân các xã, phường" is the object of "hướng dẫn"
    text: 'Sở Nội vụ hướng dẫn Ủy ban nhân dân các xã, phường xây dựng đề án vị trí việc làm, hoàn thành trước ngày 31/10/2025.',
    expect: [{ lead: ['Sở Nội vụ'], deadline: '2025-10-31' }],
  },
  {
    text: 'UBND các xã, phường căn cứ tình hình thực tế chủ động bố trí kinh phí thực hiện.',
    expect: [{ lead: ['Ủy ban nhân dân các xã, phường'] }],
  },
  {
    text: 'Sở GD&ĐT chủ trì, phối hợp với Sở Y tế tổ chức kiểm tra bếp ăn bán trú tại các trường học.',
    expect: [{ lead: ['Sở Giáo dục và Đào tạo'], support: ['Sở Y tế'] }],
  },
  {
    text: 'Chủ tịch Ủy ban nhân dân tỉnh giao Giám đốc Sở Tài chính chịu trách nhiệm tổng hợp, cân đối nguồn vốn cho các dự án trọng điểm.',
    expect: [{ lead: ['Sở Tài chính'] }],
  },

  // ───────────── D. Communes, wards ─────────────
  {
    text: 'Ủy ban nhân dân xã Tân Phú chủ trì, phối hợp với Công an xã tổ chức cưỡng chế các công trình vi phạm trật tự xây dựng.',
    expect: [{ lead: ['Ủy ban nhân dân xã Tân Phú'], support: ['Công an xã'] }],
  },
  {
    text: 'Giao Phòng Kinh tế phối hợp với Ban Quản lý chợ rà soát, sắp xếp lại các hộ kinh doanh tại chợ trung tâm xã.',
    expect: [{ lead: ['Phòng Kinh tế'], support: ['Ban Quản lý chợ'] }],
  },
  {
    text: 'Công an phường Bến Thành chủ trì, phối hợp với Ban Chỉ huy quân sự phường tăng cường tuần tra, bảo đảm an ninh trật tự trên địa bàn.',
    expect: [{ lead: ['Công an phường Bến Thành'], support: ['Ban Chỉ huy quân sự phường'] }],
  },
  {
    text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với các đoàn thể vận động nhân dân hiến đất làm đường giao thông nông thôn.',
    expect: [{ lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], support: ['Các đoàn thể'] }],
  },
  {
    text: 'Giao Phòng Văn hóa - Xã hội phường chủ trì, phối hợp với Trung tâm Phục vụ hành chính công phường hướng dẫn người dân thực hiện dịch vụ công trực tuyến.',
    expect: [{ lead: ['Phòng Văn hóa - Xã hội phường'], support: ['Trung tâm Phục vụ hành chính công phường'] }],
  },
  {
    // the body reported to is not a lead
    text: 'Ủy ban nhân dân phường Hải Châu báo cáo Ủy ban nhân dân thành phố Đà Nẵng kết quả xử lý trước ngày 30/9/2025.',
    expect: [{ lead: ['Ủy ban nhân dân phường Hải Châu'], reportTo: ['Ủy ban nhân dân thành phố Đà Nẵng'], deadline: '2025-09-30' }],
  },
  {
    text: 'Ban Chỉ huy quân sự xã phối hợp với Công an xã và các thôn chuẩn bị lực lượng, phương tiện ứng cứu khi có mưa lũ.',
    expect: [{ lead: ['Ban Chỉ huy quân sự xã'], support: ['Công an xã', 'Các thôn'] }],
  },
  {
    text: 'Đồng chí Bí thư Đảng ủy xã trực tiếp chỉ đạo công tác chuẩn bị Đại hội đại biểu Đảng bộ xã.',
    expect: [{ lead: ['Đảng ủy xã'] }],
  },

  // ───────────── E. Party committees ─────────────
  {
    text: 'Đề nghị Đảng ủy các xã, phường lãnh đạo, chỉ đạo tổ chức thành công Đại hội đại biểu Đảng bộ nhiệm kỳ 2025 - 2030.',
    expect: [{ lead: ['Đảng ủy các xã, phường'] }],
  },
  {
    text: 'Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn công tác tuyên truyền trước, trong và sau Đại hội.',
    expect: [{ lead: ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], support: ['Ban Tổ chức Tỉnh ủy'] }],
  },
  {
    text: 'Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.',
    expect: [{ lead: ['Văn phòng Tỉnh ủy'], reportTo: ['Ban Thường vụ Tỉnh ủy'] }],
  },
  {
    text: 'Giao Ban Cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo xây dựng Đề án phát triển kinh tế tư nhân của tỉnh, trình Ban Thường vụ Tỉnh ủy trong quý IV/2025.',
    expect: [{ lead: ['Ban Cán sự đảng Ủy ban nhân dân tỉnh'], reportTo: ['Ban Thường vụ Tỉnh ủy'], deadline: '2025-12-31' }],
  },
  {
    text: 'Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Nội chính Tỉnh ủy kiểm tra việc thực hiện các kết luận sau thanh tra.',
    expect: [{ lead: ['Ủy ban Kiểm tra Tỉnh ủy'], support: ['Ban Nội chính Tỉnh ủy'] }],
  },
  {
    text: 'Các Đảng ủy trực thuộc Đảng ủy Chính phủ lãnh đạo, chỉ đạo việc nghiên cứu, học tập, quán triệt Nghị quyết, hoàn thành trong tháng 11 năm 2025.',
    expect: [{ lead: ['Các Đảng ủy trực thuộc Đảng ủy Chính phủ'], deadline: '2025-11-30' }],
  },
  {
    text: 'Ban Tổ chức Trung ương chủ trì, phối hợp với Văn phòng Trung ương Đảng hướng dẫn quy trình giới thiệu nhân sự cấp ủy khóa mới.',
    expect: [{ lead: ['Ban Tổ chức Trung ương'], support: ['Văn phòng Trung ương Đảng'] }],
  },
  {
    text: 'Đảng ủy phường Ba Đình chỉ đạo rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030, báo cáo Ban Thường vụ Thành ủy.',
    expect: [{ lead: ['Đảng ủy phường Ba Đình'], reportTo: ['Ban Thường vụ Thành ủy'] }],
  },

  // ───────────── F. Enterprises and other organisations ─────────────
  {
    text: 'Tập đoàn Điện lực Việt Nam bảo đảm tiến độ đóng điện đường dây 500 kV Lào Cai - Vĩnh Yên trước ngày 30/6/2026.',
    expect: [{ lead: ['Tập đoàn Điện lực Việt Nam'], deadline: '2026-06-30' }],
  },
  {
    text: 'Giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam phối hợp với Bộ Công Thương bảo đảm nguồn cung xăng dầu cho thị trường trong nước.',
    expect: [{ lead: ['Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam'], support: ['Bộ Công Thương'] }],
  },
  {
    text: 'Tổng công ty Đường sắt Việt Nam chủ trì, phối hợp với Cục Đường sắt Việt Nam khắc phục sự cố sạt lở trên tuyến đường sắt Bắc - Nam.',
    expect: [{ lead: ['Tổng công ty Đường sắt Việt Nam'], support: ['Cục Đường sắt Việt Nam'] }],
  },
  {
    text: 'Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh vận hành các hồ chứa bảo đảm an toàn, báo cáo Sở Nông nghiệp và Môi trường diễn biến mực nước hồ.',
    expect: [{ lead: ['Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh'], reportTo: ['Sở Nông nghiệp và Môi trường'] }],
  },
  {
    text: 'Đề nghị Tổng công ty Cảng hàng không Việt Nam đẩy nhanh tiến độ thi công nhà ga hành khách Cảng hàng không quốc tế Long Thành, hoàn thành trong quý II năm 2026.',
    expect: [{ lead: ['Tổng công ty Cảng hàng không Việt Nam'], deadline: '2026-06-30' }],
  },
  {
    text: 'Tập đoàn Công nghiệp - Viễn thông Quân đội chủ trì, phối hợp với các doanh nghiệp viễn thông bảo đảm thông tin liên lạc thông suốt trong mùa mưa bão.',
    expect: [{ lead: ['Tập đoàn Công nghiệp - Viễn thông Quân đội'], support: ['Các doanh nghiệp viễn thông'] }],
  },
  {
    text: 'Ngân hàng Chính sách xã hội có trách nhiệm bố trí đủ nguồn vốn cho vay hỗ trợ nhà ở xã hội.',
    expect: [{ lead: ['Ngân hàng Chính sách xã hội'] }],
  },
  {
    text: 'Các chủ đầu tư, nhà thầu thi công khẩn trương huy động nhân lực, thiết bị, tổ chức thi công "3 ca, 4 kíp" để bù lại tiến độ.',
    expect: [{ lead: ['Các chủ đầu tư, nhà thầu thi công'] }],
  },
  {
    text: 'Hiệp hội Doanh nghiệp tỉnh phối hợp với Sở Tài chính tổ chức đối thoại với doanh nghiệp về thủ tục đầu tư.',
    expect: [{ lead: ['Hiệp hội Doanh nghiệp tỉnh'], support: ['Sở Tài chính'] }],
  },
  {
    text: 'Ban Quản lý Dự án 85 khẩn trương hoàn thành thi công mặt đường, bảo đảm thông xe kỹ thuật tuyến cao tốc trước ngày 19/12/2025.',
    expect: [{ lead: ['Ban Quản lý Dự án 85'], deadline: '2025-12-19' }],
  },

  // ───────────── G. Inherited leads: headings, task lists, preambles ─────────────
  {
    text: '1. Ủy ban nhân dân các xã, phường:\n\n- Rà soát, thống kê các hộ gia đình có nhà ở bị hư hỏng do mưa lũ.\n\n- Tổ chức hỗ trợ kịp thời cho các hộ bị thiệt hại, hoàn thành trước ngày 30/9/2025.',
    expect: [
      { lead: ['Ủy ban nhân dân các xã, phường'], deadline: null },
      { lead: ['Ủy ban nhân dân các xã, phường'], deadline: '2025-09-30' },
    ],
  },
  {
    text: 'I. ĐỐI VỚI CÁC BỘ, NGÀNH\n\n1. Khẩn trương rà soát, bãi bỏ các điều kiện kinh doanh không còn phù hợp.\n\n2. Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.',
    expect: [{ lead: ['Các bộ, ngành'] }, { lead: ['Các bộ, ngành'] }],
  },
  {
    text: 'II. ĐỐI VỚI CÁC ĐỊA PHƯƠNG\n\n1. Tập trung chỉ đạo thu hoạch lúa vụ Hè Thu, bảo đảm tiến độ gieo cấy vụ Thu Đông.\n\n2. Chủ động phương án phòng, chống hạn hán, xâm nhập mặn mùa khô 2025 - 2026.',
    expect: [{ lead: ['Các địa phương'] }, { lead: ['Các địa phương'] }],
  },
  {
    text: 'Để chủ động ứng phó với mưa lớn, lũ quét, Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh:\n\n1. Tăng cường kiểm tra, rà soát các khu vực có nguy cơ sạt lở đất.\n\n2. Chuẩn bị đầy đủ lực lượng, phương tiện, vật tư ứng cứu.',
    expect: [{ lead: ['Các sở, ban, ngành tỉnh'] }, { lead: ['Các sở, ban, ngành tỉnh'] }],
  },
  {
    text: '2. Sở Tài chính:\n\na) Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh năm 2026.\n\nb) Hướng dẫn các đơn vị thanh toán, quyết toán kinh phí theo quy định.',
    expect: [{ lead: ['Sở Tài chính'] }, { lead: ['Sở Tài chính'] }],
  },
  {
    // a topic heading is not an obligation; its children are
    text: '3. Về công tác quy hoạch, đất đai:\n\na) Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương điều chỉnh quy hoạch sử dụng đất cấp tỉnh.\n\nb) Bộ Xây dựng hướng dẫn lập quy hoạch chung đô thị sau sắp xếp đơn vị hành chính.',
    expect: [{ lead: ['Bộ Nông nghiệp và Môi trường'] }, { lead: ['Bộ Xây dựng'] }],
  },
  {
    text: '4. Sở Y tế:\n\na) Chủ trì, phối hợp với Sở Tài chính xây dựng giá dịch vụ khám bệnh, chữa bệnh.\n\nb) Hướng dẫn các cơ sở y tế triển khai bệnh án điện tử, hoàn thành trong năm 2025.',
    expect: [
      { lead: ['Sở Y tế'], support: ['Sở Tài chính'], deadline: null },
      { lead: ['Sở Y tế'], deadline: '2025-12-31' },
    ],
  },
  {
    text: 'III. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch này.\n\n2. Ủy ban nhân dân các xã, phường, đặc khu căn cứ Kế hoạch này xây dựng kế hoạch của địa phương, gửi về Sở Công Thương trước ngày 30/10/2025 để tổng hợp.',
    expect: [
      { lead: ['Sở Công Thương'], support: ['Các sở, ngành liên quan'] },
      { lead: ['Ủy ban nhân dân các xã, phường, đặc khu'], reportTo: ['Sở Công Thương'], deadline: '2025-10-30' },
    ],
  },
  {
    text: '1. Ủy ban nhân dân các tỉnh Sơn La, Lai Châu, Điện Biên:\n\na) Chỉ đạo di dời các hộ dân ra khỏi vùng nguy hiểm.\n\nb) Bảo đảm lương thực, nước uống cho người dân bị ảnh hưởng.',
    expect: [
      { lead: ['Ủy ban nhân dân tỉnh Sơn La', 'Ủy ban nhân dân tỉnh Lai Châu', 'Ủy ban nhân dân tỉnh Điện Biên'] },
      { lead: ['Ủy ban nhân dân tỉnh Sơn La', 'Ủy ban nhân dân tỉnh Lai Châu', 'Ủy ban nhân dân tỉnh Điện Biên'] },
    ],
  },
  {
    text: '5. Tập đoàn Điện lực Việt Nam:\n\n- Bảo đảm vận hành an toàn hệ thống điện quốc gia.\n\n- Khẩn trương khôi phục cấp điện cho các khu vực bị ảnh hưởng bởi bão.',
    expect: [{ lead: ['Tập đoàn Điện lực Việt Nam'] }, { lead: ['Tập đoàn Điện lực Việt Nam'] }],
  },
  {
    // a dash that names its own body overrides the heading's body
    text: '1. Ủy ban nhân dân các xã, phường:\n\n- Kiểm tra, gia cố hệ thống đê bao, bờ bao.\n\n- Công an xã, phường tăng cường tuần tra, bảo vệ tài sản của người dân tại khu vực sơ tán.',
    expect: [{ lead: ['Ủy ban nhân dân các xã, phường'] }, { lead: ['Công an xã, phường'] }],
  },

  // ───────────── H. Not obligations: must produce nothing ─────────────
  { text: 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;', expect: [] },
  { text: 'Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân tỉnh về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội;', expect: [] },
  { text: 'Trong 8 tháng đầu năm 2025, tổng vốn đầu tư công giải ngân đạt 46,3% kế hoạch, cao hơn cùng kỳ năm trước.', expect: [] },
  { text: 'Chính phủ thống nhất đánh giá công tác phòng, chống thiên tai thời gian qua đã đạt nhiều kết quả tích cực.', expect: [] },
  { text: 'Tuy nhiên, tiến độ triển khai một số dự án trọng điểm còn chậm, công tác giải phóng mặt bằng còn nhiều vướng mắc.', expect: [] },
  { text: 'Tham dự cuộc họp có đại diện lãnh đạo các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường và Văn phòng Chính phủ.', expect: [] },
  { text: 'Kết quả kiểm tra cho thấy nhiều cơ sở kinh doanh chưa chấp hành đúng quy định về niêm yết giá.', expect: [] },
  // fixed (was a known gap)
  {
    text: 'Bộ Ngoại giao chủ trì, cùng Bộ Công Thương chuẩn bị nội dung làm việc với các đối tác thương mại lớn.',
    expect: [{ lead: ['Bộ Ngoại giao'], support: ['Bộ Công Thương'] }],
  },
  // fixed (was a known gap)
  {
    // three co-leads that coordinate with each other: no support body
    text: 'Bộ Ngoại giao, Bộ Quốc phòng và Bộ Công an phối hợp chặt chẽ trong công tác bảo hộ công dân Việt Nam ở nước ngoài.',
    expect: [{ lead: ['Bộ Ngoại giao', 'Bộ Quốc phòng', 'Bộ Công an'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Bộ Ngoại giao hướng dẫn các bộ, ngành, địa phương chuẩn bị công tác đón tiếp các đoàn khách quốc tế dự Hội nghị cấp cao APEC năm 2027.',
    expect: [{ lead: ['Bộ Ngoại giao'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Các tổ chức chính trị - xã hội các cấp tăng cường tuyên truyền, vận động đoàn viên, hội viên chấp hành nghiêm pháp luật về trật tự, an toàn giao thông.',
    expect: [{ lead: ['Các tổ chức chính trị - xã hội các cấp'] }],
  },
  // fixed (was a known gap)
  {
    // the issuer (UBND tỉnh) assigns; it is neither lead nor reportTo
    text: 'UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án mua sắm tập trung thuốc năm 2026.',
    expect: [{ lead: ['Sở Y tế'], support: ['Sở Tài chính'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát việc thực hiện chính sách hỗ trợ người dân.',
    expect: [{ lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Các tổ chức chính trị - xã hội tỉnh'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Giao Thuế tỉnh phối hợp với Sở Tài chính đôn đốc thu hồi nợ đọng thuế, bảo đảm hoàn thành dự toán thu ngân sách nhà nước được giao.',
    expect: [{ lead: ['Thuế tỉnh'], support: ['Sở Tài chính'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân xã trước ngày 25 hằng tháng.',
    expect: [{ lead: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'], reportTo: ['Ủy ban nhân dân xã'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Trạm Y tế xã có trách nhiệm tổ chức tiêm chủng mở rộng cho trẻ em dưới 1 tuổi trên địa bàn.',
    expect: [{ lead: ['Trạm Y tế xã'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Các thôn, tổ dân phố tuyên truyền, vận động nhân dân thực hiện phân loại rác thải tại nguồn.',
    expect: [{ lead: ['Các thôn, tổ dân phố'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm túc Chỉ thị này, báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15/12/2025.',
    expect: [{ lead: ['Các cấp ủy, tổ chức đảng'], reportTo: ['Ban Thường vụ Tỉnh ủy'], deadline: '2025-12-15' }],
  },
  // fixed (was a known gap)
  {
    text: 'Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ: Công Thương, Tài chính và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n\n1. Tăng cường kiểm soát giá cả, thị trường các mặt hàng thiết yếu.\n\n2. Xử lý nghiêm các hành vi đầu cơ, găm hàng, tăng giá bất hợp lý.',
    expect: [
      { lead: ['Bộ Công Thương', 'Bộ Tài chính', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] },
      { lead: ['Bộ Công Thương', 'Bộ Tài chính', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] },
    ],
  },
  // fixed (was a known gap)
  {
    text: 'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, cơ quan, đơn vị:\n\n1. Quán triệt sâu sắc nội dung Chỉ thị đến toàn thể cán bộ, đảng viên.\n\n2. Xây dựng kế hoạch thực hiện, hoàn thành trong tháng 10 năm 2025.',
    expect: [
      { lead: ['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị'], deadline: null },
      { lead: ['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị'], deadline: '2025-10-31' },
    ],
  },
  // fixed (was a known gap)
  { text: 'Bộ Nội vụ đã ban hành Thông tư hướng dẫn chức năng, nhiệm vụ của các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp xã.', expect: [] },
  // fixed (was a known gap)
  { text: 'Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.', expect: [] },
  // fixed (was a known gap)
  { text: 'Ủy ban nhân dân tỉnh thông báo để các sở, ban, ngành, địa phương biết, thực hiện.', expect: [] },
  // fixed (was a known gap)
  { text: 'Năm 2024, Sở Y tế đã phối hợp với các bệnh viện tổ chức khám sàng lọc miễn phí cho hơn 20.000 người cao tuổi.', expect: [] },
  // fixed (was a known gap)
  { text: 'Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về xây dựng.', expect: [] },
  // fixed (was a known gap)
  {
    text: 'Ban Quản lý các khu công nghiệp tỉnh hướng dẫn doanh nghiệp trong khu công nghiệp thực hiện quy định về bảo vệ môi trường, gửi báo cáo về Sở Nông nghiệp và Môi trường trước ngày 05 hằng tháng.',
    expect: [{ lead: ['Ban Quản lý các khu công nghiệp tỉnh'], reportTo: ['Sở Nông nghiệp và Môi trường'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Các cơ quan, đơn vị gửi dự thảo văn bản quy phạm pháp luật về Sở Tư pháp để thẩm định.',
    expect: [{ lead: ['Các cơ quan, đơn vị'], reportTo: ['Sở Tư pháp'] }],
  },
  // fixed (was a known gap)
  {
    text: 'Đề nghị Ban Thường vụ các Đảng ủy trực thuộc tổ chức sơ kết 6 tháng thực hiện Nghị quyết, gửi báo cáo về Đảng ủy Chính phủ trước ngày 10/10/2025.',
    expect: [{ lead: ['Ban Thường vụ các Đảng ủy trực thuộc'], reportTo: ['Đảng ủy Chính phủ'], deadline: '2025-10-10' }],
  },
  // fixed (was a known gap)
  {
    text: 'Đề nghị các tỉnh ủy, thành ủy trực thuộc Trung ương lãnh đạo việc tổng kết thực hiện Nghị quyết, gửi báo cáo về Ban Tổ chức Trung ương trước ngày 30/10/2025.',
    expect: [{ lead: ['Các tỉnh ủy, thành ủy trực thuộc Trung ương'], reportTo: ['Ban Tổ chức Trung ương'], deadline: '2025-10-30' }],
  },
  // fixed (was a known gap)
  {
    // the issuing ministry addresses the provinces and is only the reportTo body
    text: 'Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n\n1. Chỉ đạo rà soát số lượng cán bộ, công chức cấp xã dôi dư sau sắp xếp.\n\n2. Gửi báo cáo về Bộ Nội vụ trước ngày 15/10/2025.',
    expect: [
      { lead: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], deadline: null },
      { lead: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], reportTo: ['Bộ Nội vụ'], deadline: '2025-10-15' },
    ],
  },
  // fixed (was a known gap)
  {
    text: 'Sở Xây dựng các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa kiểm tra an toàn các công trình đang thi công trong mùa mưa bão.',
    expect: [{ lead: ['Sở Xây dựng Gia Lai', 'Sở Xây dựng Đắk Lắk', 'Sở Xây dựng Khánh Hòa'] }],
  },
  // two recurring due dates in one clause: two duties, cut at the "và" between them;
  // recurrences carry no single date (the kind is checked in test/deadline)
  {
    text: 'Sở Tài chính tổng hợp kết quả thực hiện định kỳ 6 tháng trước ngày 15 tháng 7 và tổng kết hằng năm trước ngày 20 tháng 01 hằng năm, báo cáo Ủy ban nhân dân tỉnh.',
    expect: [
      { lead: ['Sở Tài chính'], deadline: null },
      { lead: ['Sở Tài chính'], reportTo: ['Ủy ban nhân dân tỉnh'], deadline: null },
    ],
  },
];

/** Rows nhiemvu gets wrong today (tested with it.fails). Each says what goes wrong. */
export const KNOWN_GAPS: Row[] = [
  // shared head `Sở Xây dựng các tỉnh: A, B, C` (no `, thành phố`) is not expanded → one body 'Sở Xây dựng các tỉnh: Gia Lai, Đắk Lắk, Khánh Hòa'
];
