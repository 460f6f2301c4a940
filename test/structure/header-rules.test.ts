// Every header rule's examples, run: a "fires" example must have its field set by that rule to the
// value written next to it; a "skips" example must not have the field set by that rule.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { HEADER_RULES, readHeader } from '../../src/segment/header.js';

const read = (doc: string) => readHeader(normalize(doc));

describe.each(HEADER_RULES)('$id', (rule) => {
  it('has a description and examples both ways', () => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.examples.fires.length).toBeGreaterThan(0);
    expect(rule.examples.skips.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.fires)('fires: $field from %#', (ex) => {
    const h = read(ex.doc);
    expect(h.by[ex.field]).toBe(rule.id);
    expect(h[ex.field]).toEqual(ex.value);
  });
  it.each(rule.examples.skips)('skips: $field from %#', (ex) => {
    expect(read(ex.doc).by[ex.field]).not.toBe(rule.id);
  });
});

describe('header rules as a whole', () => {
  it('ids are unique', () => {
    const ids = HEADER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('a numbered section heading is never the issuer', () => {
    expect(read('II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Rà soát hồ sơ.\n2. Báo cáo kết quả.').issuer).toBeNull();
  });
  it('a capitalised heading at the top of a headerless page is not the issuer', () => {
    expect(read('NHIỆM VỤ TRỌNG TÂM NĂM 2026\nCác sở rà soát hồ sơ đất đai.\nCác xã báo cáo kết quả.').issuer).toBeNull();
  });
  it('a key–value table with a bare place and a department code gives no issuer of its own', () => {
    const h = read('Số hiệu:\n|\n5/SNV-TCBC\n|\nNơi ban hành:\n|\nTỉnh Gia Lai\n|\nKính gửi: các phòng');
    expect(h.issuer).toBeNull();
    expect(h.number).toBe('5/SNV-TCBC');
  });
  it('a bold signer\'s name wrapped after the family name is one name', () => {
    const h = read('Các sở thực hiện.\nNơi nhận:\n- Như trên;\n**KT. GIÁM ĐỐC**\nPHÓ GIÁM ĐỐC\n**Lương\nThị Thu Trang**');
    expect(h.signer).toEqual({ name: 'Lương Thị Thu Trang', title: 'Phó giám đốc', authority: 'KT. Giám đốc' });
  });
  it('a bold signature title wrapped over two lines is one title', () => {
    const h = read('Các sở thực hiện.\nNơi nhận:\n- Như trên;\n**T/M BAN THƯỜNG\nVỤ**\nPHÓ BÍ THƯ\nHà Văn Nam');
    expect(h.signer).toEqual({ name: 'Hà Văn Nam', title: 'Phó bí thư', authority: 'T/M Ban thường vụ' });
  });
});
