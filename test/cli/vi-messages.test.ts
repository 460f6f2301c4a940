// Issue 12, a Vietnamese interface to the end: commander's own usage errors, the validate report
// and its no-input hint, under --lang vi and under a vi_VN locale; English stays English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langFromArgv, translateCommander } from '../../src/cli/commander-vi.js';
import { hasScript, onTerminal, run, seed, tmp } from './helpers.js';

const VI = { LANG: 'vi_VN.UTF-8' };

describe('commander messages in Vietnamese', () => {
  const cases: [string[], string][] = [
    [['extract', '--bogus'], "nhiemvu: tùy chọn không có: '--bogus'\n(chạy với --help để xem cách dùng)\n"],
    [['extract', '-o'], "nhiemvu: tùy chọn '-o, --out <file>' thiếu giá trị\n"],
    [['extract', '--lang', 'fr', 'x'], "nhiemvu: tùy chọn '--lang <lang>': giá trị 'fr' không hợp lệ, chỉ nhận vi, en\n"],
    [['validate', '--format', 'xml'], "nhiemvu: tùy chọn '--format <format>': giá trị 'xml' không hợp lệ, chỉ nhận text, github, json\n"],
    [['extract', '-r', '2025-02-30', 'x'], "nhiemvu: tùy chọn '-r, --reference-date <YYYY-MM-DD>': '2025-02-30' không phải ngày có thật trên lịch\n"],
    [['bogus'], "nhiemvu: lệnh không có: 'bogus'\n"],
    [['rules', 'a', 'b'], "nhiemvu: thừa tham số cho 'rules': cần 0, nhận 2\n"],
  ];
  it.each(cases)('vi_VN locale: %j', (args, expected) => {
    const r = run(args, '', VI);
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(r.err).not.toMatch(/unknown|invalid|missing|Allowed|run with/u);
  });

  it('--lang vi wins over an English locale, --lang en over a Vietnamese one', () => {
    expect(run(['extract', '--lang', 'vi', '--bogus'], '').err).toContain("tùy chọn không có: '--bogus'");
    expect(run(['extract', '--lang=vi', '--bogus'], '').err).toContain("tùy chọn không có: '--bogus'");
    const en = run(['extract', '--lang', 'en', '--bogus'], '', VI);
    expect(en.err).toBe("nhiemvu: unknown option '--bogus'\n(run with --help for usage)\n");
  });

  it('a suggestion is translated too; an unknown shape is left as commander wrote it', () => {
    expect(run(['extract', '--tody', 'x'], '', VI).err).toContain('(có phải ý bạn là một trong --body, --today?)');
    expect(translateCommander("nhiemvu: option '--x' argument missing\nsomething new", 'vi')).toBe("nhiemvu: tùy chọn '--x' thiếu giá trị\nsomething new");
    expect(translateCommander("error: unknown option '--x'", 'en')).toBe("error: unknown option '--x'");
  });

  it('langFromArgv: --lang before the locale, stops at --', () => {
    expect(langFromArgv(['extract', '--lang', 'vi'], {})).toBe('vi');
    expect(langFromArgv(['extract', '--', '--lang', 'vi'], {})).toBe('en');
    expect(langFromArgv(['extract'], { LC_ALL: 'vi_VN.UTF-8' })).toBe('vi');
    expect(langFromArgv(['extract', '--lang', 'en'], { LC_ALL: 'vi_VN.UTF-8' })).toBe('en');
  });
});

describe('validate in Vietnamese', () => {
  let dir = '';
  let doc: any;
  beforeAll(() => {
    dir = tmp();
    [doc] = JSON.parse(run(['extract', '--format', 'json', seed]).out);
  });

  it('report lines, strict reasons and the closing count in Vietnamese; zod messages from its vi locale', () => {
    const d = JSON.parse(JSON.stringify(doc));
    const o = d.obligations.find((x: any) => x.deadline?.date);
    o.deadline.date = '2025-02-30';
    d.document.number = null;
    d.obligations[0].lead = [];
    d.obligations[1].text = 5;
    const p = join(dir, 'vi.json');
    writeFileSync(p, JSON.stringify(d));
    const r = run(['validate', '--strict', '--lang', 'vi', p]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${p}: obligations[${o.id}].deadline.date: không phải ngày có thật trên lịch\n`);
    expect(r.err).toContain(`${p}: obligations[${d.obligations[1].id}].text: Đầu vào không hợp lệ: mong đợi string`);
    expect(r.err).toMatch(/đã kiểm tra 1 văn bản, 2 vi phạm\n$/u);
    d.obligations[1].text = 'x';
    o.deadline.date = '2025-02-28';
    writeFileSync(p, JSON.stringify(d));
    const s = run(['validate', '--strict', p], undefined, VI);
    expect(s.err).toContain(`${p}: obligations[${d.obligations[0].id}].lead: không có cơ quan chủ trì (--strict)\n`);
    expect(s.err).toContain(`${p}: document.number: thiếu (--strict)\n`);
  });

  it('a broken NDJSON line and non-JSON input are named in Vietnamese; the JSON report stays English', () => {
    const r = run(['validate', '-'], '{"a":1}\nbad\n', VI);
    expect(r.err).toContain('-: dòng 2: không phải JSON hợp lệ (');
    expect(run(['validate', '-'], 'hello world', VI).err).toContain('-: (gốc): không phải JSON hay NDJSON (');
    const j = JSON.parse(run(['validate', '--format', 'json', '-'], 'hello world', VI).out);
    expect(j.violations[0].message).toMatch(/^not JSON or NDJSON/u);
  });

  it.skipIf(!hasScript)('the no-input hint on a terminal', () => {
    const r = onTerminal(['validate'], VI);
    expect(r.code).toBe(2);
    expect(r.out).toContain('nhiemvu: chưa có đầu vào: nêu tệp kết quả hoặc văn bản');
    expect(onTerminal(['validate']).out).toContain('nhiemvu: no input: give result files');
  });
});
