// nbformat 4 JSON ⇄ a plain notebook model shaped like VS Code's NotebookData (output items are
// bytes by mime). Used by the serializer and the CLI. Whatever we do not understand — notebook,
// cell and output metadata, unknown keys — is carried through so a round trip loses nothing.
// Written like Jupyter writes: sorted keys, one-space indent, a final newline.

export interface OutputItemModel { mime: string; data: Uint8Array }
export interface OutputModel { items: OutputItemModel[]; metadata: Record<string, unknown> }
export interface CellModel {
  kind: 'code' | 'markdown';
  languageId: string;
  source: string;
  outputs: OutputModel[];
  /** the nbformat cell without cell_type, source, outputs and execution_count */
  metadata: Record<string, unknown>;
  executionOrder?: number;
}
/** `metadata` holds the nbformat document without its cells (nbformat, nbformat_minor, metadata, …). */
export interface NotebookModel { cells: CellModel[]; metadata: Record<string, unknown> }

export const StreamMime = { stdout: 'application/vnd.code.notebook.stdout', stderr: 'application/vnd.code.notebook.stderr' } as const;
export const ErrorMime = 'application/vnd.code.notebook.error';
const rawLanguage = 'raw';
const binaryMimes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/webp']);

export class NotebookFormatError extends Error {
  override name = 'NotebookFormatError';
}

const enc = new TextEncoder();
const dec = new TextDecoder();

// ── reading ──────────────────────────────────────────────────────────────────

export function parseNotebook(text: string, codeLanguage: string): NotebookModel {
  if (text.trim() === '') return emptyNotebook(codeLanguage);
  let json: any;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new NotebookFormatError(`This file is not valid notebook JSON (${(e as Error).message}). It was not opened and will not be changed.`);
  }
  if (!json || typeof json !== 'object' || !Array.isArray(json.cells)) {
    throw new NotebookFormatError('This file is JSON but not an nbformat notebook (it has no "cells" list). It was not opened and will not be changed.');
  }
  if (json.nbformat !== 4) {
    throw new NotebookFormatError(`This notebook is nbformat ${json.nbformat}; Gradbook reads nbformat 4. It was not opened and will not be changed.`);
  }
  const { cells, ...metadata } = json;
  return { metadata, cells: cells.map((c: any, i: number) => parseCell(c, i, codeLanguage)) };
}

function parseCell(cell: any, index: number, codeLanguage: string): CellModel {
  if (!cell || typeof cell !== 'object') throw new NotebookFormatError(`Cell ${index + 1} is not an object. The file was not opened and will not be changed.`);
  const { cell_type, source, outputs, execution_count, ...metadata } = cell;
  const text = joinLines(source);
  if (cell_type === 'markdown') return { kind: 'markdown', languageId: 'markdown', source: text, outputs: [], metadata };
  if (cell_type === 'raw') return { kind: 'code', languageId: rawLanguage, source: text, outputs: [], metadata };
  return {
    kind: 'code',
    languageId: codeLanguage,
    source: text,
    outputs: Array.isArray(outputs) ? outputs.map(parseOutput) : [],
    metadata,
    executionOrder: typeof execution_count === 'number' ? execution_count : undefined,
  };
}

function parseOutput(out: any): OutputModel {
  const { output_type, ...rest } = out ?? {};
  switch (output_type) {
    case 'stream': {
      const { name, text, ...extra } = rest;
      return { items: [{ mime: name === 'stderr' ? StreamMime.stderr : StreamMime.stdout, data: enc.encode(joinLines(text)) }], metadata: { outputType: 'stream', ...keep(extra) } };
    }
    case 'error': {
      const { ename, evalue, traceback, ...extra } = rest;
      // A damaged file may hold anything here; a wrong type must not stop the notebook opening.
      const error = { name: ename, message: evalue, stack: Array.isArray(traceback) ? traceback.join('\n') : '' };
      return { items: [{ mime: ErrorMime, data: enc.encode(JSON.stringify(error)) }], metadata: { outputType: 'error', originalError: { ename, evalue, traceback }, ...keep(extra) } };
    }
    default: {
      const { data, ...extra } = rest;
      const items = Object.entries(data ?? {}).map(([mime, value]) => ({ mime, data: mimeValueToBytes(mime, value) }));
      return { items, metadata: { outputType: output_type ?? 'display_data', ...keep(extra) } };
    }
  }
}

function keep(extra: Record<string, unknown>) {
  return Object.keys(extra).length ? { nbformat: extra } : {};
}

function mimeValueToBytes(mime: string, value: unknown): Uint8Array {
  if (binaryMimes.has(mime) && typeof value === 'string') return Uint8Array.from(Buffer.from(joinLines(value).replace(/\s/g, ''), 'base64'));
  if (isJsonMime(mime) && typeof value !== 'string') return enc.encode(JSON.stringify(value));
  return enc.encode(joinLines(value));
}

function isJsonMime(mime: string) { return mime === 'application/json' || mime.endsWith('+json'); }

function joinLines(v: unknown): string {
  if (Array.isArray(v)) return v.join('');
  return typeof v === 'string' ? v : '';
}

// ── writing ──────────────────────────────────────────────────────────────────

export function serializeNotebook(model: NotebookModel): string {
  const doc = { nbformat: 4, nbformat_minor: 5, metadata: {}, ...model.metadata } as Record<string, unknown>;
  const usesIds = typeof doc.nbformat_minor === 'number' && doc.nbformat_minor >= 5;
  doc.cells = model.cells.map((c) => serializeCell(c, usesIds));
  return JSON.stringify(sortKeys(doc), null, 1) + '\n';
}

function serializeCell(cell: CellModel, usesIds: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = { metadata: {}, ...cell.metadata, source: splitLines(cell.source) };
  if (usesIds && typeof base.id !== 'string') base.id = newCellId();
  if (cell.kind === 'markdown') return { ...base, cell_type: 'markdown' };
  if (cell.languageId === rawLanguage) return { ...base, cell_type: 'raw' };
  return { ...base, cell_type: 'code', execution_count: cell.executionOrder ?? null, outputs: mergeStreams(cell.outputs.flatMap((o) => serializeOutput(o, cell.executionOrder))) };
}

function serializeOutput(output: OutputModel, executionOrder: number | undefined): Record<string, unknown>[] {
  const meta = output.metadata ?? {};
  const extra = (meta.nbformat as Record<string, unknown>) ?? {};
  const streams = output.items.filter((i) => i.mime === StreamMime.stdout || i.mime === StreamMime.stderr);
  if (streams.length > 0 && streams.length === output.items.length) {
    return streams.map((i) => ({ ...extra, output_type: 'stream', name: i.mime === StreamMime.stderr ? 'stderr' : 'stdout', text: splitLines(dec.decode(i.data)) }));
  }
  const error = output.items.find((i) => i.mime === ErrorMime);
  if (error) {
    const original = meta.originalError as { ename: string; evalue: string; traceback: string[] } | undefined;
    const parsed = JSON.parse(dec.decode(error.data)) as { name: string; message: string; stack?: string };
    const fromItem = { ename: parsed.name, evalue: parsed.message, traceback: (parsed.stack ?? '').split('\n') };
    const same = original && original.ename === fromItem.ename && original.evalue === fromItem.evalue;
    return [{ ...extra, output_type: 'error', ...(same ? original : fromItem) }];
  }
  const outputType = meta.outputType === 'execute_result' ? 'execute_result' : 'display_data';
  const data: Record<string, unknown> = {};
  for (const item of output.items) data[item.mime] = bytesToMimeValue(item.mime, item.data);
  const result: Record<string, unknown> = { metadata: {}, ...extra, output_type: outputType, data };
  if (outputType === 'execute_result' && !('execution_count' in result)) result.execution_count = executionOrder ?? null;
  return [result];
}

function bytesToMimeValue(mime: string, bytes: Uint8Array): unknown {
  if (binaryMimes.has(mime)) return Buffer.from(bytes).toString('base64');
  const text = dec.decode(bytes);
  if (isJsonMime(mime)) { try { return JSON.parse(text); } catch { return text; } }
  return splitLines(text);
}

/** Consecutive stream outputs of the same name become one, as Jupyter stores them. */
function mergeStreams(outputs: Record<string, unknown>[]): Record<string, unknown>[] {
  const merged: Record<string, unknown>[] = [];
  for (const o of outputs) {
    const last = merged.at(-1);
    if (o.output_type === 'stream' && last?.output_type === 'stream' && last.name === o.name && Object.keys(o).length === 3) {
      last.text = splitLines(joinLines(last.text) + joinLines(o.text));
    } else merged.push({ ...o });
  }
  return merged;
}

/** Jupyter's multiline strings: a list of lines, each keeping its '\n'. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as any)[k])]));
  return v;
}

function newCellId(): string {
  return Array.from({ length: 8 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

export function emptyNotebook(codeLanguage: string): NotebookModel {
  return {
    metadata: {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {
        kernelspec: { display_name: 'Gradbook (TF1 Python)', language: 'python', name: 'gradbook' },
        language_info: { name: 'python' },
      },
    },
    cells: [{ kind: 'code', languageId: codeLanguage, source: '', outputs: [], metadata: {} }],
  };
}

/** Code cells as a Python script, markdown as comments, `# %%` between cells (the percent format). */
export function notebookToPython(model: NotebookModel): string {
  const parts = model.cells.map((c) => {
    const source = c.source.replace(/\s+$/, '');
    if (c.kind === 'markdown') return '# %% [markdown]\n' + source.split('\n').map((l) => (l ? `# ${l}` : '#')).join('\n');
    if (c.languageId === rawLanguage) return '# %% [raw]\n' + source.split('\n').map((l) => `# ${l}`).join('\n');
    return '# %%\n' + source;
  });
  return parts.join('\n\n') + '\n';
}
