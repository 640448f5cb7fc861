// The notebook model → nbformat 4 JSON, written as the file was (layout.ts): a notebook nbformat
// wrote comes back byte for byte; a new one is written as nbformat writes (sorted keys, one-space
// indent, a final newline).
import { emitJson } from './emit';
import { pointer, type LayoutHints } from './layout';
import {
  binaryMimes, ErrorMime, isJsonMime, isRebuiltPath, joinLines, LayoutKey, rawLanguage, splitLines, StreamMime,
  type CellModel, type DocumentLayout, type NotebookModel, type OutputModel, type PartLayout,
} from './model';

const dec = new TextDecoder();
const nbformatLayout: DocumentLayout = { indent: ' ', newline: '\n', finalNewline: true, sortedKeys: true };

interface Written { json: Record<string, unknown>; hints?: LayoutHints }

export function serializeNotebook(model: NotebookModel): string {
  const { [LayoutKey]: layoutValue, ...fields } = model.metadata;
  const layout = (layoutValue as DocumentLayout | undefined) ?? nbformatLayout;
  const doc: Record<string, unknown> = { nbformat: 4, nbformat_minor: 5, metadata: {}, ...fields };
  const usesIds = typeof doc.nbformat_minor === 'number' && doc.nbformat_minor >= 5;
  const hints: Required<LayoutHints> = { raw: { ...layout.hints?.raw }, order: { ...layout.hints?.order } };
  doc.cells = model.cells.map((cell, i) => {
    const written = serializeCell(cell, usesIds);
    addHints(hints, `/cells/${i}`, written.hints);
    return written.json;
  });
  const newline = layout.newline ?? '\n';
  const text = emitJson(doc, { indent: layout.indent, newline, sortedKeys: layout.sortedKeys, hints, kept: layout.kept ?? {}, rebuilt: isRebuiltPath });
  return layout.finalNewline ? text + newline : text;
}

function addHints(into: Required<LayoutHints>, prefix: string, hints: LayoutHints | undefined): void {
  for (const [p, v] of Object.entries(hints?.raw ?? {})) into.raw[prefix + p] = v;
  for (const [p, v] of Object.entries(hints?.order ?? {})) into.order[prefix + p] = v;
}

function serializeCell(cell: CellModel, usesIds: boolean): Written {
  const { [LayoutKey]: layoutValue, ...fields } = cell.metadata;
  const layout = (layoutValue as PartLayout | undefined) ?? {};
  const base: Record<string, unknown> = { metadata: {}, ...fields, source: multiline(cell.source, 'source', layout) };
  if (usesIds && typeof base.id !== 'string') base.id = newCellId();
  if (cell.kind === 'markdown') return { json: { ...base, cell_type: 'markdown' }, hints: layout };
  if (cell.languageId === rawLanguage) return { json: { ...base, cell_type: 'raw' }, hints: layout };
  const hints: Required<LayoutHints> = { raw: { ...layout.raw }, order: { ...layout.order } };
  const outputs = mergeStreams(cell.outputs.flatMap((o) => serializeOutput(o, cell.executionOrder)));
  outputs.forEach((o, j) => addHints(hints, `/outputs/${j}`, o.hints));
  return { json: { ...base, cell_type: 'code', execution_count: cell.executionOrder ?? null, outputs: outputs.map((o) => o.json) }, hints };
}

function serializeOutput(output: OutputModel, executionOrder: number | undefined): Written[] {
  const meta = output.metadata ?? {};
  const extra = (meta.nbformat as Record<string, unknown>) ?? {};
  const layout = meta.layout as PartLayout | undefined;
  const streams = output.items.filter((i) => i.mime === StreamMime.stdout || i.mime === StreamMime.stderr);
  if (streams.length > 0 && streams.length === output.items.length) {
    return streams.map((i) => ({
      json: { ...extra, output_type: 'stream', name: i.mime === StreamMime.stderr ? 'stderr' : 'stdout', text: multiline(dec.decode(i.data), 'text', layout) },
      hints: streams.length === 1 ? layout : undefined,
    }));
  }
  const error = output.items.find((i) => i.mime === ErrorMime);
  if (error) {
    const original = meta.originalError as { ename: string; evalue: string; traceback: string[] } | undefined;
    const parsed = JSON.parse(dec.decode(error.data)) as { name: string; message: string; stack?: string };
    const fromItem = { ename: parsed.name, evalue: parsed.message, traceback: (parsed.stack ?? '').split('\n') };
    const same = original && original.ename === fromItem.ename && original.evalue === fromItem.evalue;
    return [{ json: { ...extra, output_type: 'error', ...(same ? original : fromItem) }, hints: layout }];
  }
  const outputType = meta.outputType === 'execute_result' ? 'execute_result' : 'display_data';
  const data: Record<string, unknown> = {};
  for (const item of output.items) data[item.mime] = mimeValue(item.mime, item.data, layout);
  const json: Record<string, unknown> = { metadata: {}, ...extra, output_type: outputType, data };
  if (outputType === 'execute_result' && !('execution_count' in json)) json.execution_count = executionOrder ?? null;
  return [{ json, hints: layout }];
}

/** A multiline field as nbformat writes it (a list of lines), or as one string where the file had one. */
function multiline(text: string, field: string, layout: PartLayout | undefined): string | string[] {
  return layout?.asString?.includes(field) ? text : splitLines(text);
}

function mimeValue(mime: string, bytes: Uint8Array, layout: PartLayout | undefined): unknown {
  if (binaryMimes.has(mime)) {
    const base64 = Buffer.from(bytes).toString('base64');
    const original = layout?.base64?.[mime];
    return original !== undefined && Buffer.from(joinLines(original).replace(/\s/g, ''), 'base64').toString('base64') === base64 ? original : base64;
  }
  const text = dec.decode(bytes);
  const field = `data/${mime}`;
  if (layout?.asString?.includes(field)) return text;
  if (isJsonMime(mime)) { try { return JSON.parse(text); } catch { return text; } }
  return splitLines(text);
}

/** Stream pieces the kernel wrote one after another become one output, as Jupyter stores them. */
function mergeStreams(outputs: Written[]): Written[] {
  const merged: Written[] = [];
  for (const o of outputs) {
    const last = merged.at(-1);
    const mergeable = (w: Written | undefined) => w?.json.output_type === 'stream' && !w.hints && Object.keys(w.json).length === 3;
    if (mergeable(o) && mergeable(last) && last!.json.name === o.json.name) {
      last!.json = { ...last!.json, text: splitLines(joinLines(last!.json.text) + joinLines(o.json.text)) };
    } else merged.push({ ...o });
  }
  return merged;
}

function newCellId(): string {
  return Array.from({ length: 8 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

