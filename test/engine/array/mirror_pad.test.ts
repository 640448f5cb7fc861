// tf.pad with mode 'REFLECT' / 'SYMMETRIC' (MirrorPad): the tf.pad documentation's example, TF's
// padding-size errors, and the gradients of MirrorPad and MirrorPadGrad by finite differences.
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { checkGradient, randomArray } from '../gradcheck';
import { run, throwsOpError } from './helpers';
import { MirrorPadGrad } from '../../../src/engine/ops/array/mirror_pad';

const i32 = (v: unknown) => tf.NDArray.from(v, 'int32');

describe('tf.pad REFLECT / SYMMETRIC (MirrorPad)', () => {
  beforeEach(() => clearDefaultGraphState());
  const t = () => tf.constant(i32([[1, 2, 3], [4, 5, 6]]));

  it("the documented example: t = [[1,2,3],[4,5,6]], paddings [[1,1],[2,2]]", () => {
    const reflect = tf.pad(t(), [[1, 1], [2, 2]], 'REFLECT');
    assert.equal(reflect.op.type, 'MirrorPad');
    assert.deepEqual(reflect.shape, [4, 7]);
    assert.deepEqual(run(reflect).toNested(), [[6, 5, 4, 5, 6, 5, 4], [3, 2, 1, 2, 3, 2, 1], [6, 5, 4, 5, 6, 5, 4], [3, 2, 1, 2, 3, 2, 1]]);
    assert.deepEqual(run(tf.pad(t(), [[1, 1], [2, 2]], 'symmetric')).toNested(),
      [[2, 1, 1, 2, 3, 3, 2], [2, 1, 1, 2, 3, 3, 2], [5, 4, 4, 5, 6, 6, 5], [5, 4, 4, 5, 6, 6, 5]]);
  });
  it("paddings must leave a mirror: below the size for REFLECT, at most the size for SYMMETRIC", () => {
    throwsOpError(() => run(tf.pad(t(), [[0, 0], [3, 0]], 'REFLECT')), 'paddings must be less than the dimension size: 3, 0 not less than 3');
    assert.deepEqual(run(tf.pad(t(), [[0, 0], [3, 0]], 'SYMMETRIC')).toNested(), [[3, 2, 1, 1, 2, 3], [6, 5, 4, 4, 5, 6]]);
    throwsOpError(() => run(tf.pad(t(), [[0, 0], [4, 0]], 'SYMMETRIC')), 'paddings must be less than the dimension size: 4, 0 not less than 3');
  });
  it('gradients: each output gradient flows back to the element it mirrors (and back again)', () => {
    for (const mode of ['REFLECT', 'SYMMETRIC']) {
      checkGradient(x => tf.pad(x, [[1, 2], [2, 1]], mode), [randomArray([3, 4])]);
      checkGradient(g => MirrorPadGrad.make1([g, tf.constant(i32([[1, 0], [2, 1]]))], { mode: mode as 'REFLECT' }), [randomArray([5, 7])]);
    }
  });
});
