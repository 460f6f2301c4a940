// A compact, reviewable projection of an extraction result: the document header and, per
// obligation, its id, lead, support, deadline and first words.
import type { Result } from '../../src/schema/index.js';

export function projectResult(r: Result) {
  return {
    document: { type: r.document.type, number: r.document.number, issuer: r.document.issuer, date: r.document.date, signer: r.document.signer?.name ?? null },
    obligations: r.obligations.map((o) => ({
      id: o.id,
      lead: o.lead.map((b) => b.name),
      support: o.support.map((b) => b.name),
      deadline: o.deadline ? [o.deadline.date, o.deadline.recurrence] : null,
      opens: o.text.split(/\s+/u).slice(0, 8).join(' '),
    })),
  };
}
