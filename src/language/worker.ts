// The language worker (dist/language.js): a worker thread the extension starts once, so parsing
// and catalogue look-ups never run on the extension host's main thread. It builds the catalogue
// from the modules a kernel offers and answers completion, hover, signature help and diagnostics.
import { parentPort } from 'node:worker_threads';
import '../python/modules/standard';
import type { LanguageRequest, LanguageResponse } from '../shared/language';
import { buildCatalogue } from './build_catalogue';
import { cellDiagnostics } from './diagnostics';
import { LanguageService } from './service';
import { checkSyntax } from './syntax';

const catalogue = buildCatalogue();
const service = new LanguageService(catalogue);

function answer(req: LanguageRequest): LanguageResponse {
  switch (req.type) {
    case 'complete': return { type: 'complete', id: req.id, items: service.complete(req.doc, req.offset) };
    case 'hover': return { type: 'hover', id: req.id, hover: service.hover(req.doc, req.offset) };
    case 'signature': return { type: 'signature', id: req.id, help: service.signatureHelp(req.doc, req.offset) };
    case 'diagnostics': return { type: 'diagnostics', id: req.id, diagnostics: cellDiagnostics(req.doc, catalogue, checkSyntax) };
  }
}

/** A failed answer is an empty one: the editor goes on, the log keeps the reason. */
function emptyAnswer(req: LanguageRequest): LanguageResponse {
  switch (req.type) {
    case 'complete': return { type: 'complete', id: req.id, items: [] };
    case 'hover': return { type: 'hover', id: req.id, hover: null };
    case 'signature': return { type: 'signature', id: req.id, help: null };
    case 'diagnostics': return { type: 'diagnostics', id: req.id, diagnostics: [] };
  }
}

parentPort!.on('message', (req: LanguageRequest) => {
  let res: LanguageResponse;
  try { res = answer(req); } catch (e) {
    console.error(`language worker: ${(e as Error)?.stack ?? String(e)}`);
    res = emptyAnswer(req);
  }
  parentPort!.postMessage(res);
});
