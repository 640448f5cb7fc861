// The kernel session `gradbook run` asks for (src/cli/main.ts sessionOptions): without --output
// only text/plain is printed, so no view data is kept (`views: false`, issue 15 wave 14); writing
// a notebook keeps it, since its rich outputs (graph, gradients) read it.
import { strict as assert } from 'assert';
import * as os from 'os';
import * as path from 'path';
import { sessionOptions } from '../../src/cli/main';

describe('gradbook run: kernel session options', () => {
  const file = path.join(os.tmpdir(), 'prog', 'train.py');

  it('turns the views off when no notebook is written', () => {
    const s = sessionOptions(file, '/somewhere', ['--a']);
    assert.equal(s.views, false);
    assert.equal(s.scriptPath, file);
    assert.deepEqual(s.args, ['--a']);
  });

  it('keeps them for --output', () => {
    assert.equal(sessionOptions(file, '/somewhere', [], true).views, undefined);
  });
});
