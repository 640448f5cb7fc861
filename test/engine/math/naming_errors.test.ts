// TF's default op names (tf1-semantics §1.4) and error texts (§2.6, §3.2, §3.3).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';

const names = () => tf.getDefaultGraph().getOperations().map(o => o.name);

describe('math builders: names', () => {
  beforeEach(() => clearDefaultGraphState());

  it('Python operators open a lowercase scope; functions use the op type', () => {
    const a = tf.constant([1, 2], undefined, 'a'), b = tf.constant([3, 4], undefined, 'b');
    const ops = [tf.operators.add(a, b), tf.operators.add(a, b), tf.add(a, b), tf.add(a, b), tf.operators.sub(a, b), tf.operators.mul(a, b),
      tf.operators.truediv(a, b), tf.operators.floordiv(a, b), tf.operators.mod(a, b), tf.operators.pow(a, b), tf.operators.neg(a),
      tf.operators.abs(a), tf.operators.lt(a, b), tf.operators.ge(a, b), tf.subtract(a, b), tf.multiply(a, b), tf.floordiv(a, b), tf.mod(a, b), tf.pow(a, b)];
    assert.deepEqual(ops.map(t => `${t.op.name}:${t.op.type}`), [
      // Names are unique case-insensitively (tf1-semantics §1.2): `Add` after `add`, `add_1` is `Add_2`.
      'add:Add', 'add_1:Add', 'Add_2:Add', 'Add_3:Add', 'sub:Sub', 'mul:Mul', 'truediv:RealDiv', 'floordiv:FloorDiv', 'mod:FloorMod',
      'pow:Pow', 'Neg:Neg', 'Abs:Abs', 'Less:Less', 'GreaterEqual:GreaterEqual', 'Sub_1:Sub', 'Mul_1:Mul', 'floordiv_1:FloorDiv', 'FloorMod:FloorMod', 'Pow_1:Pow']);
  });

  it('a plain operand becomes a Const of the tensor dtype named y, or x when reflected', () => {
    const t = tf.constant(tf.NDArray.from([1, 2], 'int32'));
    const y = tf.operators.mul(t, 3);
    const x = tf.operators.mul(2, t);
    assert.equal(y.op.inputs[1].op.name, 'mul/y');
    assert.equal(x.op.inputs[0].op.name, 'mul_1/x');
    assert.equal(x.op.inputs[0].dtype, 'int32');
    assert.equal(tf.add(t, 1).op.inputs[1].op.name, 'Add/y');
    assert.throws(() => tf.operators.mul(t, 0.5), { message: "Expected int32, got 0.5 of type 'float' instead." });
  });

  it('logical operators, matmul, where, add_n, argmax', () => {
    const p = tf.constant([true, false]), q = tf.constant([false, false]);
    assert.equal(tf.operators.and(p, q).op.name, 'and');
    assert.equal(tf.operators.or(p, q).op.name, 'or');
    assert.equal(tf.operators.invert(p).op.name, 'LogicalNot');
    const m = tf.constant([[1, 2], [3, 4]]);
    assert.equal(tf.operators.matmul(m, m).op.name, 'matmul');
    assert.equal(tf.matmul(m, m).op.name, 'MatMul_1'); // after 'matmul', case-insensitively
    assert.equal(tf.matmul(m, m, { name: 'logits' }).op.name, 'logits');
    assert.equal(tf.where(p, m, m).op.type, 'Select');
    assert.equal(tf.addN([m, m]).op.name, 'AddN');
    assert.equal(tf.addN([m]), m);
    const am = tf.argmax(m, 1);
    assert.equal(am.op.name, 'ArgMax');
    assert.equal(am.dtype, 'int64');
    assert.equal(am.op.inputs[1].op.name, 'ArgMax/dimension');
    assert.equal(tf.argmin(m, 0, 'int32').dtype, 'int32');
  });

  it('reduce_* with axis None creates Const at the current scope, then the op; result is a scalar', () => {
    const x = tf.placeholder('float32', [null, 10]);
    const m = tf.reduceMean(x);
    assert.deepEqual(names().slice(1), ['Const', 'Mean']);
    assert.deepEqual(m.shape, []);
    const s = tf.reduceSum(x, [1]);
    assert.equal(s.op.inputs[1].op.name, 'Sum/reduction_indices');
    assert.deepEqual(s.shape, [null]);
    assert.deepEqual(tf.reduceSum(x, [1], true).shape, [null, 1]);
    assert.deepEqual(tf.reduceMax(x, -1).shape, [null]);
  });

  it('cast: no op for a matching dtype, scope Cast otherwise, to_float aliases', () => {
    const f = tf.constant([1.5, -2.5]);
    assert.equal(tf.cast(f, 'float32'), f);
    const i = tf.cast(f, 'int32');
    assert.equal(i.op.name, 'Cast');
    assert.equal(tf.toFloat(i).op.name, 'ToFloat');
    assert.equal(tf.toInt64(f).op.name, 'ToInt64');
    assert.deepEqual((new tf.Session().run(i) as tf.NDArray).toArray(), [1, -2]);
  });

  it('truediv casts int32 to float64 under the truediv scope', () => {
    const a = tf.constant(tf.NDArray.from([1, 7], 'int32'));
    const q = tf.divide(a, 2);
    assert.equal(q.op.name, 'truediv');
    assert.equal(q.dtype, 'float64');
    assert.deepEqual(q.op.inputs.map(t => t.op.name), ['truediv/Cast', 'truediv/Cast_1']);
    assert.deepEqual((new tf.Session().run(q) as tf.NDArray).toArray(), [0.5, 3.5]);
    assert.equal(tf.div(a, tf.constant(tf.NDArray.from([2, 2], 'int32'))).op.type, 'FloorDiv');
  });

  it('accepts Variables wherever a tensor is expected', () => {
    const v = new tf.Variable(tf.constant([1, 2]));
    const y = tf.operators.mul(v, 2);
    assert.equal(y.op.inputs[0].op.name, 'Variable/read');
    const s = new tf.Session();
    s.run(tf.globalVariablesInitializer());
    assert.deepEqual((s.run(tf.reduceSum(v)) as tf.NDArray).toArray(), [3]);
  });

  it('gradient ops live under <op>_grad scopes', () => {
    const x = tf.placeholder('float32', [null, 784]);
    const w = new tf.Variable(tf.zeros([784, 10]));
    const g = tf.gradients(tf.reduceSum(tf.matmul(x, w)), [w])[0]!;
    assert.equal(g.op.name, 'gradients/MatMul_grad/MatMul_1');
    assert.equal(g.op.attrs.transpose_a, true);
  });
});

describe('math builders: errors', () => {
  beforeEach(() => clearDefaultGraphState());

  it('static broadcast mismatch', () => {
    const x = tf.placeholder('float32', [null, 10]);
    assert.throws(() => tf.operators.add(x, tf.zeros([5])),
      { name: 'ValueError', message: "Dimensions must be equal, but are 10 and 5 for 'add' (op: 'Add') with input shapes: [?,10], [5]." });
  });
  it('runtime broadcast mismatch', () => {
    const x = tf.placeholder('float32', null), y = tf.placeholder('float32', null);
    const z = tf.add(x, y);
    assert.throws(() => new tf.Session().run(z, [[x, [[1, 2, 3], [4, 5, 6]]], [y, [1, 2, 3, 4]]]),
      (e: Error) => e.name === 'InvalidArgumentError' && e.message.startsWith('Incompatible shapes: [2,3] vs. [4]'));
  });
  it('MatMul inner dims, rank, and runtime size mismatch', () => {
    const x = tf.placeholder('float32', [null, 784]);
    assert.throws(() => tf.matmul(x, tf.zeros([785, 10])),
      { message: "Dimensions must be equal, but are 784 and 785 for 'MatMul' (op: 'MatMul') with input shapes: [?,784], [785,10]." });
    const img = tf.placeholder('float32', [null, 28, 28]);
    assert.throws(() => tf.makeOp1('MatMul', [img, tf.zeros([784, 10])]),
      { message: "Shape must be rank 2 but is rank 3 for 'MatMul_1' (op: 'MatMul') with input shapes: [?,28,28], [784,10]." });
    const a = tf.placeholder('float32', [null, null]), b = tf.placeholder('float32', [null, null]);
    const p = tf.matmul(a, b);
    assert.throws(() => new tf.Session().run(p, [[a, tf.NDArray.zeros('float32', [2, 3])], [b, tf.NDArray.zeros('float32', [4, 5])]]),
      (e: Error) => e.name === 'InvalidArgumentError' && e.message.startsWith('Matrix size-incompatible: In[0]: [2,3], In[1]: [4,5]'));
  });
  it('dtype mismatch and float-only ops', () => {
    const f = tf.constant([1]), d = tf.constant(tf.NDArray.from([1], 'float64'));
    assert.throws(() => tf.add(f, d), { name: 'TypeError', message: "Input 'y' of 'Add' Op has type float64 that does not match type float32 of argument 'x'." });
    assert.throws(() => tf.multiply(f, tf.constant(tf.NDArray.from([1], 'int32'))), { message: "Input 'y' of 'Mul' Op has type int32 that does not match type float32 of argument 'x'." });
    assert.throws(() => tf.sqrt(tf.constant(tf.NDArray.from([4], 'int32'))), { name: 'TypeError', message: /Value passed to parameter 'x' has DataType int32 not in list of allowed values: bfloat16, float16, float32, float64/ });
  });
  it('reduction axis out of range', () => {
    assert.throws(() => tf.reduceSum(tf.zeros([2, 3]), [2]), { name: 'ValueError', message: /^Invalid reduction dimension 2 for input with 2 dimensions\. for 'Sum'/ });
  });
});
