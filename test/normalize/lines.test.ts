// Line classification (noise), footnote lifting and de-wrapping, table-driven.
import { describe, expect, it } from 'vitest';
import { classifyLines, cleanChars, normalize } from '../../src/normalize/index.js';
import { lineStartsOf } from '../../src/util/text.js';

const classify = (src: string) => classifyLines(cleanChars(src), lineStartsOf(src)).map((l) => [l.text, l.noise] as const);
const noiseOf = (src: string, line: string) => classify(src).find(([t]) => t === line)?.[1];
const paras = (src: string) => normalize(src).paragraphs.map((p) => p.text);

describe('noise: lines that are never running text', () => {
  it.each<[string, string, string | null]>([
    ['page number "- 2 -"', 'Văn bản.\n- 2 -\nTiếp theo.', 'page-number'],
    ['page number "-3-"', 'Văn bản.\n-3-\nTiếp theo.', 'page-number'],
    ['page footer "Trang 2/5"', 'Văn bản.\nTrang 2/5\nTiếp theo.', 'page-number'],
    ['a rule under the issuer', 'BỘ TÀI CHÍNH\n-------\nSố: 1/BTC-VP', 'separator'],
    ['a table pipe', 'Số: 1/BTC-VP\n|\nKính gửi:', 'separator'],
    ['signature mark X', 'thực hiện./.\nX\nNơi nhận:', 'signature-mark'],
    ['portal stamp', 'NGHỊ QUYẾT\nCÔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nCăn cứ Luật.', 'portal-stamp'],
    ['portal stamp date field', 'NGHỊ QUYẾT\nĐIỀU\tNgày: 05/08/2025\nCăn cứ Luật.', 'portal-stamp'],
    ['routing code with a copy count', 'NGHỊ QUYẾT\nTTDT (2)\nCHÍNH PHỦ', 'portal-stamp'],
    ['displaced party motto', 'nêu trên.\nĐẢNG CỘNG SẢN VIỆT NAM\nkịp thời', 'header-line'],
    ['displaced date line', 'nêu trên.\nHà Nội, ngày 03 tháng 8 năm 2025\nkịp thời', 'header-line'],
    ['motto split by a web table cell', 'CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', 'header-line'],
    ['an item is not noise', 'Văn bản.\n1. Sở Tài chính chủ trì.', null],
    ['a label "2." is not a page number', 'Điều\n2.\nNội dung', null],
  ])('%s', (_name, src, want) => {
    const lines = classify(src);
    const target = lines[1]!;
    expect(target[1]).toBe(want);
  });

  it('the star under a party issuer goes with the markdown stars: no text line is left', () => {
    expect(classify('TỈNH ỦY\n*\nSố 15-CV/TU')).toEqual([['TỈNH ỦY', null], ['Số 15-CV/TU', null]]);
  });

  it('a received stamp and routing slip spliced into the text are all noise, the text around is not', () => {
    const src = [
      '1. Sở Xây dựng chủ trì rà soát,',
      'VĂN PHÒNG UBND TỈNH SƠN LA',
      'Số: ..........................1987',
      'Ngày: .......................29/10/2025ĐẾN',
      'Chuyển: ...........................',
      'Số và ký hiệu HS: .................',
      'ĐƠN VỊ CHỦ THAM',
      'TRÌ GIA',
      'PCT L.V.Hùng x',
      'P. KT x',
      '2. Sở Tài chính bố trí kinh phí.',
    ].join('\n');
    const got = classify(src);
    expect(got[0]![1]).toBeNull();
    for (const [t, n] of got.slice(1, -1)) expect([t, n]).toEqual([t, 'routing-slip']);
    expect(got[got.length - 1]).toEqual(['2. Sở Tài chính bố trí kinh phí.', null]);
  });

  it('a running header next to the page number is noise on every page; the same line elsewhere is not', () => {
    const head = 'Kế hoạch số 12/KH-UBND về phòng chống thiên tai';
    const src = ['Mở đầu văn bản dài.', '- 2 -', head, 'tiếp theo câu.', '3', head, 'tiếp nữa.'].join('\n');
    const got = classify(src);
    expect(got.filter(([t]) => t === head).map(([, n]) => n)).toEqual(['running-header', 'running-header']);
    expect(noiseOf(src, '3')).toBe('page-number');
    const table = ['1', '|', 'Bộ Công an', '|', '1', '|', 'Bộ Công an'].join('\n');
    expect(classify(table).filter(([t]) => t === 'Bộ Công an').map(([, n]) => n)).toEqual([null, null]);
  });

  it('a bare number inside a sentence that goes on in lower case is a page number; a table cell is not', () => {
    expect(noiseOf('báo cáo kết quả về Sở trước\n\n7\n\nngày 15/5/2027.', '7')).toBe('page-number');
    expect(noiseOf('STT\n1\nBộ Công an', '1')).toBeNull();
  });
});

describe('footnotes', () => {
  it('lifts ¹ and [1] bodies and joins the sentence they cut', () => {
    const src = [
      'Căn cứ hướng dẫn¹, đề nghị các trường đủ điều kiện[1] gửi báo cáo về Sở trước',
      '',
      '¹ Thông tư số 18/2018/TT-BGDĐT và các văn bản sửa đổi,',
      'bổ sung.',
      '[1] Trường đã hoàn thành tự đánh giá.',
      '',
      'ngày 15/5/2027.',
    ].join('\n');
    const n = normalize(src);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['Căn cứ hướng dẫn, đề nghị các trường đủ điều kiện gửi báo cáo về Sở trước ngày 15/5/2027.']);
    expect(n.footnotes.map((p) => p.text)).toEqual(['¹ Thông tư số 18/2018/TT-BGDĐT và các văn bản sửa đổi, bổ sung.', '[1] Trường đã hoàn thành tự đánh giá.']);
    expect(n.warnings.filter((w) => w.code === 'footnote-lifted')).toHaveLength(2);
  });

  it('a footnote body cut by a page break takes its lower-case rest', () => {
    const src = ['1. Các bộ thực hiện nhiệm vụ được giao².', '² Gồm các nhiệm vụ tại Kế hoạch số 5-KH/BCĐ và', '', '2. Bộ Nội vụ hướng dẫn.', '', 'các kế hoạch khác.'].join('\n');
    const n = normalize(src);
    expect(n.footnotes.map((p) => p.text)).toEqual(['² Gồm các nhiệm vụ tại Kế hoạch số 5-KH/BCĐ và các kế hoạch khác.']);
    expect(n.paragraphs.map((p) => p.text)).toEqual(['1. Các bộ thực hiện nhiệm vụ được giao.', '2. Bộ Nội vụ hướng dẫn.']);
  });
});

describe('de-wrapping: joins wrapped lines, never two items or a heading and its body', () => {
  it.each<[string, string, string[]]>([
    ['a wrapped sentence', 'Các sở, ban, ngành tập trung rà soát các\nvăn bản quy phạm pháp luật.', ['Các sở, ban, ngành tập trung rà soát các văn bản quy phạm pháp luật.']],
    ['two dash items', '- Rà soát văn bản;\n- Báo cáo kết quả.', ['- Rà soát văn bản;', '- Báo cáo kết quả.']],
    ['a numbered heading and its letters', '1. Sở Tài chính:\na) Bố trí kinh phí;\nb) Hướng dẫn thanh toán.', ['1. Sở Tài chính:', 'a) Bố trí kinh phí;', 'b) Hướng dẫn thanh toán.']],
    ['a heading, a blank line, its body', '2. Về thể chế\n\nCác sở rà soát văn bản quy phạm pháp luật.', ['2. Về thể chế', 'Các sở rà soát văn bản quy phạm pháp luật.']],
    ['a label alone: "Điều" ⏎ "13. …"', 'Điều\n13. Trách nhiệm thi hành', ['Điều 13. Trách nhiệm thi hành']],
    ['a part label and its title', 'Chương II\nQUY ĐỊNH CỤ THỂ\nĐiều 3. Phạm vi', ['Chương II QUY ĐỊNH CỤ THỂ', 'Điều 3. Phạm vi']],
    ['a lone dash and its text', '-\nTham mưu triển khai kế hoạch.', ['- Tham mưu triển khai kế hoạch.']],
    ['a number broken at a hyphen', 'theo Công văn số 7415/BNV-\nCCVC của Bộ Nội vụ.', ['theo Công văn số 7415/BNV-CCVC của Bộ Nội vụ.']],
    ['a title in capitals wrapped', 'KẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026 TRÊN ĐỊA BÀN\nTỈNH', ['KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2026 TRÊN ĐỊA BÀN TỈNH']],
    ['the provenance line of an attached plan', 'Bảo đảm nước sạch nông thôn mùa khô\n(Kèm theo Quyết định số 5/QĐ-UBND)', ['Bảo đảm nước sạch nông thôn mùa khô', '(Kèm theo Quyết định số 5/QĐ-UBND)']],
    ['"Số:" and "V/v" each on their own', 'Số: 86/UBND-VP\nV/v tổ chức tiêm chủng', ['Số: 86/UBND-VP', 'V/v tổ chức tiêm chủng']],
    ['a sentence over a page break', 'báo cáo nhu cầu kinh phí còn thiếu về Bộ\n\n- 2 -\n\nNông nghiệp và Môi trường trước ngày 15/4/2027.', ['báo cáo nhu cầu kinh phí còn thiếu về Bộ Nông nghiệp và Môi trường trước ngày 15/4/2027.']],
  ])('%s', (_name, src, want) => {
    expect(paras(src)).toEqual(want);
  });

  const FLUSH = [
    '1. Sở Nông nghiệp và Môi trường',
    'Chủ trì rà soát hiện trạng các công trình cấp nước tập trung trên địa bàn, lập',
    'danh sách công trình hư hỏng cần sửa chữa, hoàn thành trong quý II năm 2026.',
    '2. Sở Tài chính',
    'Tham mưu bố trí kinh phí sửa chữa công trình từ nguồn dự phòng ngân sách của',
    'tỉnh, trình Ủy ban nhân dân tỉnh xem xét trong tháng 4 năm 2026 theo quy định.',
    '3. Sở Y tế tổ chức lấy mẫu, xét nghiệm chất lượng nước tại các công trình cấp',
    'nước tập trung ít nhất một lần mỗi quý, công bố kết quả cho người dân biết.',
    '4. Giai đoạn 3: Nghiệm thu, đưa vào khai thác',
    'Sở Tư pháp chủ trì nghiệm thu dữ liệu, đồng bộ lên hệ thống của Bộ Tư pháp và',
    'hướng dẫn các xã, phường khai thác, sử dụng dữ liệu hộ tịch sau khi số hóa.',
  ].join('\n');

  it('flush (PDF) layout: a short heading item is not joined to the capitalised body under it', () => {
    expect(paras(FLUSH)).toEqual([
      '1. Sở Nông nghiệp và Môi trường',
      'Chủ trì rà soát hiện trạng các công trình cấp nước tập trung trên địa bàn, lập danh sách công trình hư hỏng cần sửa chữa, hoàn thành trong quý II năm 2026.',
      '2. Sở Tài chính',
      'Tham mưu bố trí kinh phí sửa chữa công trình từ nguồn dự phòng ngân sách của tỉnh, trình Ủy ban nhân dân tỉnh xem xét trong tháng 4 năm 2026 theo quy định.',
      '3. Sở Y tế tổ chức lấy mẫu, xét nghiệm chất lượng nước tại các công trình cấp nước tập trung ít nhất một lần mỗi quý, công bố kết quả cho người dân biết.',
      '4. Giai đoạn 3: Nghiệm thu, đưa vào khai thác',
      'Sở Tư pháp chủ trì nghiệm thu dữ liệu, đồng bộ lên hệ thống của Bộ Tư pháp và hướng dẫn các xã, phường khai thác, sử dụng dữ liệu hộ tịch sau khi số hóa.',
    ]);
  });

  it('web layout (first lines wrapped short): a short first line is still joined', () => {
    const src = [
      'Hội nghị toàn quốc công tác',
      'văn phòng năm 2026 đã thống nhất đánh giá kết quả hoạt động của các văn phòng',
      'từ tháng 6/2024 đến nay.',
      '',
      'Ban Tổ chức Hội nghị nhận được',
      'nhiều tham luận của văn phòng các ban đảng, trong đó có nhiều đồng chí phát biểu',
      'tại Hội nghị.',
      '',
      '1. Đề nghị: Hiệp hội',
      'Doanh nghiệp tỉnh, Hội Nông dân tỉnh phối hợp thực hiện.',
      '',
      'Các văn phòng tiếp',
      'tục đổi mới phương thức tham mưu, nâng cao chất lượng thông tin phục vụ lãnh đạo.',
      '',
      'Đồng thời chú',
      'trọng công tác bảo đảm an toàn thông tin trong toàn hệ thống văn phòng các cấp.',
    ].join('\n');
    expect(paras(src)).toEqual([
      'Hội nghị toàn quốc công tác văn phòng năm 2026 đã thống nhất đánh giá kết quả hoạt động của các văn phòng từ tháng 6/2024 đến nay.',
      'Ban Tổ chức Hội nghị nhận được nhiều tham luận của văn phòng các ban đảng, trong đó có nhiều đồng chí phát biểu tại Hội nghị.',
      '1. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh phối hợp thực hiện.',
      'Các văn phòng tiếp tục đổi mới phương thức tham mưu, nâng cao chất lượng thông tin phục vụ lãnh đạo.',
      'Đồng thời chú trọng công tác bảo đảm an toàn thông tin trong toàn hệ thống văn phòng các cấp.',
    ]);
  });

  it('blank lines between paragraphs: a title is not joined to the text after the gap', () => {
    const src = [
      'CHỈ THỊ',
      'Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2026 - 2027',
      '',
      'Mùa khô năm nay được dự báo kéo dài, nắng nóng gay gắt, nguy cơ cháy rừng ở',
      'mức cao tại nhiều khu vực trên địa bàn tỉnh.',
      '',
      '- Chỉ đạo lực lượng kiểm lâm tăng cường tuần tra, kiểm soát tại các khu rừng',
      'trọng điểm dễ cháy trong mùa khô.',
      '',
      '- Cập nhật bản đồ cảnh báo cháy rừng hằng ngày trên cổng thông tin điện tử',
      'của Sở và gửi các xã, phường.',
      '',
      'Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả',
      'về Sở Nông nghiệp và Môi trường.',
    ].join('\n');
    expect(paras(src)).toEqual([
      'CHỈ THỊ',
      'Về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô năm 2026 - 2027',
      'Mùa khô năm nay được dự báo kéo dài, nắng nóng gay gắt, nguy cơ cháy rừng ở mức cao tại nhiều khu vực trên địa bàn tỉnh.',
      '- Chỉ đạo lực lượng kiểm lâm tăng cường tuần tra, kiểm soát tại các khu rừng trọng điểm dễ cháy trong mùa khô.',
      '- Cập nhật bản đồ cảnh báo cháy rừng hằng ngày trên cổng thông tin điện tử của Sở và gửi các xã, phường.',
      'Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả về Sở Nông nghiệp và Môi trường.',
    ]);
  });
});
