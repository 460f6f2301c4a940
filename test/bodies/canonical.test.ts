// Table-driven tests of canonicalBody: as written in a document → canonical name, kind, level.
import { describe, expect, test } from 'vitest';
import { canonicalBody, type BodyKind, type BodyLevel } from '../../src/bodies/canonical.js';

type Row = [written: string, name: string, kind: BodyKind | null, level: BodyLevel | null, note?: string];

const CENTRAL: Row[] = [
  ['Chính phủ', 'Chính phủ', 'government', 'central'],
  ['Thủ tướng', 'Thủ tướng Chính phủ', 'person', 'central'],
  ['TTg', 'Thủ tướng Chính phủ', 'person', 'central'],
  ['TTgCP', 'Thủ tướng Chính phủ', 'person', 'central'],
  ['Phó Thủ tướng Trần Hồng Hà', 'Phó Thủ tướng Chính phủ Trần Hồng Hà', 'person', 'central'],
  ['Các đồng chí Phó Thủ tướng Chính phủ', 'Phó Thủ tướng Chính phủ', 'person', 'central'],
  ['Chủ tịch nước', 'Chủ tịch nước', 'person', 'central'],
  ['VPCP', 'Văn phòng Chính phủ', 'ministry', 'central'],
  ['Văn phòng Chính phủ:', 'Văn phòng Chính phủ', 'ministry', 'central'],
  ['Thanh tra Chính phủ', 'Thanh tra Chính phủ', 'ministry', 'central'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam', 'ministry', 'central'],
  ['Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam', 'ministry', 'central'],
  ['Bộ công an', 'Bộ Công an', 'ministry', 'central'],
  ['BNV', 'Bộ Nội vụ', 'ministry', 'central'],
  ['BTC', 'Bộ Tài chính', 'ministry', 'central'],
  ['Bộ Công thương', 'Bộ Công Thương', 'ministry', 'central'],
  ['Bộ Văn hoá, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch', 'ministry', 'central'],
  ['Bộ KH&CN', 'Bộ Khoa học và Công nghệ', 'ministry', 'central'],
  ['Bộ NN&MT', 'Bộ Nông nghiệp và Môi trường', 'ministry', 'central'],
  ['Bộ GD&ĐT', 'Bộ Giáo dục và Đào tạo', 'ministry', 'central'],
  ['Bộ Dân tộc và Tôn giáo', 'Bộ Dân tộc và Tôn giáo', 'ministry', 'central'],
  ['Bộ Quốc phòng.', 'Bộ Quốc phòng', 'ministry', 'central'],
  ['Kiểm toán nhà nước', 'Kiểm toán Nhà nước', 'audit', 'central'],
  ['Tòa án nhân dân tối cao', 'Tòa án nhân dân tối cao', 'court', 'central'],
  ['VKSND tối cao', 'Viện kiểm sát nhân dân tối cao', 'procuracy', 'central'],
  ['Bảo hiểm xã hội Việt Nam', 'Bảo hiểm xã hội Việt Nam', 'agency', 'central'],
  ['Đài Truyền hình Việt Nam', 'Đài Truyền hình Việt Nam', 'media', 'central'],
  ['Đài Tiếng nói Việt Nam', 'Đài Tiếng nói Việt Nam', 'media', 'central'],
  ['Thông tấn xã Việt Nam', 'Thông tấn xã Việt Nam', 'media', 'central'],
  ['Viện Hàn lâm KHXH Việt Nam', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'agency', 'central'],
  ['Viện Hàn lâm KH&CN Việt Nam', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'agency', 'central'],
  ['Cục Đường bộ Việt Nam', 'Cục Đường bộ Việt Nam', 'agency', 'central'],
  ['Cục Kinh tế – Quản lý đầu tư xây dựng', 'Cục Kinh tế - Quản lý đầu tư xây dựng', 'agency', 'central'],
  ['ACV', 'Tổng công ty Cảng hàng không Việt Nam', 'enterprise', 'central'],
  ['Tổng công ty Cảng hàng không Việt Nam (ACV)', 'Tổng công ty Cảng hàng không Việt Nam', 'enterprise', 'central'],
  ['EVN', 'Tập đoàn Điện lực Việt Nam', 'enterprise', 'central'],
  ['Tổng Công ty Đường sắt Việt Nam', 'Tổng công ty Đường sắt Việt Nam', 'enterprise', 'central'],
  ['Tập đoàn Sông Đà', 'Tập đoàn Sông Đà', 'enterprise', null],
  ['Ban QLDA 85', 'Ban Quản lý dự án 85', 'agency', null],
  ['BCĐ', 'Ban Chỉ đạo', 'agency', null],
  ['Quốc hội', 'Quốc hội', 'legislature', 'central'],
  ['Ủy ban Thường vụ Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'legislature', 'central'],
  ['Ủy ban Pháp luật và Tư pháp của Quốc hội', 'Ủy ban Pháp luật và Tư pháp', 'legislature', 'central'],
  ['Ủy ban Trung ương MTTQ Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'front', 'central'],
  ['MTTQ', 'Mặt trận Tổ quốc Việt Nam', 'front', 'central'],
  ['Tổng Liên đoàn Lao động Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam', 'front', 'central'],
  ['Hội Chữ thập đỏ Việt Nam', 'Hội Chữ thập đỏ Việt Nam', 'association', 'central'],
  ['Liên minh Hợp tác xã Việt Nam', 'Liên minh Hợp tác xã Việt Nam', 'association', 'central'],
  ['NHCSXH', 'Ngân hàng Chính sách xã hội', 'agency', 'central'],
];

// A former name is printed as written, with a note naming the body it merged into.
const FORMER: Row[] = [
  ['Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'ministry', 'central', 'merged into Bộ Tài chính (2025)'],
  ['Bộ GTVT', 'Bộ Giao thông vận tải', 'ministry', 'central', 'merged into Bộ Xây dựng (2025)'],
  ['Bộ Tài nguyên và Môi trường', 'Bộ Tài nguyên và Môi trường', 'ministry', 'central', 'merged into Bộ Nông nghiệp và Môi trường (2025)'],
  ['Bộ NN&PTNT', 'Bộ Nông nghiệp và Phát triển nông thôn', 'ministry', 'central', 'merged into Bộ Nông nghiệp và Môi trường (2025)'],
  ['Bộ Thông tin và Truyền thông', 'Bộ Thông tin và Truyền thông', 'ministry', 'central', 'merged into Bộ Khoa học và Công nghệ (2025)'],
  ['Bộ Lao động – Thương binh và Xã hội', 'Bộ Lao động - Thương binh và Xã hội', 'ministry', 'central', 'merged into Bộ Nội vụ (2025)'],
  ['Ủy ban Dân tộc', 'Ủy ban Dân tộc', 'ministry', 'central', 'became Bộ Dân tộc và Tôn giáo (2025)'],
  ['Uỷ ban Quản lý vốn nhà nước tại doanh nghiệp', 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'ministry', 'central', 'Bộ Tài chính'],
  ['Tổng cục Thuế', 'Tổng cục Thuế', 'agency', 'central', 'became Cục Thuế'],
  ['Ủy ban Tư pháp', 'Ủy ban Tư pháp', 'legislature', 'central', 'merged into Ủy ban Pháp luật và Tư pháp (2025)'],
  ['Ban Tuyên giáo Trung ương', 'Ban Tuyên giáo Trung ương', 'party', 'central', 'merged into Ban Tuyên giáo và Dân vận Trung ương (2025)'],
  ['Ban Kinh tế Trung ương', 'Ban Kinh tế Trung ương', 'party', 'central', 'merged into Ban Chính sách, chiến lược Trung ương (2025)'],
  ['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'department', 'provincial', 'merged into Sở Tài chính (2025)'],
  ['Sở Giao thông vận tải tỉnh Gia Lai', 'Sở Giao thông vận tải tỉnh Gia Lai', 'department', 'provincial', 'merged into Sở Xây dựng (2025)'],
  ['Cục Thống kê tỉnh Bắc Ninh', 'Cục Thống kê tỉnh Bắc Ninh', 'agency', 'provincial', 'became Thống kê tỉnh (2025)'],
  ['Ủy ban nhân dân tỉnh Kon Tum', 'Ủy ban nhân dân tỉnh Kon Tum', 'province', 'provincial', 'merged into tỉnh Quảng Ngãi (2025)'],
  ['Thừa Thiên Huế', 'Tỉnh Thừa Thiên Huế', 'province', 'provincial', 'became Thành phố Huế (2025)'],
  ['tỉnh Bình Dương', 'Tỉnh Bình Dương', 'province', 'provincial', 'merged into Thành phố Hồ Chí Minh (2025)'],
];

const PARTY: Row[] = [
  ['Bộ Chính trị', 'Bộ Chính trị', 'party', 'central'],
  ['Ban Bí thư', 'Ban Bí thư', 'party', 'central'],
  ['Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'party', 'central'],
  ['Văn phòng Trung ương', 'Văn phòng Trung ương Đảng', 'party', 'central'],
  ['Lãnh đạo Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng', 'party', 'central'],
  ['Chánh Văn phòng Trung ương Đảng', 'Văn phòng Trung ương Đảng', 'party', 'central'],
  ['Đảng ủy Chính phủ', 'Đảng ủy Chính phủ', 'party', 'central'],
  ['Ủy viên Ban Thường vụ Đảng ủy Chính phủ', 'Ban Thường vụ Đảng ủy Chính phủ', 'party', 'central'],
  ['Đảng ủy Bộ Nội vụ', 'Đảng ủy Bộ Nội vụ', 'party', 'central'],
  ['Ủy ban Kiểm tra của Đảng ủy Chính phủ', 'Ủy ban Kiểm tra của Đảng ủy Chính phủ', 'party', 'central'],
  ['Tỉnh uỷ', 'Tỉnh ủy', 'party', 'provincial'],
  ['Bí thư Tỉnh ủy Quảng Trị', 'Tỉnh ủy Quảng Trị', 'party', 'provincial'],
  ['Ban Thường vụ Thành ủy Hải Phòng', 'Ban Thường vụ Thành ủy Hải Phòng', 'party', 'provincial'],
  ['Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'party', 'provincial'],
  ['Văn phòng Tỉnh uỷ', 'Văn phòng Tỉnh ủy', 'party', 'provincial'],
  ['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'party', 'provincial'],
  ['Thường trực các tỉnh uỷ, thành uỷ', 'Thường trực các Tỉnh ủy, Thành ủy', 'party', 'provincial'],
  ['Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'party', 'commune'],
];

const PROVINCIAL: Row[] = [
  ['UBND tỉnh Quảng Trị', 'Ủy ban nhân dân tỉnh Quảng Trị', 'province', 'provincial'],
  ['Uỷ ban nhân dân tỉnh Thanh Hoá', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'province', 'provincial'],
  ['Ủy ban nhân dân Đồng Nai', 'Ủy ban nhân dân tỉnh Đồng Nai', 'province', 'provincial'],
  ['UBND TP. Hồ Chí Minh', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'province', 'provincial'],
  ['UBND thành phố Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội', 'province', 'provincial'],
  ['Chủ tịch Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh', 'province', 'provincial'],
  ['Phó Chủ tịch Thường trực UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province', 'provincial'],
  ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'province', 'provincial'],
  ['Chủ tịch UBND các tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố', 'province', 'provincial'],
  ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province', 'provincial'],
  // a plural without `các` gets it, as the collective is written elsewhere
  ['Ủy ban nhân dân tỉnh, thành phố', 'Ủy ban nhân dân các tỉnh, thành phố', 'province', 'provincial'],
  ['Ủy ban nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp tỉnh', 'province', 'provincial'],
  ['Sở Tài chính', 'Sở Tài chính', 'department', 'provincial'],
  ['Giám đốc Sở Tài chính', 'Sở Tài chính', 'department', 'provincial'],
  ['Sở Công thương', 'Sở Công Thương', 'department', 'provincial'],
  ['Sở KH&CN', 'Sở Khoa học và Công nghệ', 'department', 'provincial'],
  ['Sở TC', 'Sở Tài chính', 'department', 'provincial'],
  ['Sở VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'department', 'provincial'],
  ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'department', 'provincial'],
  ['Sở Tài chính tỉnh Quảng Ngãi', 'Sở Tài chính tỉnh Quảng Ngãi', 'department', 'provincial'],
  ['Sở Xây dựng tỉnh Đăk Lăk', 'Sở Xây dựng tỉnh Đắk Lắk', 'department', 'provincial'],
  ['Sở Xây dựng Gia Lai', 'Sở Xây dựng Gia Lai', 'department', 'provincial'],
  ['Sở Quy hoạch-Kiến trúc', 'Sở Quy hoạch - Kiến trúc', 'department', 'provincial'],
  ['Sở Y tế các tỉnh, thành phố', 'Sở Y tế các tỉnh, thành phố', 'department', 'provincial'],
  ['Công an tỉnh', 'Công an tỉnh', 'department', 'provincial'],
  ['Giám đốc Công an tỉnh Quảng Trị', 'Công an tỉnh Quảng Trị', 'department', 'provincial'],
  ['Công an Thành phố Hà Nội', 'Công an thành phố Hà Nội', 'department', 'provincial'],
  ['Thanh tra Thành phố', 'Thanh tra Thành phố', 'department', 'provincial'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'department', 'provincial'],
  ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'department', 'provincial'],
  ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'department', 'provincial'],
  ['Ban Quản lý Khu kinh tế tỉnh Đồng Tháp', 'Ban Quản lý Khu kinh tế tỉnh Đồng Tháp', 'agency', 'provincial'],
  ['Báo và Phát thanh, truyền hình tỉnh', 'Báo và Phát thanh, Truyền hình tỉnh', 'media', 'provincial'],
  ['Thống kê tỉnh Bắc Ninh', 'Thống kê tỉnh Bắc Ninh', 'agency', 'provincial'],
  ['Kho bạc Nhà nước khu vực V', 'Kho bạc Nhà nước khu vực V', 'agency', 'provincial'],
  ['Hội Nông dân tỉnh Đồng Tháp', 'Hội Nông dân tỉnh Đồng Tháp', 'front', 'provincial'],
  ['Liên minh Hợp tác xã tỉnh', 'Liên minh Hợp tác xã tỉnh', 'association', 'provincial'],
  ['Ban Chỉ đạo tỉnh', 'Ban Chỉ đạo tỉnh', 'agency', 'provincial'],
  ['Trưởng Ban Chỉ đạo', 'Ban Chỉ đạo', 'agency', null],
  ['Tỉnh Lâm Đồng', 'Tỉnh Lâm Đồng', 'province', 'provincial'],
  ['Nghệ An', 'Tỉnh Nghệ An', 'province', 'provincial'],
  ['TP.HCM', 'Thành phố Hồ Chí Minh', 'province', 'provincial'],
  ['Hà Nội', 'Thành phố Hà Nội', 'province', 'provincial'],
];

const COMMUNE: Row[] = [
  ['Uỷ ban nhân dân các xã, phường, đặc khu', 'Ủy ban nhân dân các xã, phường, đặc khu', 'commune', 'commune'],
  ['Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân cấp xã', 'commune', 'commune'],
  ['UBND xã Tân Hòa', 'Ủy ban nhân dân xã Tân Hòa', 'commune', 'commune'],
  ['Chủ tịch Ủy ban nhân dân các xã, phường', 'Ủy ban nhân dân các xã, phường', 'commune', 'commune'],
  ['Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ', 'Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ', 'commune', 'commune'],
  ['Ủy ban nhân dân đặc khu Lý Sơn', 'Ủy ban nhân dân đặc khu Lý Sơn', 'commune', 'commune'],
  ['UBND phường Ba Đình', 'Ủy ban nhân dân phường Ba Đình', 'commune', 'commune'],
  ['UBND xã, phường', 'Ủy ban nhân dân các xã, phường', 'commune', 'commune'],
  ['Công an xã', 'Công an xã', 'department', 'commune'],
  ['Ủy ban nhân dân huyện Đông Anh', 'Ủy ban nhân dân huyện Đông Anh', 'other', null, 'district level'],
];

const COLLECTIVE: Row[] = [
  ['các bộ, ngành, địa phương', 'Các bộ, ngành, địa phương', 'collective', 'central'],
  ['Các Bộ, ngành liên quan', 'Các bộ, ngành liên quan', 'collective', 'central'],
  ['Bộ, ngành, địa phương', 'Bộ, ngành, địa phương', 'collective', 'central'],
  ['các cơ quan liên quan:', 'Các cơ quan liên quan', 'collective', null],
  ['các địa phương', 'Các địa phương', 'collective', null],
  ['các sở, ban, ngành', 'Các sở, ban, ngành', 'collective', 'provincial'],
  ['Thủ trưởng các sở, ban, ngành', 'Các sở, ban, ngành', 'collective', 'provincial'],
  ['Các sở, ban, ngành thuộc Thành phố', 'Các sở, ban, ngành thuộc Thành phố', 'collective', 'provincial'],
  ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'collective', 'central'],
  ['Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc CP', 'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'collective', 'central'],
  ['Các tỉnh, thành phố', 'Các tỉnh, thành phố', 'collective', 'provincial'],
  ['Các Sở Xây dựng nêu trên', 'Các Sở Xây dựng nêu trên', 'collective', 'provincial'],
  ['các Tổng công ty, công ty trực thuộc Thành phố', 'Các Tổng công ty, công ty trực thuộc Thành phố', 'collective', 'provincial'],
  ['Cán bộ, công chức, người lao động', 'Cán bộ, công chức, người lao động', 'collective', null],
  ['các cơ quan thuộc chính phủ', 'Các cơ quan thuộc Chính phủ', 'collective', 'central'],
  ['Ủy ban nhân dân các cấp', 'Ủy ban nhân dân các cấp', 'collective', null],
];

// `đồng chí`, titles and bare abbreviations in front of a named body
const TITLES: Row[] = [
  ['đồng chí Bộ trưởng Bộ Y tế', 'Bộ Y tế', 'ministry', 'central'],
  ['Bộ trưởng Bộ Nội vụ', 'Bộ Nội vụ', 'ministry', 'central'],
  ['Thống đốc Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Việt Nam', 'ministry', 'central'],
  ['Tổng Kiểm toán Nhà nước', 'Kiểm toán Nhà nước', 'audit', 'central'],
  ['Chủ nhiệm Văn phòng Chính phủ', 'Văn phòng Chính phủ', 'ministry', 'central'],
  ['Chủ tịch Hội Nông dân Việt Nam', 'Hội Nông dân Việt Nam', 'front', 'central'],
  ['**Bộ Xây dựng**', 'Bộ Xây dựng', 'ministry', 'central'],
  ['  Bộ   Tư pháp ;', 'Bộ Tư pháp', 'ministry', 'central'],
];

function check([written, name, kind, level, note]: Row) {
  const r = canonicalBody(written);
  expect(r.name).toBe(name);
  expect(r.kind).toBe(kind);
  expect(r.level).toBe(level);
  expect(r.matched).toBe(written);
  if (note) expect(r.note).toContain(note);
  else expect(r.note).toBeUndefined();
}

describe('canonicalBody', () => {
  test.each(CENTRAL)('central: %s → %s', (...row) => check(row));
  test.each(FORMER)('former: %s → %s', (...row) => check(row));
  test.each(PARTY)('party: %s → %s', (...row) => check(row));
  test.each(PROVINCIAL)('provincial: %s → %s', (...row) => check(row));
  test.each(COMMUNE)('commune: %s → %s', (...row) => check(row));
  test.each(COLLECTIVE)('collective: %s → %s', (...row) => check(row));
  test.each(TITLES)('titles: %s → %s', (...row) => check(row));

  test('the table has at least 80 rows', () => {
    expect(CENTRAL.length + FORMER.length + PARTY.length + PROVINCIAL.length + COMMUNE.length + COLLECTIVE.length + TITLES.length)
      .toBeGreaterThanOrEqual(80);
  });
});

describe('canonicalBody with the document province', () => {
  test.each([
    ['Ủy ban nhân dân tỉnh', 'Đồng Tháp', 'Ủy ban nhân dân tỉnh Đồng Tháp'],
    ['UBND Tỉnh', 'tỉnh Đồng Tháp', 'Ủy ban nhân dân tỉnh Đồng Tháp'],
    ['UBND Thành phố', 'Hà Nội', 'Ủy ban nhân dân thành phố Hà Nội'],
    ['Ủy ban nhân dân Thành phố', 'TP.HCM', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    // a named province is never replaced by the context
    ['Ủy ban nhân dân tỉnh Gia Lai', 'Đồng Tháp', 'Ủy ban nhân dân tỉnh Gia Lai'],
    // the designator must fit the context (tỉnh ≠ thành phố)
    ['Ủy ban nhân dân tỉnh', 'Hà Nội', 'Ủy ban nhân dân tỉnh'],
    ['Ủy ban nhân dân tỉnh', null, 'Ủy ban nhân dân tỉnh'],
    // only Ủy ban nhân dân takes the province; other provincial bodies keep their short name
    ['Sở Tài chính', 'Quảng Ngãi', 'Sở Tài chính'],
    // in a provincial document a mass organization's short name is the province's chapter
    ['Hội Nông dân', 'Đồng Tháp', 'Hội Nông dân'],
    ['Liên minh Hợp tác xã', 'Đồng Tháp', 'Liên minh Hợp tác xã'],
  ] as Array<[string, string | null, string]>)('%s (in %s) → %s', (written, province, name) => {
    const r = canonicalBody(written, { province });
    expect(r.name).toBe(name);
    expect(r.level).toBe('provincial');
  });
});

describe('canonicalBody on odd input', () => {
  test.each(['', '   ', ':;,.', '()', '(', 'các', 'đồng chí', '\u0000', 'Bộ trưởng'])('%j does not throw', (s) => {
    const r = canonicalBody(s);
    expect(typeof r.name).toBe('string');
    expect(r.matched).toBe(s);
  });

  test('NFD input gives the same as NFC', () => {
    const nfc = 'Ủy ban nhân dân tỉnh Quảng Trị';
    expect(canonicalBody(nfc.normalize('NFD')).name).toBe(nfc);
  });
});
