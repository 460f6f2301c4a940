// The words a person reads, in Vietnamese or English. Machine formats (JSON, CSV headers, ICS
// properties) stay in English so that scripts do not depend on the reader's language.
import type { Recurrence } from '../schema/index.js';

export type Lang = 'vi' | 'en';

/** `vi_VN.UTF-8`, `vi`, `vi_VN` → Vietnamese; anything else → English. LC_ALL wins over
 * LC_MESSAGES, which wins over LANG, as POSIX says. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^vi(?:[_.@-]|$)/iu.test(v) ? 'vi' : 'en';
}

const WORDS = {
  en: {
    id: 'Id', who: 'Lead (support)', deadline: 'Deadline', task: 'Task', noHeader: '(no header found)', none: '—', unknownLead: '?',
    next: 'next', weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', semiannual: 'every 6 months', yearly: 'yearly',
    obligations: 'obligations', withDeadline: 'with a deadline', files: 'files', failed: 'failed', warnings: 'warnings',
    warningsHint: '(--warnings lists them)', body: 'Lead body', count: 'Obligations', nearest: 'Nearest deadline', overdue: 'Overdue',
    document: 'Document', line: 'line', support: 'support', source: 'source',
    icsPeriodEnd: 'The document gives no day: placed on the last day of each period.',
    icsPerDay: 'One of the days the document gives for this duty.',
  },
  vi: {
    id: 'Mã', who: 'Chủ trì (phối hợp)', deadline: 'Thời hạn', task: 'Nhiệm vụ', noHeader: '(không đọc được phần đầu văn bản)', none: '—', unknownLead: '?',
    next: 'kỳ tới', weekly: 'hằng tuần', monthly: 'hằng tháng', quarterly: 'hằng quý', semiannual: '6 tháng một lần', yearly: 'hằng năm',
    obligations: 'nhiệm vụ', withDeadline: 'có thời hạn', files: 'tệp', failed: 'lỗi', warnings: 'cảnh báo',
    warningsHint: '(--warnings để xem chi tiết)', body: 'Cơ quan chủ trì', count: 'Số nhiệm vụ', nearest: 'Thời hạn gần nhất', overdue: 'Quá hạn',
    document: 'Văn bản', line: 'dòng', support: 'phối hợp', source: 'nguồn',
    icsPeriodEnd: 'Văn bản không ghi ngày: đặt vào ngày cuối của mỗi kỳ.',
    icsPerDay: 'Một trong các ngày văn bản ghi cho nhiệm vụ này.',
  },
} as const;

export type Words = { [K in keyof (typeof WORDS)['en']]: string };

export function words(lang: Lang): Words {
  return WORDS[lang];
}

export function recurrenceLabel(r: Recurrence, lang: Lang): string {
  return WORDS[lang][r];
}

/** Messages of the command line, with `{name}` slots. */
const MESSAGES = {
  en: {
    noInput: 'no input: give one or more files, pipe a document in, or use "-" to type one (nhiemvu extract --help)',
    outIsInput: 'refusing to write {out}: it is also an input',
    noFolder: 'cannot write {out}: folder {dir} does not exist',
    noPermission: 'cannot write {out}: no permission to write in {dir}',
    outIsDir: 'cannot write {out}: it is a directory',
    outIsDocument: 'refusing to overwrite {out}: an existing document (name the output .json, .csv, .xlsx, .ics or .md)',
    unknownExt: 'cannot tell the format of {out} from its extension: add --format (json, ndjson, csv, xlsx, ics, md, table)',
    binaryToTerminal: 'will not write {format} to a terminal: use --out FILE or a pipe',
    writeFailed: 'cannot write {out}: {reason}',
    warning: 'warning',
    icsLeftOut: '{n} obligation(s) with a deadline but no day to put in a calendar left out of {out} (see the JSON output)',
  },
  vi: {
    noInput: 'chưa có đầu vào: nêu một hoặc nhiều tệp, chuyển văn bản qua ống dẫn, hoặc dùng "-" để gõ trực tiếp (nhiemvu extract --help)',
    outIsInput: 'không ghi {out}: tệp này cũng là đầu vào',
    noFolder: 'không ghi được {out}: thư mục {dir} không tồn tại',
    noPermission: 'không ghi được {out}: không có quyền ghi vào {dir}',
    outIsDir: 'không ghi được {out}: đó là một thư mục',
    outIsDocument: 'không ghi đè {out}: đó là một văn bản có sẵn (đặt tên tệp kết quả .json, .csv, .xlsx, .ics hoặc .md)',
    unknownExt: 'không biết định dạng của {out} theo phần mở rộng: thêm --format (json, ndjson, csv, xlsx, ics, md, table)',
    binaryToTerminal: 'không ghi {format} ra màn hình: dùng --out TỆP hoặc ống dẫn',
    writeFailed: 'không ghi được {out}: {reason}',
    warning: 'cảnh báo',
    icsLeftOut: '{n} nhiệm vụ có thời hạn nhưng không có ngày để đưa vào lịch, không ghi vào {out} (xem kết quả JSON)',
  },
} as const;

export type MessageKey = keyof (typeof MESSAGES)['en'];

export function message(lang: Lang, key: MessageKey, slots: Record<string, string> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/gu, (_m, k: string) => slots[k] ?? `{${k}}`);
}
