// The static language service on the real catalogue (built from the registered modules and the
// signature tables): completion, hover and signature help as the editor asks for them.
import * as assert from 'node:assert/strict';
import '../../src/python/modules/standard';
import { buildCatalogue } from '../../src/language/build_catalogue';
import { LanguageService } from '../../src/language/service';
import type { CellDocument } from '../../src/shared/language';

const catalogue = buildCatalogue();
const service = new LanguageService(catalogue);
const imports = 'import tensorflow as tf\nimport numpy as np\nfrom tensorflow.examples.tutorials.mnist import input_data\n';

/** A notebook of an import cell and `cell`; `|` marks the cursor in `cell`. */
function at(cell: string): { doc: CellDocument; offset: number } {
  const offset = cell.indexOf('|');
  return { doc: { cells: [imports, cell.replace('|', '')], index: 1 }, offset };
}

describe('language service: completion', () => {
  it('lists tf.nn members after `tf.nn.`, with the signature of table-bound ones', () => {
    const { doc, offset } = at('h = tf.nn.|');
    const items = service.complete(doc, offset);
    const labels = items.map((i) => i.label);
    for (const name of ['relu', 'conv2d', 'softmax', 'max_pool']) assert.ok(labels.includes(name), `${name} in ${labels.join(', ')}`);
    const conv = items.find((i) => i.label === 'conv2d')!;
    assert.match(conv.detail!, /^tf\.nn\.conv2d\(input, filter=None, strides=None/);
    assert.equal(conv.kind, 'function');
    assert.ok(!labels.includes('matmul'), 'tf.matmul is not in tf.nn');
  });

  it('lists module members through `from ... import` names and submodules (np.random.)', () => {
    const random = service.complete(...Object.values(at('np.random.|')) as [CellDocument, number]);
    assert.ok(random.some((i) => i.label === 'randn'), random.map((i) => i.label).join(', '));
    const data = service.complete(...Object.values(at('input_data.|')) as [CellDocument, number]);
    assert.deepEqual(data.map((i) => i.label), ['read_data_sets']);
  });

  it('offers the keyword arguments not yet given inside a table-bound call', () => {
    const { doc, offset } = at('y = tf.matmul(a, b, transpose_a=True, |)');
    const kw = service.complete(doc, offset).filter((i) => i.kind === 'keyword-argument').map((i) => i.label);
    assert.ok(kw.includes('transpose_b='));
    assert.ok(!kw.includes('transpose_a='), 'already given');
    assert.ok(!kw.includes('a='), 'a is filled by position');
  });

  it('offers nothing inside a string or a comment', () => {
    assert.deepEqual(service.complete(...Object.values(at("s = 'tf.nn.|'")) as [CellDocument, number]), []);
    assert.deepEqual(service.complete(...Object.values(at('# tf.nn.|')) as [CellDocument, number]), []);
  });
});

describe('language service: hover and signature help', () => {
  it('shows the signature and doc of tf.matmul', () => {
    const { doc, offset } = at('y = tf.mat|mul(x, W)');
    const hover = service.hover(doc, offset)!;
    assert.match(hover.markdown, /tf\.matmul\(a, b, transpose_a=False/);
    assert.match(hover.markdown, /Multiplies matrix/);
    assert.equal(doc.cells[1].slice(hover.start, hover.end), 'matmul');
  });

  it('names unsupported parameters in the hover of np.zeros', () => {
    const { doc, offset } = at('z = np.zer|os(3)');
    assert.match(service.hover(doc, offset)!.markdown, /Not supported by Gradbook.*`order`, `like`/);
  });

  it('follows the argument being typed, by position and by keyword', () => {
    const byPosition = at('tf.nn.conv2d(x, W, [1, 1, 1, 1], |');
    const help = service.signatureHelp(byPosition.doc, byPosition.offset)!;
    assert.match(help.label, /^tf\.nn\.conv2d\(/);
    assert.equal(help.params[help.active].label, 'padding=None');
    const byKeyword = at("tf.nn.conv2d(x, W, strides=[1, |");
    const kw = service.signatureHelp(byKeyword.doc, byKeyword.offset)!;
    assert.equal(kw.params[kw.active].label, 'strides=None');
    const afterKeyword = at("tf.nn.conv2d(x, W, strides=[1, 1, 1, 1], |");
    const next = service.signatureHelp(afterKeyword.doc, afterKeyword.offset)!;
    assert.equal(next.params[next.active].label, 'padding=None', 'the next parameter not yet given');
  });

  it('has no signature for a name the catalogue does not know', () => {
    const { doc, offset } = at('my_function(1, |');
    assert.equal(service.signatureHelp(doc, offset), null);
  });
});
