// The editor's questions about a cell and their answers: asked of the language worker
// (src/language/worker.ts) and, for live values, of the kernel (src/worker/language.ts). Offsets are into the cell's text.

/** A cell in its notebook: the imports of every cell count for each. */
export interface CellDocument {
  readonly cells: readonly string[];
  readonly index: number;
}

export type CompletionKind = 'module' | 'function' | 'class' | 'value' | 'variable' | 'keyword-argument' | 'method';

export interface CompletionItemInfo {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One short line beside the label: a signature, a type. */
  readonly detail?: string;
  readonly doc?: string;
  /** What to insert when it differs from the label (`strides=`). */
  readonly insertText?: string;
}

export interface HoverInfo {
  /** Markdown. */
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

export interface SignatureHelpInfo {
  readonly label: string;
  readonly doc: string;
  readonly params: readonly { label: string; doc?: string }[];
  /** The parameter being typed; -1 when none matches (an unknown keyword). */
  readonly active: number;
}

export interface DiagnosticInfo {
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** `syntax`, `missing-attribute`, `missing-module`, `unsupported-argument`, `unknown-keyword`. */
  readonly code: string;
}

/** An inlay hint after a cell ran: `▸ (?, 7, 7, 64) float32` at the end of a 0-based line. */
export interface ShapeHint {
  readonly line: number;
  /** The line's text when the cell ran: the hint is shown only while the line is unchanged. */
  readonly lineText: string;
  readonly label: string;
}

export type LanguageRequest =
  | { type: 'complete'; id: number; doc: CellDocument; offset: number }
  | { type: 'hover'; id: number; doc: CellDocument; offset: number }
  | { type: 'signature'; id: number; doc: CellDocument; offset: number }
  | { type: 'diagnostics'; id: number; doc: CellDocument };

export type LanguageResponse =
  | { type: 'complete'; id: number; items: CompletionItemInfo[] }
  | { type: 'hover'; id: number; hover: HoverInfo | null }
  | { type: 'signature'; id: number; help: SignatureHelpInfo | null }
  | { type: 'diagnostics'; id: number; diagnostics: DiagnosticInfo[] };
