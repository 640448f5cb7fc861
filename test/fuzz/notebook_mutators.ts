// Mutations of notebook files (nbformat JSON): damaged bytes, wrong types, odd sizes, and cells
// whose source was mutated like a program.
import type { Rng } from './rng';
import { PROGRAM_MUTATORS } from './program_mutators';

export interface NotebookMutator { name: string; apply(json: string, rng: Rng): string }

type Json = any;
const edit = (json: string, f: (nb: Json) => void): string => { const nb = JSON.parse(json); f(nb); return JSON.stringify(nb, null, 1); };
const ODD_VALUES: Json[] = [null, 5, -1, 1e308, 'text', [], {}, [[['deep']]], true, { cells: [] }, '\u0000', 2 ** 53 + 1];

export const NOTEBOOK_MUTATORS: NotebookMutator[] = [
  { name: 'truncate the file', apply: (j, r) => j.slice(0, r.int(j.length)) },
  {
    name: 'random bytes in the file', apply: (j, r) => {
      let out = j;
      for (let k = 1 + r.int(4); k > 0; k--) { const i = r.int(out.length); out = out.slice(0, i) + r.pick(['\u0000', '{', '"', ']', ',', '\\', '\ud800', 'ÿ', '1e999', 'null']) + out.slice(i + r.int(2)); }
      return out;
    },
  },
  { name: 'cells is not a list', apply: (j, r) => edit(j, nb => { nb.cells = r.pick(ODD_VALUES.filter(v => !Array.isArray(v))); }) },
  { name: 'a cell is not an object', apply: (j, r) => edit(j, nb => { nb.cells[r.int(nb.cells.length)] = r.pick(ODD_VALUES); }) },
  { name: 'a cell field has the wrong type', apply: (j, r) => edit(j, nb => { const c = r.pick(nb.cells as Json[]); c[r.pick(['source', 'outputs', 'cell_type', 'metadata', 'execution_count'])] = r.pick(ODD_VALUES); }) },
  {
    name: 'an output field has the wrong type', apply: (j, r) => edit(j, nb => {
      const c = r.pick(nb.cells as Json[]);
      c.cell_type = 'code';
      c.outputs = [r.pick([
        { output_type: 'error', ename: 'E', evalue: 'v', traceback: r.pick(ODD_VALUES) },
        { output_type: 'stream', name: 'stdout', text: r.pick(ODD_VALUES) },
        { output_type: 'execute_result', data: r.pick(ODD_VALUES), execution_count: 1 },
        { output_type: 'display_data', data: { 'image/png': r.pick(ODD_VALUES), 'application/json': r.pick(ODD_VALUES) } },
        r.pick(ODD_VALUES),
      ])];
    }),
  },
  { name: 'odd nbformat', apply: (j, r) => edit(j, nb => { nb.nbformat = r.pick([3, 5, 4.5, '4', null, 1e308]); }) },
  {
    // Made as text: JSON.stringify itself overflows the stack on such a value.
    name: 'deeply nested metadata', apply: (j, r) => {
      const n = r.pick([100, 5000, 100000]);
      return edit(j, nb => { nb.metadata = '__DEEP__'; }).replace('"__DEEP__"', '['.repeat(n) + ']'.repeat(n));
    },
  },
  { name: 'huge source line', apply: (j, r) => edit(j, nb => { const c = r.pick(nb.cells as Json[]); c.cell_type = 'code'; c.source = ['x = ' + '1 + '.repeat(r.pick([1000, 50000])) + '1\n']; }) },
  { name: 'empty file', apply: () => '' },
  { name: 'not JSON at all', apply: (_j, r) => r.pick(['print(1)', '\u0000\u0001\u0002', '<html></html>', '[]', 'null', '{"cells": 5}']) },
  {
    name: 'mutated cell source', apply: (j, r) => edit(j, nb => {
      const code = (nb.cells as Json[]).filter(c => c && c.cell_type === 'code');
      if (!code.length) return;
      const c = r.pick(code);
      const src = Array.isArray(c.source) ? c.source.join('') : String(c.source);
      c.source = r.pick(PROGRAM_MUTATORS).apply(src, r);
    }),
  },
];

/** A notebook (nbformat 4) whose code cells are `cells`. */
export function notebookOf(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map((source, i) => ({ cell_type: 'code', execution_count: i + 1, metadata: {}, outputs: [], source: source.split(/(?<=\n)/) })),
    metadata: { kernelspec: { display_name: 'TF1 Python', language: 'tf1-python', name: 'gradbook' } },
    nbformat: 4, nbformat_minor: 5,
  }, null, 1);
}
