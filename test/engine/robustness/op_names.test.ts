// Op and scope names are validated as TF1 does (ops.py: _VALID_OP_NAME_REGEX on the full node
// name in Operation.__init__, _VALID_SCOPE_NAME_REGEX / the op regex at the root in name_scope).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

describe('op and scope names (TF1 validation)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('rejects a node name outside ^[A-Za-z0-9.][A-Za-z0-9_.\\-/]*$ with TF\'s text', () => {
    for (const bad of ['<img src=x>', 'a b', '_lead', '-x', 'x:0', 'é']) {
      assert.throws(() => tf.constant(1, 'float32', bad), (e: Error) => e.message === `'${bad}' is not a valid node name` && (e as tf.PyLikeError).pyType === 'ValueError', bad);
    }
    assert.equal(tf.getDefaultGraph().getOperations().length, 0, 'nothing was added');
    for (const good of ['x', 'X.1', '9lives', 'a/b', 'a-b_c.d']) assert.equal(tf.constant(1, 'float32', good).op.name, good);
  });

  it('validates the full name: a nested scope may make "_x" valid, a trailing "/" name is checked too', () => {
    const g = tf.getDefaultGraph();
    g.withNameScope('s', null, () => assert.equal(tf.constant(1, 'float32', '_x').op.name, 's/_x'));
    assert.throws(() => tf.constant(1, 'float32', '<b>/'), /'<b>' is not a valid node name/);
  });

  it('rejects scope names as TF does, before taking the name', () => {
    const g = tf.getDefaultGraph();
    assert.throws(() => g.enterNameScope('<img src=x>'), /'<img src=x>' is not a valid scope name/);
    assert.throws(() => g.enterNameScope('<img src=x>/'), /'<img src=x>\/' is not a valid scope name/);
    assert.throws(() => g.enterNameScope('_root'), /'_root' is not a valid scope name/);
    g.withNameScope('outer', null, () => {
      const inner = g.enterNameScope('_inner');
      assert.equal(inner.scope, 'outer/_inner/');
      inner.exit();
      assert.throws(() => g.enterNameScope('a b'), /'a b' is not a valid scope name/);
    });
    assert.equal(g.getNameScope(), '');
    assert.equal(g.enterNameScope('ok').scope, 'ok/');
  });
});
