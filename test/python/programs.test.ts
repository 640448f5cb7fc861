// Multi-file programs (programs/<name>/main.py with its modules): run as scripts from a copy of
// their folder, stdout equals CPython's (main.expected, from scripts/python-fixtures.sh).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PythonSession } from '../../src/python/index';

const dir = path.join(__dirname, 'programs');

describe('python programs with local modules (stdout equals CPython)', () => {
  for (const name of fs.readdirSync(dir).sort()) {
    it(name, () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), `gradbook-${name}-`));
      fs.cpSync(path.join(dir, name), work, { recursive: true });
      const out: string[] = [];
      const session = new PythonSession({ stdout: t => out.push(t), stderr: t => out.push(t), display: () => {} },
        { scriptPath: 'main.py', cwd: work, roots: [work] });
      const result = session.runCell(fs.readFileSync(path.join(work, 'main.py'), 'utf8'), 'main.py');
      if (!result.ok) assert.fail(result.error.traceback);
      assert.equal(out.join(''), fs.readFileSync(path.join(work, 'main.expected'), 'utf8'));
      fs.rmSync(work, { recursive: true });
    });
  }
});
