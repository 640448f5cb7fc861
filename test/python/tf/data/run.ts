// Runs TF1 program lines in a fresh PythonSession (fresh default graph) for the tf.data, queue,
// string and metrics tests; returns what they print, or the last traceback line.
import '../../../../src/python/modules/standard';
import { PythonSession } from '../../../../src/python';
import { clearDefaultGraphState } from '../../../../src/engine/graph/default_graph';

export function run(lines: string[], checkInterrupt?: () => void): { out: string; error?: string } {
  clearDefaultGraphState();
  let out = '';
  const s = new PythonSession({ stdout: t => { out += t; }, stderr: () => undefined, display: () => undefined, checkInterrupt });
  const r = s.runCell(['import tensorflow as tf', 'import numpy as np', ...lines].join('\n') + '\n', '<cell 1>');
  return r.ok ? { out } : { out, error: r.error.traceback.trim().split('\n').filter(l => /^\S/.test(l)).pop() };
}
export const py = (lines: string[]): string => { const r = run(lines); if (r.error) throw new Error(r.error); return r.out; };
export const pyError = (lines: string[]): string => { const r = run(lines); if (!r.error) throw new Error('expected an error'); return r.error; };
