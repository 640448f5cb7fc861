// Diagnostics of a cell as it is typed: the kernel parser's syntax errors, and what Gradbook does
// not provide (modules, attributes, unsupported arguments), each cleared once the text is fixed.
import * as assert from 'node:assert/strict';
import '../../src/python/modules/standard';
import { buildCatalogue } from '../../src/language/build_catalogue';
import { cellDiagnostics } from '../../src/language/diagnostics';
import { checkSyntax } from '../../src/language/syntax';

const catalogue = buildCatalogue();
const imports = 'import tensorflow as tf\nimport numpy as np\n';
const diagnose = (cell: string) => cellDiagnostics({ cells: [imports, cell], index: 1 }, catalogue, checkSyntax)
  .map((d) => ({ ...d, text: cell.slice(d.start, d.end) }));

describe('language diagnostics', () => {
  it("reports an unclosed call with CPython's text, at the bracket", () => {
    const [d, ...rest] = diagnose('x = tf.matmul(a,\n');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'error');
    assert.equal(d.message, "SyntaxError: '(' was never closed");
    assert.equal(d.text, '(');
  });

  it('reports invalid syntax and clears once fixed', () => {
    assert.match(diagnose('for i in range(3)\n  print(i)')[0].message, /^SyntaxError: expected ':'/);
    assert.deepEqual(diagnose('for i in range(3):\n  print(i)'), []);
  });

  it('warns about an attribute tensorflow does not have (tf.contrib.slim), with the error running it raises', () => {
    const [d] = diagnose('slim = tf.contrib.slim\n');
    assert.equal(d.severity, 'warning');
    assert.equal(d.code, 'missing-attribute');
    assert.equal(d.text, 'slim');
    assert.match(d.message, /^Gradbook does not provide tf\.contrib\.slim: running this raises ImportError: tensorflow\.contrib\.slim is not supported by Gradbook/);
    const [e] = diagnose('x = tf.no_such_thing\n');
    assert.equal(e.message, "Gradbook does not provide tf.no_such_thing: running this raises AttributeError: module 'tensorflow' has no attribute 'no_such_thing'");
  });

  it('knows the lazily loaded parts of tf (tf.layers, tf.estimator, tf.contrib.layers): no warning', () => {
    assert.deepEqual(diagnose('a = tf.layers.dense\nb = tf.estimator.Estimator\nc = tf.contrib.layers.fully_connected\nd = tf.app.flags\n'), []);
  });

  it('does not warn about names of the notebook, attributes of values, or assignments to modules', () => {
    assert.deepEqual(diagnose('sess = tf.Session()\nsess.whatever\nW.assign_add\ntf.my_flag = 1\nx = tf.nn.relu'), []);
  });

  it('warns about an import of a tensorflow submodule Gradbook lacks, naming the first missing part', () => {
    const [d] = diagnose('import tensorflow.nosuch.thing as t\nimport my_own_helpers\n');
    assert.equal(d.code, 'missing-module');
    assert.match(d.message, /No module named 'tensorflow\.nosuch'$/);
    assert.equal(d.text, 'tensorflow.nosuch.thing');
    const [slim] = diagnose('import tensorflow.contrib.slim as slim\n');
    assert.match(slim.message, /raises ImportError: tensorflow\.contrib\.slim is not supported by Gradbook/);
  });

  it('warns about an unsupported argument given a non-default value, not about its default', () => {
    const [d, ...rest] = diagnose("z = np.zeros(3, order='F')\nok = np.zeros(3, order=\"C\")\n");
    assert.equal(rest.length, 0);
    assert.equal(d.text, 'order');
    assert.match(d.message, /^zeros\(\) argument 'order' is not supported by Gradbook: only 'C' \(row-major\) order/);
  });

  it("warns about a keyword the function does not take, with CPython's TypeError text", () => {
    const [d] = diagnose('y = tf.matmul(a, b, transpose=True)');
    assert.equal(d.code, 'unknown-keyword');
    assert.match(d.message, /matmul\(\) got an unexpected keyword argument 'transpose'/);
  });
});
