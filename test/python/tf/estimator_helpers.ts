// Runs Python as a script (sys.argv from `args`, no IPython) or as notebook cells (IPython, each
// cell after the other in one kernel), collecting stdout and stderr apart.
import '../../../src/python/modules/standard';
import { PythonSession, RunResult } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

export interface Ran { stdout: string; stderr: string; results: RunResult[] }

function session(opts: { script?: string; args?: string[] }, out: { stdout: string; stderr: string }): PythonSession {
  clearDefaultGraphState();
  return new PythonSession(
    { stdout: t => { out.stdout += t; }, stderr: t => { out.stderr += t; }, display: () => undefined },
    opts.script ? { scriptPath: opts.script, args: opts.args ?? [] } : {},
  );
}

/** Runs one program as `python prog.py ARGS`. */
export function runScript(lines: string[], args: string[] = [], script = '/tmp/prog.py'): Ran {
  const out = { stdout: '', stderr: '' };
  const s = session({ script, args }, out);
  const result = s.runCell(lines.join('\n') + '\n', script);
  return { ...out, results: [result] };
}

/** Runs cells in one notebook kernel. */
export function runCells(cells: string[][]): Ran {
  const out = { stdout: '', stderr: '' };
  const s = session({}, out);
  const results = cells.map((lines, i) => s.runCell(lines.join('\n') + '\n', `<cell ${i + 1}>`));
  return { ...out, results };
}

export function ok(r: Ran): Ran {
  for (const res of r.results) if (!res.ok) throw new Error(res.error.traceback + '\nstdout:\n' + r.stdout);
  return r;
}
