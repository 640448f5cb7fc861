// The plain notebook model the serializer and the CLI share, shaped like VS Code's NotebookData
// (output items are bytes by mime). What we do not understand of a file rides along in the
// metadata fields, with the file's layout (layout.ts), so a round trip gives back the same bytes.
import type { FileLayout, LayoutHints } from './layout';

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
export const rawLanguage = 'raw';
export const binaryMimes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/webp']);

/**
 * The key under which the model carries a file's layout: in the notebook's metadata the whole
 * DocumentLayout, in a cell's or an output's metadata that part's hints. Never written to files.
 */
export const LayoutKey = 'gradbook:layout';

export interface DocumentLayout extends Omit<FileLayout, 'hints'> {
  hints?: LayoutHints;
  /** placeholder → the text of a value too deep to parse (deepValues.ts) */
  kept?: Record<string, string>;
}

/**
 * Hints of a cell or an output: `asString` names multiline fields the file wrote as one string
 * (`source`, `text`, `data/<mime>`); `base64` holds images whose base64 text re-encoding changes.
 */
export interface PartLayout extends LayoutHints { asString?: string[]; base64?: Record<string, unknown> }

export class NotebookFormatError extends Error {
  override name = 'NotebookFormatError';
}

/** A code cell a kernel runs: raw cells look like code cells (language `raw`) but never run, as in nbconvert. */
export function isRunnableCell(cell: CellModel): boolean { return cell.kind === 'code' && cell.languageId !== rawLanguage; }

/** Jupyter's multiline strings: a list of lines, each keeping its '\n'. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function joinLines(v: unknown): string {
  if (Array.isArray(v)) return v.join('');
  return typeof v === 'string' ? v : '';
}

export function isJsonMime(mime: string): boolean { return mime === 'application/json' || mime.endsWith('+json'); }

/** Objects the reader takes apart and the writer builds again: the document, its cells, their outputs. */
export const isRebuiltPath = (path: string) => /^(|\/cells\/\d+|\/cells\/\d+\/outputs\/\d+)$/.test(path);
