// Runs cells in a fresh PythonSession and captures what they print.
import '../../src/python/modules/standard';
import { PythonSession, RunResult, PyValue } from '../../src/python/index';

export interface Captured { session: PythonSession; out: string[]; err: string[]; shown: PyValue[] }

export function newSession(checkInterrupt?: () => void): Captured {
  const c: Captured = { out: [], err: [], shown: [], session: null as unknown as PythonSession };
  c.session = new PythonSession({
    stdout: t => c.out.push(t), stderr: t => c.err.push(t), display: v => c.shown.push(v), checkInterrupt,
  });
  return c;
}

export function run(source: string, filename = '<cell 1>'): { result: RunResult; stdout: string; stderr: string; c: Captured } {
  const c = newSession();
  const result = c.session.runCell(source, filename);
  return { result, stdout: c.out.join(''), stderr: c.err.join(''), c };
}

export function errorOf(result: RunResult) {
  if (result.ok) throw new Error('expected the cell to fail');
  return result.error;
}
