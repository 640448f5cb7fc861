// Each fixtures/*.py program was run once with CPython 3.11 to produce *.expected; the
// interpreter must print exactly the same bytes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { newSession } from './helpers';

const dir = path.join(__dirname, 'fixtures');

describe('python fixtures (stdout equals CPython byte for byte)', () => {
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.py')).sort()) {
    it(file, () => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.expected')), 'utf8');
      const c = newSession();
      const result = c.session.runCell(source, file);
      if (!result.ok) assert.fail(result.error.traceback);
      assert.equal(c.out.join(''), expected);
    });
  }
});
