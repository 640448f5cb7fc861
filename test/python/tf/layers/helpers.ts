// Runs a tf program in a fresh PythonSession and graph; what it prints, or its traceback.
import { strict as assert } from 'assert';
import { PythonSession } from '../../../../src/python';
import '../../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../../src/engine/graph/default_graph';

/** Runs `source` (or `lines`, one a line) as one cell; what it printed, or throws its traceback. */
export function py(source: string | string[]): string {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(typeof source === 'string' ? source : source.join('\n') + '\n', '<cell 1>');
  if (!r.ok) throw new Error(r.error.traceback);
  return out;
}

/** The last line of the traceback of a program that must fail. */
export function pyError(source: string): string {
  clearDefaultGraphState();
  const s = new PythonSession({ stdout: () => undefined, stderr: () => undefined, display: () => undefined });
  const r = s.runCell(source, '<cell 1>');
  if (r.ok) throw new Error('expected the program to fail');
  assert.ok(!/\.ts:\d|dist\/|at Object\./.test(r.error.traceback), `JS internals in the traceback:\n${r.error.traceback}`);
  return r.error.traceback.trim().split('\n').pop()!;
}

const flat = (v: unknown): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v as number]);
export const shapeOf = (v: unknown): number[] => (Array.isArray(v) ? [v.length, ...shapeOf(v[0])] : []);

export function assertClose(actual: unknown, expected: unknown, what: string, tol = 2e-5): void {
  assert.deepEqual(shapeOf(actual), shapeOf(expected), `${what}: shape`);
  const a = flat(actual), e = flat(expected);
  a.forEach((x, i) => assert.ok(Math.abs(x - e[i]) <= tol * (1 + Math.abs(e[i])), `${what}[${i}]: ${x} vs ${e[i]}`));
}

/** Parses the JSON lines a program printed with `print(json.dumps(...))`. */
export const jsonLines = (out: string): unknown[] => out.trim().split('\n').map(l => JSON.parse(l));
