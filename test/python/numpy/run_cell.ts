// Runs one cell in a fresh session for the NumPy tests that compare a program's stdout with what
// python3-numpy printed: everything printed, and the last line of the traceback if the cell failed.
import { PythonSession } from '../../../src/python';

export function runCell(source: string): { out: string; error?: string } {
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined });
  const r = s.runCell(source, '<cell 1>');
  return r.ok ? { out } : { out, error: r.error.traceback.trim().split('\n').pop() };
}
