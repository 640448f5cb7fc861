// Imported first by the worker (main.ts). In the bundles the plot renderer starts at the first
// figure (scripts/resvg-sync-init.mjs) and this resolves at once; where it can only start
// asynchronously (the worker loaded from source), its WebAssembly compiles on V8's background
// threads while the rest of the worker (the Python runtime, the engine) is evaluated, and cells
// wait for it.
import { preparePlotRendering } from '../plots';

export const plotRendererStarted: { ready: Promise<void> } = (() => {
  try {
    return { ready: preparePlotRendering() };
  } catch (e) {
    return { ready: Promise.reject(e as Error) };
  }
})();
