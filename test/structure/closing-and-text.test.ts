// Two checks per fixture that the compact projection cannot show:
// 1. Where the closing formula (the unmarked paragraph ending "./.") sits in the tree.
// 2. The whole text of items that the normalizer had to repair: joined over a page break, a
//    footnote block, a routing slip, markdown emphasis; footnote markers removed.
import { describe, expect, it } from 'vitest';
import { closingParent, load, run, textAt } from './project.js';

// Expected parent of the closing paragraph: '' = the root. `bug`: today it is nested inside the
// last item, which the document does not say (reported bug in src/segment/index.ts: an unmarked
// paragraph after a complete item is always put inside that item).
const CLOSING: { file: string; parent: string; bug?: string }[] = [
  { file: '01_qd-kh-lao-cai-nuoc-sach.txt', parent: '@III' },
  { file: '02_ct-gia-lai-phong-chay-rung.txt', parent: '' },
  { file: '03_kh-hung-yen-so-hoa-ho-tich.txt', parent: 'III' },
  { file: '04_qd-ca-mau-quy-che-phoi-hop.txt', parent: 'III/6' }, // Điều 6's own text
  { file: '05_cv-tinh-uy-lam-dong.txt', parent: '' },
  { file: '06_tb-ket-luan-tay-ninh.txt', parent: '' },
  { file: '07_cv-thai-nguyen-crlf.txt', parent: '' },
  { file: '08_kh-khanh-hoa-nfd.txt', parent: 'III' },
  { file: '09_cv-bnnmt-trang-dau-trang.txt', parent: '' },
  { file: '10_cv-so-gddt-chu-thich.txt', parent: '' },
  { file: '11_cv-an-giang-web-markdown.txt', parent: '' },
  { file: '12_tb-son-la-pdf-phieu-chuyen.txt', parent: '' },
  { file: '13_ct-can-tho-dau-cu-va-d-lap.txt', parent: '' },
  { file: '14_kh-tuyen-quang-liet-ke.txt', parent: 'III' },
];

describe('closing formula', () => {
  for (const c of CLOSING) {
    const { seg } = run(load(c.file));
    // closingParent gives labels only; attachment nodes carry no "@" there.
    const want = c.parent.replace(/^@/u, '');
    if (c.bug) {
      it(`${c.file}: today nested under ${c.bug} (bug)`, () => {
        expect(closingParent(seg)).toBe(c.bug);
      });
      it.fails(`${c.file}: closing paragraph belongs to ${want || 'the root'} (known segment bug)`, () => {
        expect(closingParent(seg)).toBe(want);
      });
    } else {
      it(`${c.file}: closing paragraph under ${want || 'the root'}`, () => {
        expect(closingParent(seg)).toBe(want);
      });
    }
  }
});

const TEXTS: { file: string; path: string; text: string }[] = [
  // Page break: "- 2 -" and the running header lifted, the sentence joined.
  { file: '09_cv-bnnmt-trang-dau-trang.txt', path: '3', text: 'Bố trí kinh phí dự phòng để mua hóa chất, vắc xin và hỗ trợ người chăn nuôi có lợn buộc phải tiêu hủy theo quy định; báo cáo nhu cầu kinh phí còn thiếu về Bộ Nông nghiệp và Môi trường trước ngày 15/4/2027.' },
  // Bare page number "3" and the running header.
  { file: '09_cv-bnnmt-trang-dau-trang.txt', path: '6', text: 'Định kỳ hằng tháng báo cáo tình hình dịch bệnh về Cục Chăn nuôi và Thú y trước ngày 20 để tổng hợp, báo cáo Bộ trưởng. Đồng thời gửi báo cáo đột xuất khi có ổ dịch mới phát sinh trên địa bàn trong vòng 24 giờ kể từ khi phát hiện.' },
  // Footnote markers ¹ and [1] removed.
  { file: '10_cv-so-gddt-chu-thich.txt', path: '1', text: 'Các trường đã đủ điều kiện đánh giá ngoài hoàn thiện hồ sơ tự đánh giá, gửi về Sở (qua Phòng Giáo dục Trung học) trước ngày 30/10/2026.' },
  // The footnote block cuts the sentence; it is lifted and the sentence joined.
  { file: '10_cv-so-gddt-chu-thich.txt', path: '2', text: 'Các trường chưa đạt chuẩn xây dựng kế hoạch cải tiến chất lượng theo từng tiêu chí còn hạn chế; bố trí nguồn lực để khắc phục trong năm học, báo cáo kết quả cải tiến kèm minh chứng về Sở trước ngày 15/5/2027.' },
  // Markdown: bold wrapped mid-phrase, removed with the hard wraps.
  { file: '11_cv-an-giang-web-markdown.txt', path: '1', text: 'Các chủ đầu tư có dự án giải ngân dưới 50%:' },
  { file: '11_cv-an-giang-web-markdown.txt', path: '1/a', text: 'Lập kế hoạch giải ngân chi tiết theo từng tháng đến hết năm, gửi Sở Tài chính trước ngày 15/10/2026;' },
  { file: '11_cv-an-giang-web-markdown.txt', path: '2/b', text: 'Tham mưu điều chuyển vốn từ các dự án chậm giải ngân sang dự án có khả năng giải ngân tốt, hoàn thành trong tháng 10 năm 2026.' },
  // PDF: a blank line after every wrapped line; the received stamp and routing slip lifted.
  { file: '12_tb-son-la-pdf-phieu-chuyen.txt', path: '1', text: 'Sở Nông nghiệp và Môi trường chủ trì hướng dẫn nông dân thu hái đúng độ chín, sơ chế, phơi sấy bảo đảm chất lượng; hoàn thành việc tập huấn cho các hợp tác xã trước ngày 10/11/2025.' },
  { file: '12_tb-son-la-pdf-phieu-chuyen.txt', path: '4', text: 'Ủy ban nhân dân các xã vùng cà phê tuyên truyền người dân không thu hái quả xanh; báo cáo sản lượng thu hoạch về Sở Nông nghiệp và Môi trường trước ngày 25 hằng tháng trong mùa vụ.' },
  // Old tone placement modernised.
  { file: '13_ct-can-tho-dau-cu-va-d-lap.txt', path: '1/b', text: 'Xây dựng kịch bản vận hành cống điều tiết, bảo đảm hài hòa giữa tiêu úng và giữ ngọt.' },
  // NFD source, NFC text.
  { file: '08_kh-khanh-hoa-nfd.txt', path: 'II/3/a', text: 'Lập danh sách hộ dân cần di dời khi có bão, gửi Sở Nông nghiệp và Môi trường trước ngày 15/7/2025.' },
  // CRLF source.
  { file: '07_cv-thai-nguyen-crlf.txt', path: '1/-1', text: 'Lập danh sách trẻ trong độ tuổi tiêm chủng, rà soát trẻ tiêm chưa đủ mũi, hoàn thành trước ngày 15/6/2026.' },
  // Inline (1) (2) (3) stay in their item.
  { file: '14_kh-tuyen-quang-liet-ke.txt', path: 'II/1', text: 'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan: (1) rà soát, công nhận các điểm du lịch cộng đồng đủ điều kiện, hoàn thành trong quý III năm 2027; (2) tổ chức tập huấn kỹ năng đón tiếp, thuyết minh cho các hộ làm du lịch; (3) xây dựng bộ nhận diện chung cho sản phẩm du lịch cộng đồng.' },
  // A short heading item is not joined to the body line under it.
  { file: '01_qd-kh-lao-cai-nuoc-sach.txt', path: 'II/2', text: 'Sở Tài chính' },
];

describe('item texts after normalization', () => {
  it.each(TEXTS)('$file $path', ({ file, path, text }) => {
    const { seg } = run(load(file));
    expect(textAt(seg, path)).toBe(text);
  });
});

describe('fixtures are what they claim to be', () => {
  it('07 has CRLF line endings only', () => {
    const s = load('07_cv-thai-nguyen-crlf.txt');
    expect(s.includes('\r\n')).toBe(true);
    expect(/[^\r]\n/u.test(s)).toBe(false);
  });
  it('08 is in NFD', () => {
    const s = load('08_kh-khanh-hoa-nfd.txt');
    expect(s).toBe(s.normalize('NFD'));
    expect(s).not.toBe(s.normalize('NFC'));
  });
});
