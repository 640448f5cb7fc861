// Initializer objects (tf.zeros_initializer(), tf.glorot_uniform_initializer(seed=1), ...): TF
// 1.15's init_ops classes, each constructor bound from its signature, each object callable as
// `init(shape, dtype=None, partition_info=None)` and usable by get_variable and variable_scope.
import type { PyValue, Kwargs } from '../../../objects/core';
import { PyModule } from '../../../objects/callables';
import { HostObject, hostClass } from '../../../host';
import * as tf from '../../../../engine';
import type { ParamSpec, Signature } from '../../../../engine';
import { argumentBinder, constructorOf, isCallable, toTensorLike } from '../../../bind';
import { typeError, valueError } from '../../../exceptions';
import { callValue } from '../../../runtime/call';
import { typeOf } from '../../../runtime/type-name';
import { PyList } from '../../../objects/containers';
import { PyClass } from '../../../objects/pyclass';
import { out } from '../define';
import { PyDType } from '../dtype_object';

type Make = (shape: number[], dtype: tf.DType) => tf.Tensor;

const CALL_SIGNATURE = {
  name: 'tf.Initializer.__call__', doc: 'The initial value for a variable of `shape` and `dtype`.',
  params: [{ name: 'shape', type: 'shape' }, { name: 'dtype', default: null, type: 'dtype' }, { name: 'partition_info', default: null, unsupported: 'partitioned variables' }],
} as const;
const bindCall = argumentBinder(CALL_SIGNATURE, undefined, '__call__');

/** An initializer object: callable, with its engine form for get_variable. */
export class PyInitializer extends HostObject {
  constructor(readonly pyName: string, readonly dtype: tf.DType, private readonly make: Make) { super(); }
  override get pyTypeName() { return this.pyName; }
  override get type() { return hostClass(this.pyName, 'tensorflow'); }
  override repr(): string { return `<tensorflow.python.ops.init_ops.${this.pyName} object>`; }
  /** The engine's Initializer: dtype at call time, else the constructor's. */
  readonly initializer: tf.Initializer = (shape, dtype) => this.make(shape, dtype ?? this.dtype);
  call(args: PyValue[], kw: Kwargs): PyValue {
    const a = bindCall(args, kw) as { shape: (number | null)[] | null; dtype: tf.DType | null };
    if (a.shape === null || a.shape.some(d => d === null)) throw valueError('Initializers need a fully defined shape');
    return out(this.make(a.shape as number[], a.dtype ?? this.dtype));
  }
  getattr(name: string): PyValue | undefined {
    if (name === 'dtype') return PyDType.of(this.dtype);
    return undefined;
  }
}

/** An initializer argument: an initializer object, any callable(shape, dtype=...), or None. */
export function initializerOf(v: PyValue): tf.Initializer | null {
  if (v === null) return null;
  if (v instanceof PyInitializer) return v.initializer;
  if (!isCallable(v)) throw typeError(`initializer must be callable, not ${typeOf(v).name}`);
  // TF1's get_variable instantiates an initializer given as a class (`tf.zeros_initializer`
  // without the parentheses) with the variable's dtype, then calls the instance.
  if (v instanceof PyClass) {
    const cls = v;
    return (shape, dtype) => {
      const kw: Kwargs = new Map([['dtype', PyDType.of(dtype ?? 'float32') as unknown as PyValue]]);
      const instance = initializerOf(callValue(cls, [], kw))!;
      return instance(shape, dtype);
    };
  }
  return (shape, dtype) => {
    const kw: Kwargs = new Map([['dtype', PyDType.of(dtype ?? 'float32') as unknown as PyValue]]);
    return tf.convertToTensor(toTensorLike(callValue(v, [new PyList(shape)], kw)), dtype ?? null);
  };
}

const SEED: ParamSpec = { name: 'seed', default: null, type: 'int' };
const DTYPE: ParamSpec = { name: 'dtype', default: { expr: 'tf.float32' }, type: 'dtype' };
const float = (name: string, dflt: number): ParamSpec => ({ name, default: { float: dflt }, type: 'float' });
type Args = Record<string, unknown>;
const seedOf = (a: Args) => (a.seed as number | null) ?? null;

interface InitializerRow { name: string; aliases: string[]; doc: string; params: ParamSpec[]; make(a: Args): Make }

const ROWS: InitializerRow[] = [
  { name: 'zeros_initializer', aliases: ['initializers.zeros'], doc: 'Initializer that generates tensors initialized to 0.', params: [DTYPE],
    make: () => (shape, dtype) => tf.zerosInitializer()(shape, dtype) },
  { name: 'ones_initializer', aliases: ['initializers.ones'], doc: 'Initializer that generates tensors initialized to 1.', params: [DTYPE],
    make: () => (shape, dtype) => tf.onesInitializer()(shape, dtype) },
  { name: 'constant_initializer', aliases: ['initializers.constant'], doc: 'Initializer that generates tensors with constant values.',
    params: [{ name: 'value', default: 0, type: 'tensor' }, DTYPE, { name: 'verify_shape', default: false, type: 'flag' }],
    make: a => (shape, dtype) => tf.constantOp(a.value as tf.TensorLike, dtype, shape, 'Const', a.verify_shape as boolean) },
  { name: 'random_uniform_initializer', aliases: ['initializers.random_uniform'], doc: 'Initializer that generates tensors with a uniform distribution.',
    params: [{ name: 'minval', default: 0, type: 'float' }, { name: 'maxval', default: null, type: 'float' }, SEED, DTYPE],
    make: a => (shape, dtype) => tf.randomUniformInitializer(a.minval as number, (a.maxval as number | null) ?? 1, seedOf(a))(shape, dtype) },
  { name: 'random_normal_initializer', aliases: ['initializers.random_normal'], doc: 'Initializer that generates tensors with a normal distribution.',
    params: [float('mean', 0), float('stddev', 1), SEED, DTYPE],
    make: a => (shape, dtype) => tf.randomNormalInitializer(a.mean as number, a.stddev as number, seedOf(a))(shape, dtype) },
  { name: 'truncated_normal_initializer', aliases: ['initializers.truncated_normal'], doc: 'Initializer that generates a truncated normal distribution.',
    params: [float('mean', 0), float('stddev', 1), SEED, DTYPE],
    make: a => (shape, dtype) => tf.truncatedNormalInitializer(a.mean as number, a.stddev as number, seedOf(a))(shape, dtype) },
  { name: 'glorot_uniform_initializer', aliases: ['initializers.glorot_uniform'], doc: 'The Glorot (Xavier) uniform initializer.', params: [SEED, DTYPE],
    make: a => (shape, dtype) => tf.glorotUniformInitializer(seedOf(a))(shape, dtype) },
  { name: 'glorot_normal_initializer', aliases: ['initializers.glorot_normal'], doc: 'The Glorot (Xavier) normal initializer (truncated).', params: [SEED, DTYPE],
    make: a => (shape, dtype) => tf.glorotNormalInitializer(seedOf(a))(shape, dtype) },
  { name: 'variance_scaling_initializer', aliases: ['initializers.variance_scaling'], doc: 'Initializer capable of adapting its scale to the shape of weights tensors.',
    params: [float('scale', 1), { name: 'mode', default: 'fan_in', type: 'str' }, { name: 'distribution', default: 'truncated_normal', type: 'str' }, SEED, DTYPE],
    make: a => varianceScaling(a.scale as number, a.mode as string, a.distribution as string, seedOf(a)) },
  { name: 'initializers.he_normal', aliases: [], doc: 'He normal initializer: variance scaling 2.0, fan_in, truncated normal.', params: [SEED],
    make: a => varianceScaling(2, 'fan_in', 'truncated_normal', seedOf(a)) },
  { name: 'initializers.he_uniform', aliases: [], doc: 'He uniform initializer: variance scaling 2.0, fan_in, uniform.', params: [SEED],
    make: a => varianceScaling(2, 'fan_in', 'uniform', seedOf(a)) },
  { name: 'initializers.lecun_normal', aliases: [], doc: 'LeCun normal initializer: variance scaling 1.0, fan_in, truncated normal.', params: [SEED],
    make: a => varianceScaling(1, 'fan_in', 'truncated_normal', seedOf(a)) },
  { name: 'initializers.lecun_uniform', aliases: [], doc: 'LeCun uniform initializer: variance scaling 1.0, fan_in, uniform.', params: [SEED],
    make: a => varianceScaling(1, 'fan_in', 'uniform', seedOf(a)) },
];

function varianceScaling(scale: number, mode: string, distribution: string, seed: number | null): Make {
  if (scale <= 0) throw valueError('`scale` must be positive float.');
  if (!['fan_in', 'fan_out', 'fan_avg'].includes(mode)) throw valueError(`Invalid \`mode\` argument: ${mode}`);
  const dist = distribution.toLowerCase();
  if (!['normal', 'uniform', 'truncated_normal', 'untruncated_normal'].includes(dist)) throw valueError(`Invalid \`distribution\` argument: ${distribution}`);
  // TF 1.15: "normal" is the deprecated spelling of "truncated_normal".
  const engineDist = dist === 'uniform' ? 'uniform' : dist === 'untruncated_normal' ? 'normal' : 'truncated_normal';
  return (shape, dtype) => tf.varianceScalingInitializer(scale, mode as 'fan_in', engineDist, seed)(shape, dtype);
}

const CONSTRUCTORS = ROWS.map(row => {
  const signature: Signature = { name: `tf.${row.name}`, doc: row.doc, params: row.params };
  const pyName = row.name.split('.').pop()!;
  return {
    row,
    ctor: constructorOf(signature, (a: Args) => new PyInitializer(pyName, (a.dtype as tf.DType | undefined) ?? 'float32', row.make(a))),
  };
});

/** The initializer classes into `tf` (and tf.initializers). */
export function installInitializers(root: PyModule): void {
  const initializers = (root.dict.get('initializers') as PyModule | undefined) ?? new PyModule('tensorflow.initializers');
  root.set('initializers', initializers);
  for (const { row, ctor } of CONSTRUCTORS) {
    const pyName = row.name.split('.').pop()!;
    const cls = hostClass(pyName, 'tensorflow');
    cls.nativeNew = (_c, args, kw) => ctor.construct(args, kw);
    for (const q of [row.name, ...row.aliases]) {
      const [mod, attr] = q.includes('.') ? [initializers, q.split('.')[1]] : [root, q];
      mod.set(attr, cls);
    }
  }
}

export const INITIALIZER_SIGNATURES: readonly Signature[] = [...CONSTRUCTORS.map(c => c.ctor.signature), CALL_SIGNATURE];
