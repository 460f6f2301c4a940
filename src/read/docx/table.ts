// Word tables → text. The official layout sets the header (issuer | national motto; số | place and
// date) and the signature (Nơi nhận | signer) as two-column tables without borders: those are read
// column by column, the way the text reader expects a header. A table of three or more columns (a
// task table: STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn) becomes a Markdown pipe table, which
// the task-table reader reads.
import { attr, child, childrenNamed, type XmlNode } from '../xml.js';
import { blocks, type DocxContext } from '../docx.js';

interface Cell { paras: string[]; span: number; merged: boolean }

function rowsOf(tbl: XmlNode, ctx: DocxContext): Cell[][] {
  return childrenNamed(tbl, 'w:tr').map((tr) =>
    childrenNamed(tr, 'w:tc').map((tc) => {
      const tcPr = child(tc, 'w:tcPr');
      const vMerge = child(tcPr, 'w:vMerge');
      return {
        paras: blocks(tc, ctx).filter((b) => b.trim()),
        span: Number(attr(child(tcPr, 'w:gridSpan')) ?? '1') || 1,
        merged: vMerge !== undefined && attr(vMerge) !== 'restart',
      };
    }),
  );
}

const cellLine = (c: Cell) => (c.merged ? '' : c.paras.join(' ').split('\n').map((l) => l.trim()).join(' ').replace(/\|/gu, '\\|'));
// The header and signature cells are read as plain lines, as the text reader has them.
const plain = (s: string) => s.replace(/\*{1,3}([^*\n]{1,2000}?)\*{1,3}/gu, '$1');

/** Grid columns where no row has text: a spacer column between the header's two halves. */
function emptyColumns(rows: Cell[][]): Set<number> {
  const used = new Set<number>();
  for (const r of rows) {
    let col = 0;
    for (const c of r) {
      if (c.paras.length) used.add(col);
      col += c.span;
    }
  }
  const cols = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  return new Set([...Array(cols).keys()].filter((k) => !used.has(k)));
}

export function tableText(tbl: XmlNode, ctx: DocxContext): string {
  const all = rowsOf(tbl, ctx).filter((r) => r.length);
  const empty = emptyColumns(all);
  // Drop the empty spacer cells (a cell spanning into a used column is kept).
  const rows = all.map((r) => {
    let col = 0;
    return r.filter((c) => {
      const keep = c.span > 1 || !empty.has(col);
      col += c.span;
      return keep;
    });
  });
  const cols = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  if (cols <= 2) {
    const left = rows.flatMap((r) => r[0]?.paras ?? []).map(plain);
    const right = rows.flatMap((r) => r.slice(1).flatMap((c) => c.paras)).map(plain);
    return [left.join('\n'), right.join('\n')].filter(Boolean).join('\n\n');
  }
  const lines = rows.map((r) => {
    const cells = r.flatMap((c) => [cellLine(c), ...Array<string>(c.span - 1).fill('')]);
    while (cells.length < cols) cells.push('');
    return `| ${cells.join(' | ')} |`;
  });
  lines.splice(1, 0, `|${' --- |'.repeat(cols)}`);
  return lines.join('\n');
}
