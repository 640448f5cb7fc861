// nbformat 4 JSON → the notebook model. Cells and outputs become what VS Code shows; everything
// else (unknown keys, metadata, the file's layout) is carried along for the writer.
import { keepDeepValues } from './deepValues';
import { hintsUnder, scanLayout, type LayoutHints } from './layout';
import {
  binaryMimes, ErrorMime, isJsonMime, isRebuiltPath, joinLines, LayoutKey, NotebookFormatError, rawLanguage, StreamMime,
  type CellModel, type DocumentLayout, type NotebookModel, type OutputModel, type PartLayout,
} from './model';
import { emptyNotebook } from './template';

const enc = new TextEncoder();
const notChanged = 'It was not opened and will not be changed.';

export function parseNotebook(text: string, codeLanguage: string): NotebookModel {
  if (text.trim() === '') return emptyNotebook(codeLanguage);
  const deep = keepDeepValues(text);
  let json: any;
  try {
    json = JSON.parse(deep.text);
  } catch (e) {
    throw new NotebookFormatError(`This file is not valid notebook JSON (${(e as Error).message}). ${notChanged}`);
  }
  if (!json || typeof json !== 'object' || !Array.isArray(json.cells)) {
    throw new NotebookFormatError(`This file is JSON but not an nbformat notebook (it has no "cells" list). ${notChanged}`);
  }
  if (json.nbformat !== 4) {
    throw new NotebookFormatError(`This notebook is nbformat ${json.nbformat}; Gradbook reads nbformat 4. ${notChanged}`);
  }
  const { hints, ...format } = scanLayout(deep.text, isRebuiltPath);
  const { cells, ...metadata } = json;
  const layout: DocumentLayout = { ...format, ...nonEmpty('hints', hintsUnder(hints, '', (rel) => rel.startsWith('/cells'))), ...nonEmpty('kept', deep.kept) };
  return {
    metadata: { ...metadata, [LayoutKey]: layout },
    cells: cells.map((c: any, i: number) => parseCell(c, i, codeLanguage, hints)),
  };
}

function parseCell(cell: any, index: number, codeLanguage: string, hints: LayoutHints): CellModel {
  if (!cell || typeof cell !== 'object' || Array.isArray(cell)) {
    throw new NotebookFormatError(`Cell ${index + 1} is not an object. The file was not opened and will not be changed.`);
  }
  const { cell_type, source, outputs, execution_count, ...fields } = cell;
  const path = `/cells/${index}`;
  const layout: PartLayout = { ...hintsUnder(hints, path, (rel) => rel.startsWith('/outputs/')), ...asString({ source }) };
  const metadata = { ...fields, [LayoutKey]: layout };
  const text = joinLines(source);
  if (cell_type === 'markdown') return { kind: 'markdown', languageId: 'markdown', source: text, outputs: [], metadata };
  if (cell_type === 'raw') return { kind: 'code', languageId: rawLanguage, source: text, outputs: [], metadata };
  return {
    kind: 'code',
    languageId: codeLanguage,
    source: text,
    outputs: Array.isArray(outputs) ? outputs.map((o, j) => parseOutput(o, hintsUnder(hints, `${path}/outputs/${j}`) ?? {})) : [],
    metadata,
    executionOrder: typeof execution_count === 'number' ? execution_count : undefined,
  };
}

function parseOutput(out: any, hints: LayoutHints): OutputModel {
  const { output_type, ...rest } = out ?? {};
  switch (output_type) {
    case 'stream': {
      const { name, text, ...extra } = rest;
      const layout: PartLayout = { ...hints, ...asString({ text }) };
      return { items: [{ mime: name === 'stderr' ? StreamMime.stderr : StreamMime.stdout, data: enc.encode(joinLines(text)) }], metadata: { outputType: 'stream', ...keep(extra), layout } };
    }
    case 'error': {
      const { ename, evalue, traceback, ...extra } = rest;
      // A damaged file may hold anything here; a wrong type must not stop the notebook opening.
      const error = { name: ename, message: evalue, stack: Array.isArray(traceback) ? traceback.join('\n') : '' };
      return { items: [{ mime: ErrorMime, data: enc.encode(JSON.stringify(error)) }], metadata: { outputType: 'error', originalError: { ename, evalue, traceback }, ...keep(extra), layout: hints } };
    }
    default: {
      const { data, ...extra } = rest;
      const entries = Object.entries((data ?? {}) as Record<string, unknown>);
      const items = entries.map(([mime, value]) => ({ mime, data: mimeValueToBytes(mime, value) }));
      const layout: PartLayout = { ...hints, ...asString(Object.fromEntries(entries.map(([mime, v]) => [`data/${mime}`, v]))), ...base64Spelling(entries) };
      return { items, metadata: { outputType: output_type ?? 'display_data', ...keep(extra), layout } };
    }
  }
}

function keep(extra: Record<string, unknown>) {
  return Object.keys(extra).length ? { nbformat: extra } : {};
}

/** Multiline fields the file wrote as one string instead of nbformat's list of lines. */
function asString(fields: Record<string, unknown>): { asString?: string[] } {
  const names = Object.keys(fields).filter((k) => typeof fields[k] === 'string');
  return names.length ? { asString: names } : {};
}

/** Base64 images as the file wrote them (line breaks, a final newline), where re-encoding differs. */
function base64Spelling(entries: [string, unknown][]): { base64?: Record<string, unknown> } {
  const kept = entries.filter(([mime, v]) => binaryMimes.has(mime) && (typeof v !== 'string' || Buffer.from(v, 'base64').toString('base64') !== v));
  return kept.length ? { base64: Object.fromEntries(kept) } : {};
}

function nonEmpty<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value && Object.keys(value).length ? ({ [key]: value } as { [k in K]: V }) : {};
}

function mimeValueToBytes(mime: string, value: unknown): Uint8Array {
  if (binaryMimes.has(mime) && typeof value === 'string') return Uint8Array.from(Buffer.from(joinLines(value).replace(/\s/g, ''), 'base64'));
  if (isJsonMime(mime) && typeof value !== 'string') return enc.encode(JSON.stringify(value));
  return enc.encode(joinLines(value));
}
