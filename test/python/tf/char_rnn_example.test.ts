// examples/char_rnn.tfnb, cell by cell in the notebook's folder (training shortened to 120
// steps): the character LSTM's loss falls, and sampling writes 300 characters of the text's own
// alphabet after the prime, feeding the LSTMStateTuple state back each step.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PythonSession } from '../../../src/python';
import '../../../src/python/modules/standard';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

describe('examples/char_rnn.tfnb (a character-level LSTM)', function () {
  this.timeout(10 * 60_000);
  it('trains and samples text', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'examples');
    const nb = JSON.parse(fs.readFileSync(path.join(dir, 'char_rnn.tfnb'), 'utf8')) as { cells: { cell_type: string; source: string[] }[] };
    const cells = nb.cells.filter(c => c.cell_type === 'code').map(c => c.source.join(''));
    assert.equal(cells.length, 4);
    assert.match(cells[2], /for step in range\(1, 301\):/);
    cells[2] = cells[2].replace('range(1, 301)', 'range(1, 121)');
    clearDefaultGraphState();
    let out = '';
    const s = new PythonSession({ stdout: t => { out += t; }, stderr: t => { out += t; }, display: () => undefined }, { cwd: dir, notebookPath: path.join(dir, 'char_rnn.tfnb') });
    cells.forEach((cell, i) => {
      const r = s.runCell(cell, `<cell ${i + 1}>`);
      if (!r.ok) throw new Error(r.error.traceback);
    });
    assert.match(out, /^4917 characters, 55 distinct$/m);
    assert.match(out, /^LSTMStateTuple\(c=<tf.Tensor 'rnn\/while\/Exit_3:0' shape=\(\?, 128\) dtype=float32>/m);
    const losses = [...out.matchAll(/^step \d+, loss ([\d.]+)$/gm)].map(m => Number(m[1]));
    assert.equal(losses.length, 2);
    assert.ok(losses[1] < losses[0] && losses[1] < 2.5, `losses ${losses}`);
    const text = fs.readFileSync(path.join(dir, 'data', 'sonnets.txt'), 'utf8');
    const sample = out.slice(out.indexOf('Shall I '));
    assert.equal(sample.length, 'Shall I '.length + 300 + 1);
    for (const ch of sample.slice(0, -1)) assert.ok(text.includes(ch), `sampled ${JSON.stringify(ch)} is in the text`);
  });
});
