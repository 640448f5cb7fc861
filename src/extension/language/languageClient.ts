// The extension's side of the language worker (dist/language.js): started on first use, one for
// all notebooks, each request answered by id. Started lazily so a session without TF1 cells pays
// nothing; restarted if it ever exits.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CellDocument, CompletionItemInfo, DiagnosticInfo, HoverInfo, LanguageRequest, LanguageResponse, SignatureHelpInfo } from '../../shared/language';

type Pending = (res: LanguageResponse | undefined) => void;

export class LanguageClient {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly extensionPath: string, private readonly log: (text: string) => void) {}

  async complete(doc: CellDocument, offset: number): Promise<CompletionItemInfo[]> {
    const res = await this.request({ type: 'complete', id: 0, doc, offset });
    return res?.type === 'complete' ? res.items : [];
  }

  async hover(doc: CellDocument, offset: number): Promise<HoverInfo | null> {
    const res = await this.request({ type: 'hover', id: 0, doc, offset });
    return res?.type === 'hover' ? res.hover : null;
  }

  async signatureHelp(doc: CellDocument, offset: number): Promise<SignatureHelpInfo | null> {
    const res = await this.request({ type: 'signature', id: 0, doc, offset });
    return res?.type === 'signature' ? res.help : null;
  }

  async diagnostics(doc: CellDocument): Promise<DiagnosticInfo[]> {
    const res = await this.request({ type: 'diagnostics', id: 0, doc });
    return res?.type === 'diagnostics' ? res.diagnostics : [];
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failPending();
  }

  private request(req: LanguageRequest): Promise<LanguageResponse | undefined> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...req, id });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.extensionPath, 'dist', 'language.js'));
    worker.on('message', (res: LanguageResponse) => {
      this.pending.get(res.id)?.(res);
      this.pending.delete(res.id);
    });
    worker.on('error', (e) => this.log(`language worker failed: ${e.stack ?? e.message}\n`));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failPending();
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failPending(): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
