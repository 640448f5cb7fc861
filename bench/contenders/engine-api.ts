// The slice of Gradbook's TF1 API the seed model needs, looked up by name at run time. The op
// families are written in parallel with this bench; until a builder exists the Gradbook contenders
// report which names are missing instead of failing to compile or crash.
import { Unavailable } from './contender';

type Fn = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Module = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface SeedApi {
  tf: Module;
  placeholder: Fn;
  Variable: new (init: unknown, opts?: unknown) => any; // eslint-disable-line @typescript-eslint/no-explicit-any
  zeros(shape: number[]): unknown;
  matmul: Fn; add: Fn; softmax: Fn; log: Fn; multiply: Fn; negative: Fn;
  reduceSum(x: unknown, axis: number[]): unknown;
  reduceMean(x: unknown): unknown;
  argmax(x: unknown, axis: number): unknown;
  equal: Fn;
  cast(x: unknown, dtype: string): unknown;
  GradientDescentOptimizer: new (learningRate: number) => { minimize(loss: unknown): unknown };
  globalVariablesInitializer: Fn;
  Session: new () => { run(fetches: unknown, feeds?: unknown): unknown; close(): void };
  NDArray: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Load the engine (registers every kernel and gradient) or say why it cannot load. */
export function loadEngine(): Module {
  try {
    return require('../../src/engine');
  } catch (e) {
    throw new Unavailable(`src/engine does not load: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The first of `names` found on any of `scopes` (e.g. `tf.nn.softmax` or `tf.softmax`). */
function pick(scopes: (Module | undefined)[], names: string[], missing: string[]): Fn {
  for (const scope of scopes) for (const n of names) if (scope && typeof scope[n] === 'function') return scope[n];
  missing.push(names[0]);
  return () => { throw new Error(`missing ${names[0]}`); };
}

export function resolveSeedApi(tf: Module = loadEngine()): SeedApi {
  const missing: string[] = [];
  const top = [tf];
  const nn = [tf.nn, tf];
  const train = [tf.train, tf];
  const api: SeedApi = {
    tf,
    placeholder: pick(top, ['placeholder'], missing),
    Variable: pick(top, ['Variable'], missing) as unknown as SeedApi['Variable'],
    zeros: typeof tf.zeros === 'function'
      ? (shape) => tf.zeros(shape)
      : (shape) => tf.constant(tf.NDArray.zeros('float32', shape)),
    matmul: pick(top, ['matmul', 'matMul'], missing),
    add: pick(top, ['add'], missing),
    softmax: pick(nn, ['softmax'], missing),
    log: pick(top, ['log'], missing),
    multiply: pick(top, ['multiply', 'mul'], missing),
    negative: pick(top, ['negative', 'neg'], missing),
    reduceSum: pick(top, ['reduceSum', 'reduce_sum'], missing),
    reduceMean: pick(top, ['reduceMean', 'reduce_mean'], missing),
    argmax: pick(top, ['argmax', 'argMax'], missing),
    equal: pick(top, ['equal'], missing),
    cast: pick(top, ['cast'], missing),
    GradientDescentOptimizer: pick(train, ['GradientDescentOptimizer'], missing) as unknown as SeedApi['GradientDescentOptimizer'],
    globalVariablesInitializer: pick(top, ['globalVariablesInitializer', 'global_variables_initializer'], missing),
    Session: pick(top, ['Session'], missing) as unknown as SeedApi['Session'],
    NDArray: tf.NDArray,
  };
  if (missing.length) throw new Unavailable(`engine builders not written yet: ${missing.join(', ')}`);
  return api;
}

/** The seed's graph, op for op: the model, the loss, the train op, init, and the accuracy. */
export function buildSeedGraph(api: SeedApi, learningRate: number) {
  const x = api.placeholder('float32', [null, 784]);
  const y = api.placeholder('float32', [null, 10]);
  const w = new api.Variable(api.zeros([784, 10]));
  const b = new api.Variable(api.zeros([10]));
  const a = api.softmax(api.add(api.matmul(x, w), b));
  const crossEntropy = api.reduceMean(api.negative(api.reduceSum(api.multiply(y, api.log(a)), [1])));
  const train = new api.GradientDescentOptimizer(learningRate).minimize(crossEntropy);
  const init = api.globalVariablesInitializer();
  const correct = api.equal(api.argmax(a, 1), api.argmax(y, 1));
  const accuracy = api.reduceMean(api.cast(correct, 'float32'));
  return { x, y, w, b, a, crossEntropy, train, init, accuracy };
}

/** A scalar NDArray result as a number. */
export function scalarOf(value: unknown): number {
  const v = value as { numeric?: ArrayLike<number>; toArray?: () => unknown };
  if (v && v.numeric) return Number(v.numeric[0]);
  return Number(value);
}
