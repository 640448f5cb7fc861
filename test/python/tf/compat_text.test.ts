// tf.compat.as_bytes / as_text / as_str / as_str_any (TF 1.15 util/compat.py on Python 3).
import { strict as assert } from 'assert';
import { run } from '../helpers';

describe('tf.compat text helpers', () => {
  it('encode str, decode bytes, pass the right type through; as_str is as_text; as_str_any str()s non-bytes', () => {
    const r = run([
      'import tensorflow as tf',
      'c = tf.compat',
      "print(c.as_str(b'caf\\xc3\\xa9'), c.as_text('x'), c.as_bytes('café'), c.as_bytes(bytearray(b'ab')), type(c.as_bytes(bytearray(b'ab'))).__name__, c.as_bytes(b'q'))",
      "print(c.as_str_any(b'abc'), c.as_str_any(3.5), c.as_str_any([1, 'a']), c.as_bytes('é', 'latin-1'), c.as_text(b'\\xe9', encoding='latin-1'), c.as_str is c.as_text)",
      'import tensorflow.compat.v1 as tf1',
      'print(tf.compat.v1 is tf, tf1 is tf)',
    ].join('\n'));
    assert.ok(r.result.ok, r.stderr);
    assert.equal(r.stdout, "café x b'caf\\xc3\\xa9' b'ab' bytes b'q'\nabc 3.5 [1, 'a'] b'\\xe9' é True\nTrue True\n");
  });

  it("anything else is TF's TypeError (as_text refuses a bytearray, as TF's isinstance(bytes) check does)", () => {
    for (const [call, message] of [
      ['tf.compat.as_str(3)', 'Expected binary or unicode string, got 3'],
      ['tf.compat.as_bytes(None)', 'Expected binary or unicode string, got None'],
      ["tf.compat.as_text(bytearray(b'x'))", "Expected binary or unicode string, got bytearray(b'x')"],
    ]) {
      const r = run(`import tensorflow as tf\n${call}\n`);
      assert.ok(!r.result.ok);
      if (!r.result.ok) assert.equal(`${r.result.error.ename}: ${r.result.error.evalue}`, `TypeError: ${message}`);
    }
  });
});
