// Document types as data: the title as printed, the slug we output, and the code used in the
// số và ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III).
export interface DocType { slug: string; title: RegExp; code?: RegExp }

export const DOC_TYPES: DocType[] = [
  { slug: 'nghi-quyet', title: /^NGHỊ QUYẾT/u, code: /\/NQ-|-NQ\//u },
  { slug: 'nghi-dinh', title: /^NGHỊ ĐỊNH/u, code: /\/NĐ-/u },
  { slug: 'quyet-dinh', title: /^QUYẾT ĐỊNH/u, code: /\/QĐ-|-QĐ\//u },
  { slug: 'chi-thi', title: /^CHỈ THỊ/u, code: /\/CT-|-CT\//u },
  { slug: 'cong-dien', title: /^CÔNG ĐIỆN/u, code: /\/CĐ-/u },
  { slug: 'thong-bao', title: /^THÔNG BÁO/u, code: /\/TB-|-TB\//u },
  { slug: 'ket-luan', title: /^KẾT LUẬN/u, code: /-KL\/|\/KL-/u },
  { slug: 'ke-hoach', title: /^KẾ HOẠCH/u, code: /\/KH-|-KH\//u },
  { slug: 'thong-tu', title: /^THÔNG TƯ/u, code: /\/TT-/u },
  { slug: 'bao-cao', title: /^BÁO CÁO/u, code: /\/BC-|-BC\//u },
  { slug: 'to-trinh', title: /^TỜ TRÌNH/u, code: /\/TTr-/u },
  { slug: 'huong-dan', title: /^HƯỚNG DẪN/u, code: /\/HD-|-HD\//u },
  { slug: 'chuong-trinh', title: /^CHƯƠNG TRÌNH/u, code: /\/CTr-|-CTr\//u },
  { slug: 'quy-che', title: /^QUY CHẾ/u, code: /\/QC-|-QC\//u },
  { slug: 'cong-van', title: /^CÔNG VĂN/u, code: /-CV\/|\/CV-/u },
];
