// Mocha root hooks (loaded through .mocharc.json): every error a Python cell ends with anywhere
// in the unit tests is recorded as the user would see it (traceback and value), and the run
// fails if any shows a JavaScript frame, a dist/ or node_modules path, or a V8 error text.
import { addCellErrorObserver } from '../../src/python/session';
import { jsLeakIn } from './js_leaks';

interface Seen { text: string; source: string }
const seen: Seen[] = [];
let stop: (() => void) | null = null;

/** How many cell errors the gate has checked so far (its own test asserts it is awake). */
export function errorsSeenByGate(): number { return seen.length; }

export const mochaHooks = {
  beforeAll(): void {
    stop ??= addCellErrorObserver((error, source) => seen.push({ text: `${error.traceback}\n${error.ename}: ${error.evalue}`, source }));
  },
  afterAll(): void {
    stop?.();
    stop = null;
    const leaks = seen.flatMap(s => {
      const leak = jsLeakIn(s.text);
      return leak ? [`${leak}\n--- cell ---\n${s.source.slice(0, 400)}\n--- error ---\n${s.text.slice(0, 1200)}`] : [];
    });
    if (leaks.length) {
      throw new Error(`${leaks.length} of ${seen.length} cell errors show JavaScript internals:\n\n${leaks.slice(0, 10).join('\n\n')}`);
    }
  },
};
