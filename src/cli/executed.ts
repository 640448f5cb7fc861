// `gradbook run --output OUT.ipynb`: the executed notebook, as `jupyter nbconvert --execute --to
// notebook` writes it: every code cell's outputs (streams merged, display_data and execute_result
// with all their mime types, the summaries output in its final form, errors with their traceback) and execution counts, in nbformat 4.5
// with cell ids, one-space indent and sorted keys. A .py file becomes a one-cell notebook.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MimeBundle } from '../shared/mimes';
import type { PythonError } from '../shared/protocol';
import type { CellResult, CellSink } from '../kernel/kernelClient';
import {
  ErrorMime, LayoutKey, StreamMime, isRunnableCell, parseNotebook, serializeNotebook,
  type CellModel, type NotebookModel, type OutputModel,
} from '../shared/nbformat';

const enc = new TextEncoder();

/** The notebook a .py script becomes: one code cell holding the whole file. */
function scriptNotebook(source: string): NotebookModel {
  return {
    metadata: {
      nbformat: 4, nbformat_minor: 5,
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' }, language_info: { name: 'python' } },
    },
    cells: [{ kind: 'code', languageId: 'python', source: source.replace(/\n$/, ''), outputs: [], metadata: { metadata: {} } }],
  };
}

/** A notebook without the input file's layout, so it is written as nbformat writes (4.5, ids). */
function normalized(model: NotebookModel): NotebookModel {
  const { [LayoutKey]: _layout, ...metadata } = model.metadata;
  const minor = typeof metadata.nbformat_minor === 'number' ? Math.max(metadata.nbformat_minor, 5) : 5;
  return {
    metadata: { ...metadata, nbformat_minor: minor },
    cells: model.cells.map(c => {
      const { [LayoutKey]: _l, ...fields } = c.metadata;
      return { ...c, metadata: fields };
    }),
  };
}

function bundleOutput(bundle: MimeBundle, outputType: 'display_data' | 'execute_result'): OutputModel {
  const items = Object.entries(bundle).map(([mime, value]) => {
    if (value instanceof Uint8Array) return { mime, data: value };
    if (mime.startsWith('image/') && mime !== 'image/svg+xml' && typeof value === 'string') return { mime, data: Uint8Array.from(Buffer.from(value, 'base64')) };
    return { mime, data: enc.encode(typeof value === 'string' ? value : JSON.stringify(value)) };
  });
  return { items, metadata: { outputType } };
}

function errorOutput(e: PythonError): OutputModel {
  const stack = e.traceback.join('\n');
  return {
    items: [{ mime: ErrorMime, data: enc.encode(JSON.stringify({ name: e.ename, message: e.evalue, stack })) }],
    metadata: { outputType: 'error', originalError: { ename: e.ename, evalue: e.evalue, traceback: e.traceback } },
  };
}

export class ExecutedNotebook {
  private readonly model: NotebookModel;
  /** The model's cells that run, in order. */
  readonly runnable: CellModel[];

  constructor(file: string, text: string) {
    const isScript = path.extname(file).toLowerCase() === '.py';
    this.model = isScript ? scriptNotebook(text) : normalized(parseNotebook(text, 'python'));
    this.runnable = this.model.cells.filter(isRunnableCell);
  }

  /** Collects cell `index`'s outputs while it runs, passing every event on to `inner`. */
  sink(index: number, inner: CellSink): CellSink {
    const cell = this.runnable[index];
    cell.outputs = [];
    cell.executionOrder = undefined;
    let summaries: OutputModel | undefined;
    const stream = (mime: string, text: string) => cell.outputs.push({ items: [{ mime, data: enc.encode(text) }], metadata: { outputType: 'stream' } });
    return {
      started: order => { cell.executionOrder = order; inner.started?.(order); },
      stdout: t => { stream(StreamMime.stdout, t); inner.stdout(t); },
      stderr: t => { stream(StreamMime.stderr, t); inner.stderr(t); },
      display: d => { cell.outputs.push(bundleOutput(d, 'display_data')); inner.display(d); },
      progress: p => inner.progress(p),
      // One summaries output per cell, replaced in place as in the editor; its last form (with the PNG) is saved.
      summaries: d => {
        const next = bundleOutput(d, 'display_data');
        if (summaries) summaries.items = next.items;
        else cell.outputs.push(summaries = next);
        inner.summaries?.(d);
      },
    };
  }

  /** Records how cell `index` ended: its value or its error. */
  finish(index: number, result: CellResult): void {
    const cell = this.runnable[index];
    if (result.status === 'ok' && result.value) cell.outputs.push(bundleOutput(result.value, 'execute_result'));
    else if (result.status === 'error') cell.outputs.push(errorOutput(result.error));
    else if (result.status === 'lost') cell.outputs.push(errorOutput({ ename: 'DeadKernelError', evalue: result.reason, traceback: [`DeadKernelError: ${result.reason}`] }));
  }

  write(file: string): void {
    fs.writeFileSync(file, serializeNotebook(this.model));
  }
}
