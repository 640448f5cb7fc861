// Writes one cell execution's events into its outputs: stream text appended to the current
// stream output (batched), display values as outputs, one progress output updated in place at
// most 10 times a second, errors with the Python traceback. VS Code applies output edits
// asynchronously, so every edit goes through one chain to keep their order.
import * as vscode from 'vscode';
import { Mime, type MimeBundle } from '../shared/mimes';
import { formatProgress } from '../shared/progressText';
import type { PythonError, TrainingProgress } from '../shared/protocol';

const streamFlushMs = 50;
const progressIntervalMs = 100;
type StreamName = 'stdout' | 'stderr';

export class CellOutputWriter {
  private chain: Promise<unknown> = Promise.resolve();
  private stream?: { name: StreamName; output: vscode.NotebookCellOutput };
  private pendingText: { name: StreamName; text: string } | undefined;
  private flushTimer?: NodeJS.Timeout;
  private progressOutput?: vscode.NotebookCellOutput;
  private progressShownAt = 0;
  private pendingProgress?: TrainingProgress;
  private progressTimer?: NodeJS.Timeout;

  constructor(private readonly execution: vscode.NotebookCellExecution) {}

  write(name: StreamName, text: string): void {
    if (this.pendingText && this.pendingText.name !== name) this.flushText();
    this.pendingText = { name, text: (this.pendingText?.text ?? '') + text };
    this.flushTimer ??= setTimeout(() => this.flushText(), streamFlushMs);
  }

  display(bundle: MimeBundle, outputType: 'display_data' | 'execute_result' = 'display_data'): void {
    this.flushText();
    this.stream = undefined;
    this.enqueue(() => this.execution.appendOutput(new vscode.NotebookCellOutput(bundleItems(bundle), { outputType })));
  }

  error(error: PythonError): void {
    this.flushText();
    this.stream = undefined;
    const item = vscode.NotebookCellOutputItem.error({ name: error.ename, message: error.evalue, stack: error.traceback.join('\n') });
    this.enqueue(() => this.execution.appendOutput(new vscode.NotebookCellOutput([item], { outputType: 'error', originalError: error })));
  }

  progress(p: TrainingProgress): void {
    this.pendingProgress = p;
    const wait = this.progressShownAt + progressIntervalMs - Date.now();
    if (p.final || wait <= 0) this.showProgress();
    else this.progressTimer ??= setTimeout(() => this.showProgress(), wait);
  }

  /** Waits until every output edit has been applied. */
  async finish(): Promise<void> {
    this.flushText();
    if (this.pendingProgress) this.showProgress();
    await this.chain;
  }

  private showProgress(): void {
    clearTimeout(this.progressTimer);
    this.progressTimer = undefined;
    const p = this.pendingProgress;
    if (!p) return;
    this.pendingProgress = undefined;
    this.progressShownAt = Date.now();
    const items = bundleItems({ [Mime.training]: p, [Mime.text]: formatProgress(p) });
    if (this.progressOutput) {
      const output = this.progressOutput;
      this.enqueue(() => this.execution.replaceOutputItems(items, output));
    } else {
      this.flushText();
      this.stream = undefined;
      const output = new vscode.NotebookCellOutput(items, { outputType: 'display_data', gradbook: 'progress' });
      this.progressOutput = output;
      this.enqueue(() => this.execution.appendOutput(output));
    }
    if (p.final) this.progressOutput = undefined; // a later loop gets its own bar
  }

  private flushText(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const pending = this.pendingText;
    if (!pending) return;
    this.pendingText = undefined;
    const item = pending.name === 'stdout' ? vscode.NotebookCellOutputItem.stdout(pending.text) : vscode.NotebookCellOutputItem.stderr(pending.text);
    if (this.stream?.name === pending.name) {
      const output = this.stream.output;
      this.enqueue(() => this.execution.appendOutputItems(item, output));
    } else {
      const output = new vscode.NotebookCellOutput([item], { outputType: 'stream' });
      this.stream = { name: pending.name, output };
      this.enqueue(() => this.execution.appendOutput(output));
    }
  }

  private enqueue(edit: () => Thenable<void>): void {
    this.chain = this.chain.then(edit, edit);
  }
}

/** Rich mimes first so VS Code prefers them; text/plain last, always present. */
export function bundleItems(bundle: MimeBundle): vscode.NotebookCellOutputItem[] {
  const mimes = Object.keys(bundle).sort((a, b) => Number(a === Mime.text) - Number(b === Mime.text));
  return mimes.map((mime) => {
    const value = bundle[mime];
    return typeof value === 'string' && !mime.endsWith('json')
      ? vscode.NotebookCellOutputItem.text(value, mime)
      : vscode.NotebookCellOutputItem.json(value, mime);
  });
}
