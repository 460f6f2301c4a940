// commander writes its own usage errors in English; a Vietnamese reader (--lang vi, or a vi_VN
// locale) gets them translated here, one known message shape at a time. A shape not listed stays
// as commander wrote it, so a commander upgrade can only leave a message in English, never lose it.
import { langFromEnv, type Lang } from '../emit/i18n.js';

/** The language of the messages before commander has parsed anything: --lang wins over the locale. */
export function langFromArgv(argv: string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'vi' || v === 'en') return v;
  }
  return langFromEnv(env);
}

// Every pattern is anchored and its wildcards are separated by literal text that they cannot
// contain ([^']), so matching stays linear.
const VI: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^unknown option '([^']*)'$/u, (m) => `tùy chọn không có: '${m[1]}'`],
  [/^unknown command '([^']*)'$/u, (m) => `lệnh không có: '${m[1]}'`],
  [/^\(Did you mean one of ([^?]*)\?\)$/u, (m) => `(có phải ý bạn là một trong ${m[1]}?)`],
  [/^\(Did you mean ([^?]*)\?\)$/u, (m) => `(có phải ý bạn là ${m[1]}?)`],
  [/^missing required argument '([^']*)'$/u, (m) => `thiếu tham số bắt buộc '${m[1]}'`],
  [/^option '([^']*)' argument missing$/u, (m) => `tùy chọn '${m[1]}' thiếu giá trị`],
  [/^required option '([^']*)' not specified$/u, (m) => `chưa nêu tùy chọn bắt buộc '${m[1]}'`],
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\.$/u, (m) => `tùy chọn '${m[1]}': giá trị '${m[2]}' không hợp lệ, chỉ nhận ${m[3]}`],
  [/^option '([^']*)' argument '([^']*)' is invalid\. expected a date YYYY-MM-DD, got "[^"]*"$/u, (m) => `tùy chọn '${m[1]}': '${m[2]}' không phải ngày dạng YYYY-MM-DD`],
  [/^option '([^']*)' argument '([^']*)' is invalid\. "[^"]*" is not a calendar date$/u, (m) => `tùy chọn '${m[1]}': '${m[2]}' không phải ngày có thật trên lịch`],
  [/^option '([^']*)' argument '([^']*)' is invalid\. (.*)$/u, (m) => `tùy chọn '${m[1]}': giá trị '${m[2]}' không hợp lệ (${m[3]})`],
  [/^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/u, (m) => `thừa tham số${m[1] ? ` cho '${m[1]}'` : ''}: cần ${m[2]}, nhận ${m[3]}`],
  [/^\(run with --help for usage\)$/u, () => '(chạy với --help để xem cách dùng)'],
];

/** commander's error text (prefix "error: " already replaced or not) in the reader's language. */
export function translateCommander(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const prefix = /^(?:error|nhiemvu): /u.exec(line)?.[0] ?? '';
      const body = line.slice(prefix.length);
      for (const [re, f] of VI) {
        const m = re.exec(body);
        if (m) return prefix + f(m);
      }
      return line;
    })
    .join('\n');
}
