// The code cells of a file: a .py file is one cell; notebooks give their code cells in order,
// named like the notebook's execution (`<cell 1>`, `<cell 2>`, ...) for tracebacks.
import * as path from 'node:path';
import { parseNotebook } from '../shared/nbformat';

export function codeCellsOf(file: string, text: string): { source: string; filename: string }[] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.py') return [{ source: text, filename: file }];
  if (ext === '.tfnb' || ext === '.ipynb') {
    const nb = parseNotebook(text, 'tf1-python');
    return nb.cells.filter(c => c.kind === 'code').map((c, i) => ({ source: c.source, filename: `<cell ${i + 1}>` }));
  }
  throw new Error(`cannot run ${file}: expected a .py, .tfnb or .ipynb file`);
}
