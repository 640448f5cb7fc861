// *Export as TensorFlow script*: a notebook's code as one `.py` that runs under TensorFlow 1.15
// and under TensorFlow 2 through tf.compat.v1. TensorFlow is imported as tf.compat.v1 with v2
// behaviour off; Gradbook's MNIST helper becomes a downloading `input_data`; IPython magics are
// dropped; a cell's last expression is printed (the notebook showed it); after the variables are
// initialized the notebook's latest checkpoint is restored, so training continues where it stopped.
import type { NotebookModel } from '../shared/nbformat/model';
import { parseModule } from '../python/parser/statements';
import { CONTRIB_HELPERS, INPUT_DATA_HELPER, IPYTHON_FALLBACKS, restoreHelper, TF_HEADER } from './python_helpers';

export interface TensorFlowExportOptions {
  /** The notebook's file name, for the header comment. */
  notebookName: string;
  /** A folder (relative to the script) holding a `checkpoint` state file to restore from. */
  checkpointDir?: string | null;
}

const MAGIC = /^(\s*)([%!].*)$/;
const TF_IMPORT = /^(\s*)import\s+tensorflow(?:\.compat\.v1)?\s+as\s+(\w+)\s*(#.*)?$/;
const INPUT_DATA_IMPORT = /^(\s*)from\s+tensorflow\.examples\.tutorials\.mnist\s+import\s+input_data\s*(#.*)?$/;
const IPYTHON_IMPORT = /^(\s*)(from\s+IPython(?:\.\w+)*\s+import\s+.*|import\s+IPython.*)$/;
const INIT_CALL = String.raw`(?:tf\.)?(?:global_variables_initializer|initialize_all_variables)\(\)`;
const INIT_NAME = new RegExp(String.raw`^\s*(\w+)\s*=\s*${INIT_CALL}\s*(#.*)?$`, 'gm');

interface Rewrite { lines: string[]; usesInputData: boolean; usesIPython: boolean; restoreCalls: number; initRun: RegExp; contrib: Set<string> }

/** `sess.run(tf.global_variables_initializer())`, or `sess.run(init)` where init was assigned one. */
function initRunPattern(sources: string[]): RegExp {
  const names = new Set<string>();
  for (const src of sources) for (const m of src.matchAll(INIT_NAME)) names.add(m[1]);
  const arg = [INIT_CALL, ...[...names].map(n => `${n}\\b`)].join('|');
  return new RegExp(String.raw`^(\s*)(\w+)\.run\(\s*(?:${arg})\s*\)\s*(#.*)?$`);
}

/** tf.contrib calls TF 2 lacks, rewritten to the helpers defined at the top of the script. */
function translateContrib(line: string, state: Rewrite): string {
  let out = line;
  for (const [qualified, helper] of Object.entries(CONTRIB_HELPERS)) {
    if (out.includes(`${qualified}(`)) { state.contrib.add(qualified); out = out.split(`${qualified}(`).join(`${helper.name}(`); }
  }
  return out;
}

/** One line of a cell as the script needs it (several lines when it must become a block). */
function rewriteLine(line: string, state: Rewrite, restore: boolean): string[] {
  let m: RegExpMatchArray | null;
  if ((m = MAGIC.exec(line))) return [`${m[1]}pass  # IPython magic left out of the script: ${m[2]}`];
  if ((m = TF_IMPORT.exec(line))) return [`${m[1]}import tensorflow.compat.v1 as ${m[2]}`];
  if ((m = INPUT_DATA_IMPORT.exec(line))) { state.usesInputData = true; return [`${m[1]}pass  # input_data is defined at the top of this script`]; }
  if ((m = IPYTHON_IMPORT.exec(line))) {
    state.usesIPython = true;
    return [`${m[1]}try:`, `${m[1]}    ${m[2]}`, `${m[1]}except ImportError:`, `${m[1]}    pass  # display() and clear_output() fall back to print at the top`];
  }
  if (restore && (m = state.initRun.exec(line))) { state.restoreCalls++; return [line, `${m[1]}restore_latest_checkpoint(${m[2]})`]; }
  return [translateContrib(line, state)];
}

/** The line (0-based) where a cell's last top-level statement starts, when it is an expression. */
function lastExpressionLine(source: string): number | null {
  try {
    const body = parseModule(source).body;
    const last = body[body.length - 1];
    return last && last.kind === 'Expr' ? last.line - 1 : null;
  } catch {
    return null; // a cell that does not parse is exported as it is
  }
}

/** A notebook cell as script lines; a final expression is printed when it is not None. */
function cellLines(source: string, state: Rewrite, restore: boolean): string[] {
  if (/^\s*%%/.test(source)) return source.split('\n').map(l => `# ${l}`);
  const lines = source.replace(/\s+$/, '').split('\n');
  // An initializer run as the last line is not a value to show (and gains the restore call).
  const found = lastExpressionLine(source);
  const lastExpr = found !== null && !state.initRun.test(lines[found] ?? '') ? found : null;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i === lastExpr && !MAGIC.test(line)) out.push('_last_value = (');
    out.push(...rewriteLine(line, state, restore));
  });
  if (lastExpr !== null && !MAGIC.test(lines[lastExpr] ?? '')) out.push(')', 'if _last_value is not None:', '    print(_last_value)');
  return out;
}

export function exportTensorFlowScript(model: NotebookModel, opts: TensorFlowExportOptions): string {
  const codeSources = model.cells.filter(c => c.kind === 'code').map(c => c.source);
  const state: Rewrite = { lines: [], usesInputData: false, usesIPython: false, restoreCalls: 0, initRun: initRunPattern(codeSources), contrib: new Set() };
  const restore = !!opts.checkpointDir;
  const body: string[] = [];
  for (const cell of model.cells) {
    const source = cell.source.replace(/\r\n/g, '\n');
    if (!source.trim()) continue;
    if (cell.kind === 'markdown' || cell.languageId === 'raw') {
      body.push('', source.replace(/\s+$/, '').split('\n').map(l => (l ? `# ${l}` : '#')).join('\n'));
      continue;
    }
    body.push('', '# %%', ...cellLines(source, state, restore));
  }
  if (/\b(display|clear_output)\(/.test(body.join('\n'))) state.usesIPython = true;
  const head = [
    `# ${opts.notebookName} exported by Gradbook as a TensorFlow script.`,
    '# Runs under TensorFlow 1.15 and under TensorFlow 2 (through tf.compat.v1):',
    '#   python3 -m pip install "tensorflow>=1.15" numpy',
    `#   python3 ${opts.notebookName.replace(/\.(tfnb|ipynb)$/, '')}_tf.py`,
    'import os',
    TF_HEADER,
  ];
  if (state.usesInputData) head.push(INPUT_DATA_HELPER.replace(/\n$/, ''));
  if (state.usesIPython) head.push(IPYTHON_FALLBACKS.replace(/\n$/, ''));
  for (const q of state.contrib) head.push(CONTRIB_HELPERS[q].source.replace(/\n$/, ''));
  if (restore && state.restoreCalls) head.push(restoreHelper(opts.checkpointDir!).replace(/\n$/, ''));
  return [...head, ...body].join('\n') + '\n';
}

/** The script's file name beside the notebook: `mnist_softmax.tfnb` → `mnist_softmax_tf.py`. */
export function scriptNameFor(notebookName: string): string {
  return `${notebookName.replace(/\.(tfnb|ipynb)$/, '')}_tf.py`;
}
