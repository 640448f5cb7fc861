// The cells of a file to run: a .py file is one cell, run as a script (no echo of its last expression); notebooks give their code cells in order,
// raw cells skipped as nbconvert does, named like the notebook's execution (`<cell 1>`, ...).
import * as path from 'node:path';
import { isRunnableCell, parseNotebook } from '../shared/nbformat';

export function codeCellsOf(file: string, text: string): { source: string; filename: string; script?: boolean }[] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.py') return [{ source: text, filename: file, script: true }];
  if (ext === '.tfnb' || ext === '.ipynb') {
    const nb = parseNotebook(text, 'tf1-python');
    return nb.cells.filter(isRunnableCell).map((c, i) => ({ source: c.source, filename: `<cell ${i + 1}>` }));
  }
  throw new Error(`cannot run ${file}: expected a .py, .tfnb or .ipynb file`);
}
