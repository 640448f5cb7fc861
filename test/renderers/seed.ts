// Runs the seed program (examples/mnist_softmax.py) with a chosen step count in a real
// PythonSession, with an Inspection attached before any step runs and the worker's Display over
// it, as in a kernel.
import * as fs from 'fs';
import * as path from 'path';
import { Inspection } from '../../src/engine/inspect/inspection';
import { Display } from '../../src/worker/display';
import '../../src/python/modules/standard';
import { PythonSession, type PyValue } from '../../src/python/index';
import { clearDefaultGraphState } from '../../src/engine/graph/default_graph';

export const root = path.resolve(__dirname, '../..');

let attached: Inspection | undefined;

/** What a kernel attaches for `session`: a fresh Inspection (the previous one detached) and a Display. */
export function kernelViews(session: PythonSession): { inspection: Inspection; display: Display } {
  attached?.detach();
  attached = new Inspection().attach();
  return { inspection: attached, display: new Display(attached, () => session.globals.entries()) };
}

export interface SeedRun {
  session: PythonSession;
  inspection: Inspection;
  display: Display;
  stdout: string;
  /** Evaluates a Python expression in the session and returns its value. */
  value(expression: string): PyValue;
  /** What the worker would send for a displayed value: the mime bundle with text/plain. */
  bundle(expression: string): Record<string, unknown>;
  /** Runs more source in the same session. */
  run(source: string): void;
}

export function seedSource(steps: number): string {
  const source = fs.readFileSync(path.join(root, 'examples/mnist_softmax.py'), 'utf8');
  if (!source.includes('range(2000)')) throw new Error('the seed program no longer loops over range(2000)');
  return source.replace('range(2000)', `range(${steps})`);
}

export function runSeed(steps: number): SeedRun {
  // A fresh kernel starts with an empty default graph (earlier tests in this process leave theirs).
  clearDefaultGraphState();
  const out: string[] = [];
  const session = new PythonSession({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), display: () => {} });
  const { inspection, display } = kernelViews(session);
  let cell = 0;
  const run = (source: string) => {
    const r = session.runCell(source, `<cell ${++cell}>`);
    if (!r.ok) throw new Error(r.error.traceback);
  };
  run(seedSource(steps));
  const value = (expression: string) => {
    run(`__view = ${expression}`);
    return session.globals.get('__view')!;
  };
  return { session, inspection, display, stdout: out.join(''), run, value, bundle: (e) => display.bundle(value(e)) };
}
