// The one schema: every type of the output is inferred from here, `nhiemvu schema` prints the JSON
// Schema generated from it, and `nhiemvu validate` checks with it.
import { z } from 'zod';
import { isCalendarDate } from './calendar.js';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION, isCalendarDate };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/u.test(s) || isCalendarDate(s), 'not a calendar date');

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first character in the decoded source text'),
    end: z.number().int().nonnegative().describe('offset just past the last character'),
    line: z.number().int().positive().describe('1-based line of `start` in the source'),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must not be before span.start' });

export const BodySchema = z.object({
  name: z.string().min(1).describe('canonical name (NFC, modern tone marks, heads expanded)'),
  kind: z.string().nullable().optional().describe('government, ministry, agency, party, province, department, commune, collective, person, other'),
  level: z.enum(['central', 'provincial', 'commune']).nullable().optional(),
  matched: z.string().optional().describe('the words as written in the document'),
  note: z.string().optional().describe('e.g. a former name merged into another body'),
});

export const RecurrenceSchema = z.enum(['weekly', 'monthly', 'quarterly', 'semiannual', 'yearly']);

export const DeadlineSchema = z.object({
  text: z.string().describe('the phrase as written'),
  date: isoDate.nullable().describe('the last day allowed; null for recurring-only or unresolved deadlines'),
  recurrence: RecurrenceSchema.nullable(),
  rrule: z.string().regex(/^FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=[A-Z0-9,+-]+)*$/u, 'expected an RFC 5545 RRULE value such as FREQ=MONTHLY;BYMONTHDAY=25').nullable().optional()
    .describe('RFC 5545 rule of a recurring duty, e.g. FREQ=MONTHLY;BYMONTHDAY=25; null when not recurring'),
  next: isoDate.nullable().optional().describe("a recurring duty's first due date after the document date; null when its day is not written"),
});

export const ObligationSchema = z.object({
  id: z.string().min(1).describe('stable within the document'),
  path: z.array(z.string()).describe('labels of the structure nodes that hold it, outermost first'),
  text: z.string().min(1).describe("the obligation's own text, de-wrapped, single spaces"),
  lead: z.array(BodySchema).describe('bodies that must do it'),
  support: z.array(BodySchema).describe('bodies that coordinate'),
  reportTo: z.array(BodySchema).optional().describe('bodies reported or submitted to (not leads)'),
  action: z.string().describe('what is to be done'),
  deadline: DeadlineSchema.nullable(),
  notes: z.array(z.string()).optional().describe('footnotes the obligation\'s text calls'),
  span: SpanSchema,
  why: z.array(z.string()).optional().describe('ids of the rules that made it, in order (extract --explain; see `nhiemvu rules`)'),
});

export const ReferenceSchema = z.object({
  type: z.string().nullable(),
  number: z.string().nullable(),
  date: isoDate.nullable(),
});

export const SignerSchema = z.object({
  name: z.string().nullable(),
  title: z.string().nullable(),
  authority: z.string().nullable(),
});

export const DocumentMetaSchema = z.object({
  type: z.string().nullable().describe('slug of the document type: nghi-quyet, thong-bao, cong-van, …'),
  number: z.string().nullable().describe('số và ký hiệu'),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  date: isoDate.nullable().describe('ngày ban hành; never a stamp date'),
  subject: z.string().nullable().describe('trích yếu'),
  signer: SignerSchema.nullable(),
  references: z.array(ReferenceSchema),
  addressees: z.array(z.string()).optional().describe('the bodies listed after "Kính gửi" (or a telegram\'s "… điện:")'),
});

export interface SectionNode {
  label: string;
  kind: string;
  heading: string;
  span: z.infer<typeof SpanSchema>;
  emphasis?: string[];
  children: SectionNode[];
}

export const SectionSchema: z.ZodType<SectionNode> = z.lazy(() =>
  z.object({
    label: z.string(),
    kind: z.string(),
    heading: z.string(),
    span: SpanSchema,
    emphasis: z.array(z.string()).optional(),
    children: z.array(SectionSchema),
  }),
);

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable().optional(),
});

export const ResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
  }),
  document: DocumentMetaSchema,
  sections: z.array(SectionSchema),
  obligations: z.array(ObligationSchema),
  warnings: z.array(WarningSchema),
});

export const OutputSchema = z.array(ResultSchema);

export type Span = z.infer<typeof SpanSchema>;
export type Body = z.infer<typeof BodySchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type Obligation = z.infer<typeof ObligationSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Result = z.infer<typeof ResultSchema>;

export function jsonSchema(): unknown {
  return z.toJSONSchema(OutputSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}
