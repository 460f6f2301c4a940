// Gazetteer of Vietnamese public bodies: plain data, meant to be read and corrected by a domain
// expert. The engine that uses it lives in `canonical.ts`.
//
// How to read an entry:
//   name     the canonical name, exactly as it should be printed (modern tone marks: `Ủy`, `hóa`);
//   kind     what sort of body it is (see BodyKind in canonical.ts);
//   level    'central' | 'provincial' | 'commune', or null where it varies;
//   aliases  other ways documents write the same body: abbreviations, old tone marks are NOT needed
//            (`Uỷ`/`hoá` are normalized before lookup), case variants only where the canonical
//            capitalization differs (`Sở Công thương` → `Sở Công Thương`); lookup ignores case;
//   former   names of bodies that were merged into this one (or renamed). A former name is still
//            printed as written in the document (we never silently rename) with its `note`;
//            when `note` is omitted it reads "merged into <name> (2025)".
//
// Names that end with ` tỉnh` (or ` Tỉnh ủy`) are templates for one body per province: the engine
// also accepts `thành phố` / `Thành ủy` in that place, optionally followed by the province's name
// (`Công an tỉnh`, `Công an thành phố Hà Nội`, `Ban Thường vụ Thành ủy Hải Phòng`).
//
// Reorganizations reflected here: the Government of 1 March 2025 (Resolution 176/2025/QH15:
// 14 ministries and 3 ministerial-level agencies), the Party's central bodies of early 2025, the
// National Assembly committees of 2025, and the 34 provinces of 1 July 2025 (Resolution
// 202/2025/QH15), with the two-level local government (province, commune; no districts).
import type { BodyKind, BodyLevel } from './canonical.js';

export interface FormerName {
  name: string;
  aliases?: string[];
  note?: string;
  /** only where it differs from the kind of the body it merged into */
  kind?: BodyKind;
}

export interface BodyEntry {
  name: string;
  kind: BodyKind;
  level: BodyLevel | null;
  aliases: string[];
  note?: string;
  former?: FormerName[];
}

export interface ProvinceEntry {
  /** short name, as written after `tỉnh`/`thành phố` */
  name: string;
  /** a centrally-run city (thành phố trực thuộc Trung ương) rather than a province (tỉnh) */
  city: boolean;
  aliases: string[];
  /** provinces merged into this one on 1 July 2025 (all were `tỉnh`) */
  former: FormerName[];
  /** the short name is never written without its `Thành phố` (Thành phố Hồ Chí Minh) */
  alwaysWithDesignator?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The Government, its head and its leaders (central)
// ---------------------------------------------------------------------------------------------
export const GOVERNMENT: BodyEntry[] = [
  { name: 'Chính phủ', kind: 'government', level: 'central',
    aliases: ['CP', 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { name: 'Thường trực Chính phủ', kind: 'government', level: 'central', aliases: [] },
  { name: 'Thủ tướng Chính phủ', kind: 'person', level: 'central',
    aliases: ['Thủ tướng', 'TTg', 'TTgCP', 'Thủ tướng CP', 'Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { name: 'Phó Thủ tướng Chính phủ', kind: 'person', level: 'central',
    aliases: ['Phó Thủ tướng', 'Phó TTg', 'PTTg', 'Phó Thủ tướng CP'] },
  { name: 'Phó Thủ tướng Thường trực Chính phủ', kind: 'person', level: 'central',
    aliases: ['Phó Thủ tướng Thường trực'] },
  { name: 'Chủ tịch nước', kind: 'person', level: 'central',
    aliases: ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'] },
  { name: 'Văn phòng Chủ tịch nước', kind: 'agency', level: 'central', aliases: [] },
  // Party leader; listed so that "Tổng Bí thư" is not read as a title standing for a body.
  { name: 'Tổng Bí thư', kind: 'person', level: 'central', aliases: [] },
];

// ---------------------------------------------------------------------------------------------
// Ministries (14) and ministerial-level agencies (3) from 1 March 2025, with the ministries merged
// into them. kind 'ministry' for all 17 (cơ quan ngang bộ count as ministries).
// ---------------------------------------------------------------------------------------------
export const MINISTRIES: BodyEntry[] = [
  { name: 'Bộ Quốc phòng', kind: 'ministry', level: 'central', aliases: ['BQP', 'Bộ QP'] },
  { name: 'Bộ Công an', kind: 'ministry', level: 'central', aliases: ['BCA', 'Bộ CA'] },
  { name: 'Bộ Ngoại giao', kind: 'ministry', level: 'central', aliases: ['BNG', 'Bộ NG'],
    former: [{ name: 'Ban Đối ngoại Trung ương', kind: 'party', note: 'Party commission dissolved; functions transferred to Bộ Ngoại giao (2025)' }] },
  { name: 'Bộ Nội vụ', kind: 'ministry', level: 'central', aliases: ['BNV', 'Bộ NV'],
    former: [{
      name: 'Bộ Lao động - Thương binh và Xã hội',
      aliases: ['Bộ Lao động, Thương binh và Xã hội', 'Bộ LĐTBXH', 'Bộ LĐ-TB&XH', 'Bộ LĐTB&XH', 'BLĐTBXH'],
      note: 'merged into Bộ Nội vụ (2025); social protection to Bộ Y tế, vocational education to Bộ Giáo dục và Đào tạo',
    }] },
  { name: 'Bộ Tư pháp', kind: 'ministry', level: 'central', aliases: ['BTP', 'Bộ TP'] },
  { name: 'Bộ Tài chính', kind: 'ministry', level: 'central', aliases: ['BTC', 'Bộ TC'],
    former: [
      { name: 'Bộ Kế hoạch và Đầu tư', aliases: ['Bộ KH&ĐT', 'Bộ KHĐT', 'BKHĐT', 'Bộ Kế hoạch - Đầu tư'] },
      { name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
        aliases: ['Ủy ban Quản lý vốn nhà nước', 'Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp', 'UBQLV'],
        note: 'dissolved; functions transferred to Bộ Tài chính (2025)' },
    ] },
  { name: 'Bộ Công Thương', kind: 'ministry', level: 'central', aliases: ['BCT', 'Bộ CT', 'Bộ Công thương'] },
  { name: 'Bộ Nông nghiệp và Môi trường', kind: 'ministry', level: 'central',
    aliases: ['Bộ NN&MT', 'Bộ NNMT', 'BNNMT'],
    former: [
      { name: 'Bộ Tài nguyên và Môi trường', aliases: ['Bộ TN&MT', 'Bộ TNMT', 'BTNMT'] },
      { name: 'Bộ Nông nghiệp và Phát triển nông thôn', aliases: ['Bộ NN&PTNT', 'Bộ NNPTNT', 'BNNPTNT'] },
    ] },
  { name: 'Bộ Xây dựng', kind: 'ministry', level: 'central', aliases: ['BXD', 'Bộ XD'],
    former: [{ name: 'Bộ Giao thông vận tải', aliases: ['Bộ GTVT', 'BGTVT', 'Bộ Giao thông - Vận tải', 'Bộ Giao thông Vận tải'] }] },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', kind: 'ministry', level: 'central',
    aliases: ['Bộ VHTTDL', 'BVHTTDL', 'Bộ VH-TT&DL', 'Bộ VHTT&DL', 'Bộ Văn hóa - Thể thao và Du lịch', 'Bộ Văn hóa Thể thao và Du lịch'] },
  { name: 'Bộ Khoa học và Công nghệ', kind: 'ministry', level: 'central',
    aliases: ['Bộ KH&CN', 'Bộ KHCN', 'BKHCN'],
    former: [{ name: 'Bộ Thông tin và Truyền thông', aliases: ['Bộ TT&TT', 'Bộ TTTT', 'BTTTT'] }] },
  { name: 'Bộ Giáo dục và Đào tạo', kind: 'ministry', level: 'central',
    aliases: ['Bộ GD&ĐT', 'Bộ GDĐT', 'BGDĐT', 'Bộ Giáo dục - Đào tạo'] },
  { name: 'Bộ Y tế', kind: 'ministry', level: 'central', aliases: ['BYT', 'Bộ YT'] },
  { name: 'Bộ Dân tộc và Tôn giáo', kind: 'ministry', level: 'central', aliases: ['Bộ DT&TG', 'Bộ DTTG'],
    former: [
      { name: 'Ủy ban Dân tộc', aliases: ['UBDT'], note: 'became Bộ Dân tộc và Tôn giáo (2025)' },
      { name: 'Ban Tôn giáo Chính phủ', kind: 'agency', note: 'moved from Bộ Nội vụ to Bộ Dân tộc và Tôn giáo (2025)' },
    ] },
  // ministerial-level agencies (cơ quan ngang bộ)
  { name: 'Văn phòng Chính phủ', kind: 'ministry', level: 'central', aliases: ['VPCP', 'Văn phòng CP'] },
  { name: 'Thanh tra Chính phủ', kind: 'ministry', level: 'central', aliases: ['Thanh tra CP'] },
  { name: 'Ngân hàng Nhà nước Việt Nam', kind: 'ministry', level: 'central',
    aliases: ['Ngân hàng Nhà nước', 'NHNN', 'NHNN Việt Nam', 'NHNNVN', 'Ngân hàng Nhà nước VN'] },
];

// ---------------------------------------------------------------------------------------------
// Agencies under the Government (cơ quan thuộc Chính phủ) and other central agencies
// ---------------------------------------------------------------------------------------------
export const CENTRAL_AGENCIES: BodyEntry[] = [
  { name: 'Đài Truyền hình Việt Nam', kind: 'media', level: 'central', aliases: ['VTV', 'Đài THVN'] },
  { name: 'Đài Tiếng nói Việt Nam', kind: 'media', level: 'central', aliases: ['VOV', 'Đài TNVN'] },
  { name: 'Thông tấn xã Việt Nam', kind: 'media', level: 'central', aliases: ['TTXVN', 'Thông tấn xã'] },
  { name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', kind: 'agency', level: 'central',
    aliases: ['Viện Hàn lâm KHXH Việt Nam', 'Viện Hàn lâm KHXHVN', 'Viện Hàn lâm Khoa học xã hội'] },
  { name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', kind: 'agency', level: 'central',
    aliases: ['Viện Hàn lâm KH&CN Việt Nam', 'Viện Hàn lâm KHCNVN', 'Viện Hàn lâm Khoa học và Công nghệ'] },
  // under Bộ Tài chính since 1 March 2025
  { name: 'Bảo hiểm xã hội Việt Nam', kind: 'agency', level: 'central',
    aliases: ['BHXH Việt Nam', 'BHXHVN', 'Bảo hiểm xã hội VN'] },
  { name: 'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', kind: 'agency', level: 'central', aliases: [] },
  { name: 'Đại học Quốc gia Hà Nội', kind: 'agency', level: 'central', aliases: ['ĐHQG Hà Nội', 'ĐHQGHN'] },
  { name: 'Đại học Quốc gia Thành phố Hồ Chí Minh', kind: 'agency', level: 'central',
    aliases: ['ĐHQG TP.HCM', 'ĐHQG Thành phố Hồ Chí Minh', 'Đại học Quốc gia TP.HCM'] },
  { name: 'Học viện Chính trị quốc gia Hồ Chí Minh', kind: 'party', level: 'central', aliases: [] },
  // departments of Bộ Tài chính that have provincial branches (former general departments)
  { name: 'Kho bạc Nhà nước', kind: 'agency', level: 'central', aliases: ['KBNN'] },
  { name: 'Cục Thuế', kind: 'agency', level: 'central', aliases: [],
    former: [{ name: 'Tổng cục Thuế', note: 'became Cục Thuế (Bộ Tài chính) (2025)' }] },
  { name: 'Cục Hải quan', kind: 'agency', level: 'central', aliases: [],
    former: [{ name: 'Tổng cục Hải quan', note: 'became Cục Hải quan (Bộ Tài chính) (2025)' }] },
  { name: 'Cục Thống kê', kind: 'agency', level: 'central', aliases: [],
    former: [{ name: 'Tổng cục Thống kê', note: 'became Cục Thống kê (Bộ Tài chính) (2025)' }] },
  { name: 'Ngân hàng Chính sách xã hội', kind: 'agency', level: 'central',
    aliases: ['NHCSXH', 'Ngân hàng Chính sách xã hội Việt Nam'] },
  { name: 'Ngân hàng Phát triển Việt Nam', kind: 'agency', level: 'central', aliases: ['VDB'] },
  { name: 'Cổng Thông tin điện tử Chính phủ', kind: 'media', level: 'central', aliases: ['Cổng TTĐT Chính phủ', 'Cổng TTĐT CP'] },
];

// ---------------------------------------------------------------------------------------------
// The Party: central bodies (after the 2025 reorganization) …
// ---------------------------------------------------------------------------------------------
export const PARTY_CENTRAL: BodyEntry[] = [
  { name: 'Ban Chấp hành Trung ương Đảng', kind: 'party', level: 'central',
    aliases: ['Ban Chấp hành Trung ương', 'BCHTW', 'Trung ương Đảng'] },
  { name: 'Bộ Chính trị', kind: 'party', level: 'central', aliases: [] },
  { name: 'Ban Bí thư', kind: 'party', level: 'central', aliases: ['Ban Bí thư Trung ương Đảng'] },
  { name: 'Ban Tổ chức Trung ương', kind: 'party', level: 'central', aliases: ['BTCTW'] },
  { name: 'Ban Tuyên giáo và Dân vận Trung ương', kind: 'party', level: 'central', aliases: [],
    former: [{ name: 'Ban Tuyên giáo Trung ương' }, { name: 'Ban Dân vận Trung ương' }] },
  { name: 'Ban Nội chính Trung ương', kind: 'party', level: 'central', aliases: [] },
  { name: 'Ban Chính sách, chiến lược Trung ương', kind: 'party', level: 'central',
    aliases: ['Ban Chính sách chiến lược Trung ương', 'Ban Chính sách, Chiến lược Trung ương'],
    former: [{ name: 'Ban Kinh tế Trung ương' }] },
  { name: 'Ủy ban Kiểm tra Trung ương', kind: 'party', level: 'central', aliases: ['UBKTTW'] },
  { name: 'Văn phòng Trung ương Đảng', kind: 'party', level: 'central', aliases: ['Văn phòng Trung ương', 'VPTW'] },
  { name: 'Hội đồng Lý luận Trung ương', kind: 'party', level: 'central', aliases: [] },
  { name: 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', kind: 'party', level: 'central',
    aliases: ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực'] },
  // party committees of the central blocs, from February 2025
  { name: 'Đảng ủy Chính phủ', kind: 'party', level: 'central', aliases: [],
    former: [
      { name: 'Ban cán sự đảng Chính phủ', note: 'replaced by Đảng ủy Chính phủ (2025)' },
      { name: 'Đảng ủy Khối Doanh nghiệp Trung ương', note: 'dissolved; its party organizations moved to Đảng ủy Chính phủ (2025)' },
    ] },
  { name: 'Ban Thường vụ Đảng ủy Chính phủ', kind: 'party', level: 'central', aliases: [] },
  { name: 'Văn phòng Đảng ủy Chính phủ', kind: 'party', level: 'central', aliases: [] },
  { name: 'Ủy ban Kiểm tra Đảng ủy Chính phủ', kind: 'party', level: 'central', aliases: [] },
  { name: 'Đảng ủy Quốc hội', kind: 'party', level: 'central', aliases: [],
    former: [{ name: 'Đảng đoàn Quốc hội', note: 'replaced by Đảng ủy Quốc hội (2025)' }] },
  { name: 'Đảng ủy các cơ quan Đảng Trung ương', kind: 'party', level: 'central', aliases: [],
    former: [{ name: 'Đảng ủy Khối các cơ quan Trung ương', note: 'replaced by Đảng ủy các cơ quan Đảng Trung ương (2025)' }] },
  { name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', kind: 'party', level: 'central',
    aliases: ['Đảng ủy Mặt trận Tổ quốc các đoàn thể Trung ương'],
    former: [{ name: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam', note: 'replaced by Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương (2025)' }] },
  { name: 'Quân ủy Trung ương', kind: 'party', level: 'central', aliases: [] },
  { name: 'Đảng ủy Công an Trung ương', kind: 'party', level: 'central', aliases: [] },
];

// … and provincial bodies (templates: `Tỉnh ủy` stands for `Tỉnh ủy`/`Thành ủy` + province).
export const PARTY_PROVINCIAL: BodyEntry[] = [
  { name: 'Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Thành ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Ban Thường vụ Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Thường trực Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Ban Chấp hành Đảng bộ tỉnh', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Ban Tổ chức Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [],
    former: [{ name: 'Ban Tuyên giáo Tỉnh ủy' }, { name: 'Ban Dân vận Tỉnh ủy' }] },
  { name: 'Ban Nội chính Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Văn phòng Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Ủy ban Kiểm tra Tỉnh ủy', kind: 'party', level: 'provincial', aliases: [] },
  { name: 'Đảng ủy Ủy ban nhân dân tỉnh', kind: 'party', level: 'provincial', aliases: [],
    former: [{ name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', note: 'replaced by Đảng ủy Ủy ban nhân dân tỉnh (2025)' }] },
];

// ---------------------------------------------------------------------------------------------
// The National Assembly and its bodies (committees as reorganized in 2025)
// ---------------------------------------------------------------------------------------------
export const LEGISLATURE: BodyEntry[] = [
  { name: 'Quốc hội', kind: 'legislature', level: 'central', aliases: ['QH'] },
  { name: 'Ủy ban Thường vụ Quốc hội', kind: 'legislature', level: 'central', aliases: ['UBTVQH'] },
  { name: 'Hội đồng Dân tộc', kind: 'legislature', level: 'central', aliases: ['Hội đồng Dân tộc của Quốc hội'] },
  { name: 'Ủy ban Pháp luật và Tư pháp', kind: 'legislature', level: 'central',
    aliases: ['Ủy ban Pháp luật và Tư pháp của Quốc hội'],
    former: [{ name: 'Ủy ban Pháp luật', aliases: ['Ủy ban Pháp luật của Quốc hội'] },
      { name: 'Ủy ban Tư pháp', aliases: ['Ủy ban Tư pháp của Quốc hội'] }] },
  { name: 'Ủy ban Kinh tế và Tài chính', kind: 'legislature', level: 'central',
    aliases: ['Ủy ban Kinh tế và Tài chính của Quốc hội'],
    former: [{ name: 'Ủy ban Kinh tế', aliases: ['Ủy ban Kinh tế của Quốc hội'] },
      { name: 'Ủy ban Tài chính, Ngân sách', aliases: ['Ủy ban Tài chính - Ngân sách', 'Ủy ban Tài chính, Ngân sách của Quốc hội'] }] },
  { name: 'Ủy ban Quốc phòng, An ninh và Đối ngoại', kind: 'legislature', level: 'central',
    aliases: ['Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội'],
    former: [{ name: 'Ủy ban Quốc phòng và An ninh', aliases: ['Ủy ban Quốc phòng và An ninh của Quốc hội'] },
      { name: 'Ủy ban Đối ngoại', aliases: ['Ủy ban Đối ngoại của Quốc hội'] }] },
  { name: 'Ủy ban Văn hóa và Xã hội', kind: 'legislature', level: 'central',
    aliases: ['Ủy ban Văn hóa và Xã hội của Quốc hội'],
    former: [{ name: 'Ủy ban Văn hóa, Giáo dục', aliases: ['Ủy ban Văn hóa, Giáo dục của Quốc hội'] },
      { name: 'Ủy ban Xã hội', aliases: ['Ủy ban Xã hội của Quốc hội'] }] },
  { name: 'Ủy ban Khoa học, Công nghệ và Môi trường', kind: 'legislature', level: 'central',
    aliases: ['Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội'] },
  { name: 'Ủy ban Công tác đại biểu', kind: 'legislature', level: 'central', aliases: [],
    former: [{ name: 'Ban Công tác đại biểu', note: 'became Ủy ban Công tác đại biểu (2025)' }] },
  { name: 'Ủy ban Dân nguyện và Giám sát', kind: 'legislature', level: 'central', aliases: [],
    former: [{ name: 'Ban Dân nguyện', note: 'became Ủy ban Dân nguyện và Giám sát (2025)' }] },
  { name: 'Văn phòng Quốc hội', kind: 'legislature', level: 'central', aliases: ['VPQH'] },
  // provincial delegation and the provincial People's Council standing body (templates)
  { name: 'Đoàn đại biểu Quốc hội tỉnh', kind: 'legislature', level: 'provincial', aliases: [] },
  { name: 'Thường trực Hội đồng nhân dân tỉnh', kind: 'province', level: 'provincial', aliases: [] },
];

// ---------------------------------------------------------------------------------------------
// Courts, procuracy, state audit
// ---------------------------------------------------------------------------------------------
export const JUSTICE_AUDIT: BodyEntry[] = [
  { name: 'Tòa án nhân dân tối cao', kind: 'court', level: 'central', aliases: ['TANDTC'] },
  { name: 'Tòa án nhân dân tỉnh', kind: 'court', level: 'provincial', aliases: [] },
  { name: 'Viện kiểm sát nhân dân tối cao', kind: 'procuracy', level: 'central', aliases: ['VKSNDTC'] },
  { name: 'Viện kiểm sát nhân dân tỉnh', kind: 'procuracy', level: 'provincial', aliases: [] },
  { name: 'Kiểm toán Nhà nước', kind: 'audit', level: 'central', aliases: ['KTNN', 'Kiểm toán nhà nước'] },
];

// ---------------------------------------------------------------------------------------------
// The Fatherland Front, its socio-political member organizations (kind 'front') and other
// mass organizations (kind 'association'). Short aliases (`Hội Nông dân`) also serve for the
// provincial chapters: `Hội Nông dân tỉnh Đồng Tháp` keeps its own name.
// ---------------------------------------------------------------------------------------------
export const FRONT: BodyEntry[] = [
  { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'front', level: 'central',
    aliases: ['Ủy ban Trung ương Mặt trận Tổ quốc', 'UBTWMTTQVN', 'Ủy ban Trung ương MTTQVN'] },
  { name: 'Mặt trận Tổ quốc Việt Nam', kind: 'front', level: 'central', aliases: ['Mặt trận Tổ quốc', 'MTTQ', 'MTTQVN'] },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'front', level: 'provincial',
    aliases: ['Ủy ban Mặt trận Tổ quốc tỉnh'] },
  { name: 'Tổng Liên đoàn Lao động Việt Nam', kind: 'front', level: 'central',
    aliases: ['Tổng Liên đoàn Lao động', 'Tổng LĐLĐ Việt Nam', 'Tổng LĐLĐVN'] },
  { name: 'Liên đoàn Lao động tỉnh', kind: 'front', level: 'provincial', aliases: [] },
  { name: 'Hội Nông dân Việt Nam', kind: 'front', level: 'central', aliases: ['Hội Nông dân'] },
  { name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'front', level: 'central',
    aliases: ['Trung ương Đoàn', 'Trung ương Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Đoàn TNCS Hồ Chí Minh', 'Đoàn Thanh niên'] },
  { name: 'Hội Liên hiệp Phụ nữ Việt Nam', kind: 'front', level: 'central',
    aliases: ['Hội Liên hiệp Phụ nữ', 'Hội LHPN Việt Nam', 'Hội LHPNVN', 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam'] },
  { name: 'Hội Cựu chiến binh Việt Nam', kind: 'front', level: 'central', aliases: ['Hội Cựu chiến binh', 'Hội CCB Việt Nam'] },
  { name: 'Hội Chữ thập đỏ Việt Nam', kind: 'association', level: 'central', aliases: ['Hội Chữ thập đỏ'] },
  { name: 'Liên minh Hợp tác xã Việt Nam', kind: 'association', level: 'central',
    aliases: ['Liên minh Hợp tác xã', 'Liên minh HTX Việt Nam', 'VCA'] },
  // VCCI, renamed in 2025 from Phòng Thương mại và Công nghiệp Việt Nam
  { name: 'Liên đoàn Thương mại và Công nghiệp Việt Nam', kind: 'association', level: 'central', aliases: ['VCCI'],
    former: [{ name: 'Phòng Thương mại và Công nghiệp Việt Nam', note: 'renamed Liên đoàn Thương mại và Công nghiệp Việt Nam (2025)' }] },
  { name: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', kind: 'association', level: 'central', aliases: ['VUSTA'] },
  { name: 'Hội Nhà báo Việt Nam', kind: 'association', level: 'central', aliases: [] },
  { name: 'Hội Luật gia Việt Nam', kind: 'association', level: 'central', aliases: [] },
  { name: 'Hiệp hội Doanh nghiệp tỉnh', kind: 'association', level: 'provincial', aliases: [] },
];

// ---------------------------------------------------------------------------------------------
// State (and a few private) enterprises named in directives
// ---------------------------------------------------------------------------------------------
export const ENTERPRISES: BodyEntry[] = [
  { name: 'Tập đoàn Điện lực Việt Nam', kind: 'enterprise', level: 'central', aliases: ['EVN'] },
  { name: 'Tập đoàn Dầu khí Việt Nam', kind: 'enterprise', level: 'central', aliases: ['PVN', 'Petrovietnam'] },
  { name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội', kind: 'enterprise', level: 'central', aliases: ['Viettel', 'Tập đoàn Viettel'] },
  { name: 'Tập đoàn Bưu chính Viễn thông Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VNPT'] },
  { name: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', kind: 'enterprise', level: 'central', aliases: ['TKV', 'Vinacomin'] },
  { name: 'Tập đoàn Hóa chất Việt Nam', kind: 'enterprise', level: 'central', aliases: ['Vinachem'] },
  { name: 'Tập đoàn Công nghiệp Cao su Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VRG'] },
  { name: 'Tổng công ty Cảng hàng không Việt Nam', kind: 'enterprise', level: 'central',
    aliases: ['ACV', 'Tổng công ty Cảng hàng không Việt Nam - CTCP', 'Tổng Công ty Cảng hàng không Việt Nam'] },
  { name: 'Tổng công ty Hàng không Việt Nam', kind: 'enterprise', level: 'central', aliases: ['Vietnam Airlines'] },
  { name: 'Tổng công ty Quản lý bay Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VATM'] },
  { name: 'Tổng công ty Đường sắt Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VNR'] },
  { name: 'Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VEC'] },
  { name: 'Tổng công ty Hàng hải Việt Nam', kind: 'enterprise', level: 'central', aliases: ['VIMC'] },
  { name: 'Tổng công ty Truyền tải điện Quốc gia', kind: 'enterprise', level: 'central', aliases: ['EVNNPT'] },
  { name: 'Tổng công ty Đầu tư và Kinh doanh vốn nhà nước', kind: 'enterprise', level: 'central', aliases: ['SCIC'] },
];

// ---------------------------------------------------------------------------------------------
// Media (central); provincial media are in PROVINCIAL_UNITS
// ---------------------------------------------------------------------------------------------
export const MEDIA: BodyEntry[] = [
  { name: 'Báo Nhân Dân', kind: 'media', level: 'central', aliases: ['Báo Nhân dân'] },
  { name: 'Báo Quân đội nhân dân', kind: 'media', level: 'central', aliases: [] },
  { name: 'Tạp chí Cộng sản', kind: 'media', level: 'central', aliases: [] },
];

// ---------------------------------------------------------------------------------------------
// Provincial departments (Sở), one per province; written after their name: `Sở Tài chính tỉnh
// Quảng Ngãi`, `Sở Xây dựng Gia Lai`. Former Sở merged on 1 March 2025 along with the ministries.
// ---------------------------------------------------------------------------------------------
export const DEPARTMENTS: BodyEntry[] = [
  { name: 'Sở Tài chính', kind: 'department', level: 'provincial', aliases: ['Sở TC'],
    former: [{ name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'] }] },
  { name: 'Sở Nội vụ', kind: 'department', level: 'provincial', aliases: ['Sở NV'],
    former: [{ name: 'Sở Lao động - Thương binh và Xã hội',
      aliases: ['Sở Lao động, Thương binh và Xã hội', 'Sở LĐTBXH', 'Sở LĐ-TB&XH', 'Sở LĐTB&XH'],
      note: 'merged into Sở Nội vụ (2025); social protection to Sở Y tế, vocational education to Sở Giáo dục và Đào tạo' }] },
  { name: 'Sở Tư pháp', kind: 'department', level: 'provincial', aliases: ['Sở TP'] },
  { name: 'Sở Xây dựng', kind: 'department', level: 'provincial', aliases: ['Sở XD'],
    former: [{ name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải', 'Sở Giao thông Vận tải'] }] },
  { name: 'Sở Công Thương', kind: 'department', level: 'provincial', aliases: ['Sở Công thương', 'Sở CT'] },
  { name: 'Sở Y tế', kind: 'department', level: 'provincial', aliases: ['Sở YT'] },
  { name: 'Sở Giáo dục và Đào tạo', kind: 'department', level: 'provincial', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { name: 'Sở Nông nghiệp và Môi trường', kind: 'department', level: 'provincial', aliases: ['Sở NN&MT', 'Sở NNMT'],
    former: [
      { name: 'Sở Tài nguyên và Môi trường', aliases: ['Sở TN&MT', 'Sở TNMT'] },
      { name: 'Sở Nông nghiệp và Phát triển nông thôn', aliases: ['Sở NN&PTNT', 'Sở NNPTNT'] },
    ] },
  { name: 'Sở Khoa học và Công nghệ', kind: 'department', level: 'provincial', aliases: ['Sở KH&CN', 'Sở KHCN'],
    former: [{ name: 'Sở Thông tin và Truyền thông', aliases: ['Sở TT&TT', 'Sở TTTT'] }] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', level: 'provincial',
    aliases: ['Sở VHTTDL', 'Sở VH-TT&DL', 'Sở VHTT&DL', 'Sở Văn hóa - Thể thao và Du lịch', 'Sở Văn hóa Thể thao và Du lịch'] },
  // in the cities and a few provinces culture, sport and tourism are split
  { name: 'Sở Văn hóa và Thể thao', kind: 'department', level: 'provincial', aliases: ['Sở VH&TT'] },
  { name: 'Sở Du lịch', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Sở Ngoại vụ', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Sở Dân tộc và Tôn giáo', kind: 'department', level: 'provincial', aliases: ['Sở DT&TG', 'Sở DTTG'],
    former: [{ name: 'Ban Dân tộc tỉnh', note: 'became Sở Dân tộc và Tôn giáo (2025)' }] },
  // Hà Nội and Thành phố Hồ Chí Minh only
  { name: 'Sở Quy hoạch - Kiến trúc', kind: 'department', level: 'provincial',
    aliases: ['Sở Quy hoạch Kiến trúc', 'Sở QH-KT', 'Sở Quy hoạch và Kiến trúc'] },
];

// ---------------------------------------------------------------------------------------------
// Other provincial bodies, as templates (`… tỉnh` also matches `… thành phố`, `… Thành phố Huế`)
// ---------------------------------------------------------------------------------------------
export const PROVINCIAL_UNITS: BodyEntry[] = [
  { name: 'Thanh tra tỉnh', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Công an tỉnh', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'department', level: 'provincial', aliases: ['Bộ CHQS tỉnh'] },
  { name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', kind: 'department', level: 'provincial', aliases: ['Bộ Chỉ huy BĐBP tỉnh'] },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', kind: 'department', level: 'provincial', aliases: [] },
  { name: 'Ban Quản lý Khu kinh tế tỉnh', kind: 'agency', level: 'provincial', aliases: [] },
  { name: 'Ban Quản lý các khu công nghiệp tỉnh', kind: 'agency', level: 'provincial', aliases: [] },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', kind: 'agency', level: 'provincial', aliases: [] },
  // provincial newspaper, radio and television merged in 2025
  { name: 'Báo và Phát thanh, Truyền hình tỉnh', kind: 'media', level: 'provincial',
    aliases: ['Báo và Phát thanh - Truyền hình tỉnh'],
    former: [{ name: 'Đài Phát thanh và Truyền hình tỉnh', note: 'merged into Báo và Phát thanh, Truyền hình tỉnh (2025)' }] },
  // provincial branches of Bộ Tài chính's departments, renamed in 2025
  { name: 'Thống kê tỉnh', kind: 'agency', level: 'provincial', aliases: [],
    former: [{ name: 'Cục Thống kê tỉnh', note: 'became Thống kê tỉnh (2025)' }] },
  { name: 'Thuế tỉnh', kind: 'agency', level: 'provincial', aliases: [],
    former: [{ name: 'Cục Thuế tỉnh', note: 'became Thuế tỉnh (2025)' }] },
  { name: 'Kho bạc Nhà nước khu vực', kind: 'agency', level: 'provincial', aliases: [],
    former: [{ name: 'Kho bạc Nhà nước tỉnh', note: 'reorganized into Kho bạc Nhà nước khu vực (2025)' }] },
  { name: 'Bảo hiểm xã hội tỉnh', kind: 'agency', level: 'provincial', aliases: [] },
  // generic steering committee; its level comes from the words after it (`Ban Chỉ đạo tỉnh`)
  { name: 'Ban Chỉ đạo', kind: 'agency', level: null, aliases: [] },
];

// ---------------------------------------------------------------------------------------------
// The 34 provinces and centrally-run cities from 1 July 2025, each with the provinces merged
// into it. Spelling variants beyond tone placement are listed as aliases.
// ---------------------------------------------------------------------------------------------
export const PROVINCES: ProvinceEntry[] = [
  // unchanged
  { name: 'Hà Nội', city: true, aliases: [], former: [] },
  { name: 'Huế', city: true, aliases: [],
    former: [{ name: 'Thừa Thiên Huế', aliases: ['Thừa Thiên - Huế'], note: 'became Thành phố Huế (2025)' }] },
  { name: 'Lai Châu', city: false, aliases: [], former: [] },
  { name: 'Điện Biên', city: false, aliases: [], former: [] },
  { name: 'Sơn La', city: false, aliases: [], former: [] },
  { name: 'Lạng Sơn', city: false, aliases: [], former: [] },
  { name: 'Quảng Ninh', city: false, aliases: [], former: [] },
  { name: 'Thanh Hóa', city: false, aliases: [], former: [] },
  { name: 'Nghệ An', city: false, aliases: [], former: [] },
  { name: 'Hà Tĩnh', city: false, aliases: [], former: [] },
  { name: 'Cao Bằng', city: false, aliases: [], former: [] },
  // merged
  { name: 'Tuyên Quang', city: false, aliases: [], former: [{ name: 'Hà Giang' }] },
  { name: 'Lào Cai', city: false, aliases: [], former: [{ name: 'Yên Bái' }] },
  { name: 'Thái Nguyên', city: false, aliases: [], former: [{ name: 'Bắc Kạn', aliases: ['Bắc Cạn'] }] },
  { name: 'Phú Thọ', city: false, aliases: [], former: [{ name: 'Vĩnh Phúc' }, { name: 'Hòa Bình' }] },
  { name: 'Bắc Ninh', city: false, aliases: [], former: [{ name: 'Bắc Giang' }] },
  { name: 'Hưng Yên', city: false, aliases: [], former: [{ name: 'Thái Bình' }] },
  { name: 'Hải Phòng', city: true, aliases: [], former: [{ name: 'Hải Dương' }] },
  { name: 'Ninh Bình', city: false, aliases: [], former: [{ name: 'Hà Nam' }, { name: 'Nam Định' }] },
  { name: 'Quảng Trị', city: false, aliases: [], former: [{ name: 'Quảng Bình' }] },
  { name: 'Đà Nẵng', city: true, aliases: [], former: [{ name: 'Quảng Nam' }] },
  { name: 'Quảng Ngãi', city: false, aliases: [], former: [{ name: 'Kon Tum', aliases: ['Kontum'] }] },
  { name: 'Gia Lai', city: false, aliases: [], former: [{ name: 'Bình Định' }] },
  { name: 'Khánh Hòa', city: false, aliases: [], former: [{ name: 'Ninh Thuận' }] },
  { name: 'Lâm Đồng', city: false, aliases: [],
    former: [{ name: 'Đắk Nông', aliases: ['Đăk Nông', 'Đắc Nông'] }, { name: 'Bình Thuận' }] },
  { name: 'Đắk Lắk', city: false, aliases: ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk', 'Daklak', 'Dak Lak'],
    former: [{ name: 'Phú Yên' }] },
  { name: 'Hồ Chí Minh', city: true, alwaysWithDesignator: true,
    aliases: ['HCM', 'TP.HCM', 'TPHCM', 'TP HCM', 'Sài Gòn'],
    former: [{ name: 'Bình Dương' },
      { name: 'Bà Rịa - Vũng Tàu', aliases: ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'] }] },
  { name: 'Đồng Nai', city: false, aliases: [], former: [{ name: 'Bình Phước' }] },
  { name: 'Tây Ninh', city: false, aliases: [], former: [{ name: 'Long An' }] },
  { name: 'Cần Thơ', city: true, aliases: [], former: [{ name: 'Sóc Trăng' }, { name: 'Hậu Giang' }] },
  { name: 'Vĩnh Long', city: false, aliases: [], former: [{ name: 'Bến Tre' }, { name: 'Trà Vinh' }] },
  { name: 'Đồng Tháp', city: false, aliases: [], former: [{ name: 'Tiền Giang' }] },
  { name: 'Cà Mau', city: false, aliases: [], former: [{ name: 'Bạc Liêu' }] },
  { name: 'An Giang', city: false, aliases: [], former: [{ name: 'Kiên Giang' }] },
];

/** Every body table, in lookup-priority order (an earlier table wins a shared alias). */
export const BODY_TABLES: ReadonlyArray<readonly [group: string, entries: BodyEntry[]]> = [
  ['government', GOVERNMENT],
  ['ministries', MINISTRIES],
  ['central agencies', CENTRAL_AGENCIES],
  ['party (central)', PARTY_CENTRAL],
  ['party (provincial)', PARTY_PROVINCIAL],
  ['legislature', LEGISLATURE],
  ['justice and audit', JUSTICE_AUDIT],
  ['front and associations', FRONT],
  ['enterprises', ENTERPRISES],
  ['media', MEDIA],
  ['departments (Sở)', DEPARTMENTS],
  ['provincial units', PROVINCIAL_UNITS],
];
