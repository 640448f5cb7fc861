// A Python session per test over the real file system (cells may use the temp folder), and a
// fresh temp directory per test.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '../../../src/python/modules/standard';
import { PythonSession } from '../../../src/python';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

export interface Py { run(lines: string[]): string; session: PythonSession }

/** A session whose cells print into the returned output; a failing cell throws its traceback. */
export function pySession(cwd = os.tmpdir(), extraRoots: string[] = []): Py {
  clearDefaultGraphState();
  let out = '';
  const session = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined }, { cwd, roots: [cwd, os.tmpdir(), ...extraRoots] });
  return {
    session,
    run(lines) {
      out = '';
      const r = session.runCell(lines.join('\n') + '\n', '<cell>');
      if (!r.ok) throw new Error(r.error.traceback);
      return out;
    },
  };
}

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `gradbook-${tag}-`));
}
