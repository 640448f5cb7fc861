// Imported first by the worker (main.ts) so the plot renderer's WebAssembly compiles on V8's
// background threads while the rest of the worker bundle (the Python runtime, the engine) is
// still being evaluated, instead of after it: cells wait for the renderer, so this is start time.
import { preparePlotRendering } from '../plots';

export const plotRendererStarted: { ready: Promise<void> } = (() => {
  try {
    return { ready: preparePlotRendering() };
  } catch (e) {
    return { ready: Promise.reject(e as Error) };
  }
})();
