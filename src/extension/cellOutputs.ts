// Writes one cell execution's events into its outputs: stream text appended to the current
// stream output (batched), display values as outputs, one progress output updated in place at
// most 10 times a second, one summaries output (the charts of what the cell's FileWriters wrote,
// which the kernel re-sends at most once a second) replaced in place, errors with the Python
// traceback. IPython's clear_output empties the cell (keeping the progress bar and the summaries); with wait=True the next output replaces them in one edit, so
// a loop of clear_output(wait=True) + plt.show() redraws one figure without flicker. Displays
// with a display_id are updated in place. VS Code applies output edits asynchronously, so every
// edit goes through one chain to keep their order.
import * as vscode from 'vscode';
import { Mime, type MimeBundle } from '../shared/mimes';
import { binaryMimes } from '../shared/nbformat/model';
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
  private summariesOutput?: vscode.NotebookCellOutput;
  /** clear_output(wait=True) was called: the next output replaces the cell's outputs. */
  private clearPending = false;
  /** Outputs shown under each display_id in this execution (update_display replaces their items). */
  private readonly displays = new Map<string, vscode.NotebookCellOutput[]>();

  constructor(private readonly execution: vscode.NotebookCellExecution) {}

  write(name: StreamName, text: string): void {
    if (this.pendingText && this.pendingText.name !== name) this.flushText();
    this.pendingText = { name, text: (this.pendingText?.text ?? '') + text };
    this.flushTimer ??= setTimeout(() => this.flushText(), streamFlushMs);
  }

  display(bundle: MimeBundle, outputType: 'display_data' | 'execute_result' = 'display_data', options: { displayId?: string; update?: boolean } = {}): void {
    this.flushText();
    this.stream = undefined;
    const { displayId, update } = options;
    if (update) {
      // update_display changes what is shown under the id; nothing shown here under it: nothing to do (as Jupyter).
      for (const output of this.displays.get(displayId ?? '') ?? []) {
        const items = bundleItems(bundle);
        this.enqueue(() => this.execution.replaceOutputItems(items, output));
      }
      return;
    }
    const output = new vscode.NotebookCellOutput(bundleItems(bundle), { outputType, ...(displayId ? { displayId } : {}) });
    if (displayId) this.displays.set(displayId, [...(this.displays.get(displayId) ?? []), output]);
    this.place(output);
  }

  error(error: PythonError): void {
    this.flushText();
    this.stream = undefined;
    const item = vscode.NotebookCellOutputItem.error({ name: error.ename, message: error.evalue, stack: error.traceback.join('\n') });
    this.place(new vscode.NotebookCellOutput([item], { outputType: 'error', originalError: error }));
  }

  /** IPython's clear_output(wait): the progress bar of a running loop stays. */
  clear(wait: boolean): void {
    this.flushText();
    this.stream = undefined;
    if (wait) { this.clearPending = true; return; }
    this.clearPending = false;
    this.displays.clear();
    const kept = this.keptOutputs();
    this.enqueue(() => this.execution.replaceOutput(kept));
  }

  /** The cell's summaries output: added the first time, its items replaced after that. */
  summaries(bundle: MimeBundle): void {
    const items = bundleItems(bundle);
    const shown = this.summariesOutput;
    if (shown) { this.enqueue(() => this.execution.replaceOutputItems(items, shown)); return; }
    this.flushText();
    this.stream = undefined;
    const output = new vscode.NotebookCellOutput(items, { outputType: 'display_data', gradbook: 'summaries' });
    this.summariesOutput = output;
    // Like the progress bar, not a Jupyter display: clear_output neither takes nor removes it.
    this.enqueue(() => this.execution.appendOutput(output));
  }

  /** What clear_output keeps: the progress bar of a running loop and the summaries output. */
  private keptOutputs(): vscode.NotebookCellOutput[] {
    return [this.progressOutput, this.summariesOutput].filter((o): o is vscode.NotebookCellOutput => o !== undefined);
  }

  /** Adds an output, or replaces the cell's outputs with it after clear_output(wait=True). */
  private place(output: vscode.NotebookCellOutput): void {
    if (!this.clearPending) {
      this.enqueue(() => this.execution.appendOutput(output));
      return;
    }
    this.clearPending = false;
    this.displays.clear();
    if (output.metadata?.displayId) this.displays.set(output.metadata.displayId as string, [output]);
    const kept = [...this.keptOutputs(), output];
    this.enqueue(() => this.execution.replaceOutput(kept));
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
      // Not a Jupyter output: it neither takes a pending clear_output(wait=True) nor is removed by one.
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
      this.place(output);
    }
  }

  private enqueue(edit: () => Thenable<void>): void {
    this.chain = this.chain.then(edit, edit);
  }
}

/**
 * Rich mimes first so VS Code prefers them; text/plain last, always present. Images arrive as
 * base64 text (as Jupyter sends them) and become their bytes, which VS Code's image renderer shows.
 */
export function bundleItems(bundle: MimeBundle): vscode.NotebookCellOutputItem[] {
  const mimes = Object.keys(bundle).sort((a, b) => Number(a === Mime.text) - Number(b === Mime.text));
  return mimes.map((mime) => {
    const value = bundle[mime];
    if (binaryMimes.has(mime) && typeof value === 'string') return new vscode.NotebookCellOutputItem(Buffer.from(value, 'base64'), mime);
    return typeof value === 'string' && !mime.endsWith('json')
      ? vscode.NotebookCellOutputItem.text(value, mime)
      : vscode.NotebookCellOutputItem.json(value, mime);
  });
}
