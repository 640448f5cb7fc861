// tf.debugging.assert_shapes with TF 1.15's semantics: symbols agree across tensors, explicit
// sizes, '.'/None for any size, '*'/... for innermost dimensions, a scalar and () as one
// dimension of size 1; a ValueError with TF's text while the graph is built when static shapes
// decide, an InvalidArgumentError with TF's data list at run time when they do not.
import * as assert from 'node:assert/strict';
import { errorOf, run } from '../helpers';

const prelude = 'import tensorflow as tf\nimport numpy as np\ntf.reset_default_graph()\n';
const tensors = 'x = tf.zeros([10, 3], name="x")\ny = tf.ones([10, 7], name="y")\nparam = tf.Variable([1.0, 2.0, 3.0])\n';

function buildError(shapes: string, extra = ''): { ename: string; evalue: string } {
  const e = errorOf(run(`${prelude}${tensors}tf.debugging.assert_shapes(${shapes}${extra})`).result);
  return { ename: e.ename, evalue: e.evalue };
}

describe('tf.debugging.assert_shapes', () => {
  it('accepts TF\'s documented example, as a list of pairs or a dict, in tf.debugging and tf.compat.v1.debugging', () => {
    const r = run(`${prelude}${tensors}scalar = 1.0
a = tf.debugging.assert_shapes([(x, ('N', 'Q')), (y, ('N', 'D')), (param, ('Q',)), (scalar, ())])
b = tf.compat.v1.debugging.assert_shapes({x: 'NQ', y: ['N', None], param: ['.'], scalar: None})
c = tf.debugging.assert_shapes([(x, (10, '3')), (y, ('*', 7)), (scalar, [1]), (param, (..., 3)), (y, np.array([10, 7]))])
print(a.type, a.name, b.type, c.type)
print(hasattr(tf, 'assert_shapes'))`);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    assert.equal(r.stdout, 'NoOp assert_shapes/group_deps NoOp NoOp\nFalse\n');
  });

  it('raises TF\'s ValueError when static shapes break a constraint', () => {
    const cases: [string, string][] = [
      ['[(x, (\'N\', \'D\')), (y, (\'N\', \'D\'))]', 'msg.  Specified by tensor x:0 dimension 1.  Tensor y:0 dimension 1 must have size 3.  Received size 7, shape (10, 7)'],
      ['[(x, (10, 4))]', 'msg.  Specified explicitly.  Tensor x:0 dimension 1 must have size 4.  Received size 3, shape (10, 3)'],
      ['[(x, (\'*\', 4))]', 'msg.  Specified explicitly.  Tensor x:0 dimension -1 must have size 4.  Received size 3, shape (10, 3)'],
      ['{x: (\'N\', \'N\')}', 'msg.  Specified by tensor x:0 dimension 0.  Tensor x:0 dimension 1 must have size 10.  Received size 3, shape (10, 3)'],
      ['[(x, (\'N\',))]', 'msg.  Tensor x:0 must have rank in (array(0, dtype=int32), array(1, dtype=int32)).  Received rank 2, shape (10, 3)'],
      ['[(x, (\'A\', \'B\', \'C\'))]', 'msg.  Tensor x:0 must have rank 3.  Received rank 2, shape (10, 3)'],
      ['[(y, (..., \'N\', \'Q\', \'R\'))]', 'msg.  Tensor y:0 must have rank at least 3.  Received rank 2, shape (10, 7)'],
      ['[(x, (\'N\', \'*\'))]', 'msg.  Tensor x:0 specified shape index 1.  Symbol `...` or `*` for a variable number of unspecified dimensions is only allowed as the first entry'],
      // TF's quirk, kept: an innermost spec with nothing after it still counts as one dimension of size 1.
      ['[(param, (...,))]', 'msg.  Specified explicitly.  Tensor Variable/read:0 dimension -1 must have size 1.  Received size 3, shape (3,)'],
      ['[(x, np.array([10, 4]))]', 'msg.  Specified explicitly.  Tensor x:0 dimension 1 must have size 4.  Received size 3, shape (10, 3)'],
      ['[(x, 3)]', 'msg.  Tensor x:0.  Specified shape must be an iterable.  An iterable has the attribute `__iter__` or `__getitem__`.  Received specified shape: 3'],
      ['[(param, (\'Q\',)), (x, (\'.\', \'Q\')), (y, (\'.\', \'Q\'))]', 'msg.  Specified by tensor Variable/read:0 dimension 0.  Tensor y:0 dimension 1 must have size 3.  Received size 7, shape (10, 7)'],
    ];
    for (const [shapes, text] of cases) {
      const e = buildError(shapes, ', message="msg"');
      assert.equal(e.ename, 'ValueError', shapes);
      assert.equal(e.evalue, text, shapes);
    }
    // Without a message TF's texts start with '.  '.
    assert.equal(buildError('[(x, (10, 4))]').evalue.slice(0, 24), '.  Specified explicitly.');
  });

  it('checks at run time what static shapes leave open, with TF\'s data list', () => {
    const program = `${prelude}p = tf.placeholder(tf.float32, [None, 3], name="p")
q = tf.placeholder(tf.float32, name="q")
check = tf.debugging.assert_shapes([(p, ('B', 3)), (q, ('*', 'B'))], message='batch')
with tf.control_dependencies([check]):
    out = tf.identity(p)
sess = tf.Session()
for qv in (np.ones([4, 2]), np.ones([2]), np.ones([4, 5]), np.float32(2.0)):
    try:
        print(sess.run(out, {p: np.ones([2, 3]), q: qv}).shape)
    except tf.errors.InvalidArgumentError as e:
        print(e.message.split('\\n')[0])`;
    const r = run(program);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    assert.equal(r.stdout, [
      '(2, 3)',
      '(2, 3)',
      'assertion failed: [batch] [Specified by tensor p:0 dimension 0] [Tensor q:0 dimension] [-1] [must have size] [2] [Received shape: ] [4 5]',
      // A scalar counts as one dimension of size 1.
      'assertion failed: [batch] [Specified by tensor p:0 dimension 0] [Tensor q:0 dimension] [-1] [must have size] [2] [Received shape: ] []',
    ].join('\n') + '\n');
  });

  it('checks an unknown rank at run time (assert_rank of the spec\'s length)', () => {
    const r = run(`${prelude}q = tf.placeholder(tf.float32, name="q")
check = tf.debugging.assert_shapes({q: ('N', 'N')})
sess = tf.Session()
sess.run(check, {q: np.ones([3, 3])})
print('square ok')
for qv in (np.ones([3, 4]), np.ones([3])):
    try:
        sess.run(check, {q: qv})
    except tf.errors.InvalidArgumentError as e:
        print(e.message.split('\\n')[0])`);
    assert.ok(r.result.ok, r.stderr + JSON.stringify(r.result));
    assert.equal(r.stdout, [
      'square ok',
      'assertion failed: [] [Specified by tensor q:0 dimension 0] [Tensor q:0 dimension] [1] [must have size] [3] [Received shape: ] [3 4]',
      'assertion failed: [] [Tensor q:0 must have rank] [2] [Received shape: ] [3]',
    ].join('\n') + '\n');
  });

  it('unpacks shapes as TF\'s `for x, s in shapes` does', () => {
    const e = errorOf(run(`${prelude}x = tf.zeros([2])\ntf.debugging.assert_shapes([(x, ('N',), 'extra')])`).result);
    assert.equal(e.ename, 'ValueError');
    assert.equal(e.evalue, 'too many values to unpack (expected 2)');
  });
});
