// Every math gradient against central finite differences (test/engine/gradcheck.ts).
import { strict as assert } from 'assert';
import * as tf from '../../../src/engine';
import { checkGradient, randomArray } from '../gradcheck';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { registeredKernels } from '../../../src/engine/kernels';
import { hasGradientEntry } from '../../../src/engine/gradients';

const positive = (shape: number[], seed = 3) => randomArray(shape, 0.5, 2, seed);
const op = (type: string, attrs: Record<string, unknown> = {}) => (...xs: tf.Tensor[]) => tf.makeOp1(type, xs, attrs);

describe('math gradients (finite differences)', () => {
  beforeEach(() => clearDefaultGraphState());

  it('every math kernel has a gradient or a not-differentiable mark', () => {
    const missing = registeredKernels().filter(k => k.family === 'math' && !hasGradientEntry(k.type)).map(k => k.type);
    assert.deepEqual(missing, []);
  });

  const broadcastPairs: [number[], number[]][] = [[[2, 3], [2, 3]], [[2, 3], [3]], [[3], [2, 3]], [[2, 1], [1, 3]], [[2, 3], []], [[4, 1, 3], [2, 1]]];
  for (const type of ['Add', 'AddV2', 'Sub', 'Mul', 'Maximum', 'Minimum', 'SquaredDifference']) {
    for (const [sa, sb] of broadcastPairs) {
      it(`${type} ${JSON.stringify(sa)} ${JSON.stringify(sb)}`, () => checkGradient(op(type), [randomArray(sa, -1, 1, 5), randomArray(sb, -1, 1, 11)]));
    }
  }
  for (const type of ['RealDiv', 'Div', 'Pow']) {
    for (const [sa, sb] of broadcastPairs) {
      it(`${type} ${JSON.stringify(sa)} ${JSON.stringify(sb)}`, () => checkGradient(op(type), [positive(sa, 5), positive(sb, 11)]));
    }
  }
  it('Pow with a negative base: exponent gradient uses log(x) only where x > 0', () => {
    const x = tf.NDArray.from([-2, 1.5, 3], 'float64'), p = tf.NDArray.from([2, 2, 2], 'float64');
    checkGradient(xx => op('Pow')(xx, tf.constant(p)), [x]);
  });
  it('FloorMod', () => checkGradient(op('FloorMod'), [tf.NDArray.from([[5.3, -2.7], [7.1, 1.2]], 'float64'), tf.NDArray.from([2.1, 1.7], 'float64')]));
  it('Python operators through placeholders with unknown batch use the dynamic unb structure', () => {
    clearDefaultGraphState();
    const x = tf.placeholder('float64', [null, 3]);
    const b = tf.placeholder('float64', [3]);
    const y = tf.operators.add(x, b);
    const [gx, gb] = tf.gradients(y, [x, b]);
    const types = tf.getDefaultGraph().getOperations().filter(o => o.name.startsWith('gradients/add_grad/')).map(o => o.type);
    assert.ok(types.includes('BroadcastGradientArgs'));
    const s = new tf.Session();
    const [vx, vb] = s.run([gx!, gb!], [[x, tf.NDArray.from([[1, 2, 3], [4, 5, 6]], 'float64')], [b, tf.NDArray.from([1, 1, 1], 'float64')]]) as tf.NDArray[];
    assert.deepEqual(vx.toNested(), [[1, 1, 1], [1, 1, 1]]);
    assert.deepEqual(vb.toArray(), [2, 2, 2]);
  });

  const unary: [string, (s: number[]) => tf.NDArray][] = [
    ['Neg', s => randomArray(s)], ['Abs', s => randomArray(s)], ['Square', s => randomArray(s)],
    ['Sqrt', positive], ['Rsqrt', positive], ['Exp', s => randomArray(s)], ['Log', positive], ['Log1p', positive],
    ['Reciprocal', positive], ['Sigmoid', s => randomArray(s, -3, 3)], ['Tanh', s => randomArray(s, -2, 2)],
    ['Sign', s => randomArray(s)], ['Erf', s => randomArray(s, -3, 3)], ['Erfc', s => randomArray(s, -3, 3)],
  ];
  for (const [type, gen] of unary) it(type, () => checkGradient(op(type), [gen([2, 3])]));

  for (const type of ['SigmoidGrad', 'TanhGrad', 'SqrtGrad', 'RsqrtGrad', 'ReciprocalGrad']) {
    it(`${type} (second order)`, () => checkGradient(op(type), [positive([2, 3], 5), randomArray([2, 3], -1, 1, 9)]));
  }
  it('second derivative of tanh via tf.gradients twice', () => {
    checkGradient(x => tf.gradients(tf.tanh(x), [x])[0]!, [randomArray([3], -1, 1)]);
  });

  for (const transposeA of [false, true]) {
    for (const transposeB of [false, true]) {
      it(`MatMul transpose_a=${transposeA} transpose_b=${transposeB}`, () => {
        const a = randomArray(transposeA ? [3, 2] : [2, 3], -1, 1, 5), b = randomArray(transposeB ? [4, 3] : [3, 4], -1, 1, 6);
        checkGradient((x, y) => tf.matmul(x, y, { transposeA, transposeB }), [a, b]);
      });
      it(`BatchMatMul adj_x=${transposeA} adj_y=${transposeB}`, () => {
        const a = randomArray(transposeA ? [2, 3, 2] : [2, 2, 3], -1, 1, 5), b = randomArray(transposeB ? [2, 4, 3] : [2, 3, 4], -1, 1, 6);
        checkGradient((x, y) => tf.matmul(x, y, { transposeA, transposeB }), [a, b]);
      });
    }
  }

  const reductionCases: [number[], number[] | null, boolean][] = [
    [[2, 3], [1], false], [[2, 3], [0], true], [[2, 3], null, false], [[2, 3], null, true],
    [[2, 3, 4], [0, 2], false], [[2, 3, 4], [-1], true], [[2, 3, 4], [1], false], [[3], [0], false],
  ];
  const reducers: [string, (x: tf.Tensor, a?: number[] | null, k?: boolean) => tf.Tensor][] = [
    ['Sum', tf.reduceSum], ['Mean', tf.reduceMean], ['Max', tf.reduceMax], ['Min', tf.reduceMin], ['Prod', tf.reduceProd],
  ];
  for (const [type, fn] of reducers) {
    for (const [shape, axes, keep] of reductionCases) {
      if (type === 'Prod' && axes && axes.length > 1) continue;
      it(`${type} ${JSON.stringify(shape)} axis=${JSON.stringify(axes)} keepdims=${keep}`, () => checkGradient(x => fn(x, axes, keep), [randomArray(shape, 0.5, 1.5, 17)]));
    }
  }
  it('Prod gradient with a zero entry', () => checkGradient(x => tf.reduceProd(x, [1]), [tf.NDArray.from([[1.5, 0, 2], [0, 0, 3]], 'float64')]));
  it('Max gradient splits ties evenly', () => {
    clearDefaultGraphState();
    const x = tf.constant(tf.NDArray.from([[1, 3, 3], [2, 0, 1]], 'float64'));
    const g = tf.gradients(tf.reduceMax(x, [1]), [x])[0]!;
    assert.deepEqual((new tf.Session().run(g) as tf.NDArray).toNested(), [[0, 0.5, 0.5], [1, 0, 0]]);
  });
  for (const [label, shape] of [['unknown batch', [null, 3]], ['unknown rank', null]] as const) {
    it(`Sum/Mean/Max gradients with ${label}`, () => {
      for (const fn of [tf.reduceSum, tf.reduceMean, tf.reduceMax]) {
        clearDefaultGraphState();
        const x = tf.placeholder('float64', shape as never);
        const y = fn(tf.operators.mul(x, x), [1]);
        const g = tf.gradients(fn(y), [x])[0]!;
        const value = tf.NDArray.from([[1, 2, 3], [4, 5, 7]], 'float64');
        const got = (new tf.Session().run(g, [[x, value]]) as tf.NDArray).toNested() as number[][];
        const expected = fn === tf.reduceSum ? [[2, 4, 6], [8, 10, 14]] : fn === tf.reduceMean ? [[2 / 6, 4 / 6, 1], [8 / 6, 10 / 6, 14 / 6]] : [[0, 0, 0], [0, 0, 14]];
        got.forEach((row, i) => row.forEach((v, j) => assert.ok(Math.abs(v - expected[i][j]) < 1e-12, `${fn.name} [${i},${j}] ${v} vs ${expected[i][j]}`)));
      }
    });
  }
  it('Cumsum and Cumprod', () => {
    for (const type of ['Cumsum', 'Cumprod']) {
      for (const [exclusive, reverse] of [[false, false], [true, false], [false, true], [true, true]]) {
        checkGradient(x => tf.makeOp1(type, [x, tf.constant(1, 'int32')], { exclusive, reverse }), [positive([2, 3])]);
      }
    }
  });
  it('Cast float32 ← float64 passes the gradient; int casts stop it', () => {
    checkGradient(x => tf.cast(tf.cast(x, 'float32'), 'float64'), [randomArray([3])], { rtol: 1e-3, atol: 1e-4, eps: 1e-3 });
    clearDefaultGraphState();
    const x = tf.placeholder('float32', [2]);
    assert.equal(tf.gradients(tf.cast(tf.cast(x, 'int32'), 'float32'), [x])[0], null);
  });
  it('AddN', () => checkGradient((a, b, c) => tf.addN([a, b, c]), [randomArray([2, 2], -1, 1, 1), randomArray([2, 2], -1, 1, 2), randomArray([2, 2], -1, 1, 3)]));
  it('Select', () => {
    const cond = tf.NDArray.from([[true, false], [false, true]], 'bool');
    checkGradient((x, y) => tf.where(tf.constant(cond), x, y), [randomArray([2, 2], -1, 1, 1), randomArray([2, 2], -1, 1, 2)]);
    const rowCond = tf.NDArray.from([true, false], 'bool');
    checkGradient((x, y) => tf.where(tf.constant(rowCond), x, y), [randomArray([2, 3], -1, 1, 1), randomArray([2, 3], -1, 1, 2)]);
  });
  it('softmax regression loss built from math ops', () => {
    checkGradient((x, w, b) => {
      const logits = tf.operators.add(tf.matmul(x, w), b);
      const e = tf.exp(logits);
      const p = tf.operators.truediv(e, tf.reduceSum(e, [1], true));
      return tf.reduceMean(tf.operators.neg(tf.reduceSum(tf.operators.mul(tf.constant(tf.NDArray.from([[1, 0, 0], [0, 0, 1]], 'float64')), tf.log(p)), [1])));
    }, [randomArray([2, 4], -1, 1, 1), randomArray([4, 3], -1, 1, 2), randomArray([3], -1, 1, 3)]);
  });
});

describe('trigonometric gradients', () => {
  it('Cos', () => checkGradient(x => tf.cos(x), [randomArray([5], -3, 3)]));
  it('Sin', () => checkGradient(x => tf.sin(x), [randomArray([5], -3, 3)]));
});
