// Runs a Python program in a fresh session and returns what it printed (and its traceback).
import '../../../../src/python/modules/numpy/register';
import { PythonSession } from '../../../../src/python/index';

export function runProgram(source: string): string {
  let out = '';
  const session = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => {} });
  const result = session.runCell(source, 'program.py');
  if (!result.ok) out += result.error.traceback;
  return out;
}
