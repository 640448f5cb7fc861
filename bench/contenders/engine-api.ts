// The slice of Gradbook's TF1 API the seed model needs, as the Gradbook contenders call it.
import * as engine from '../../src/engine';

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

/** The engine (importing it registers every op through its explicit list). */
export function loadEngine(): Module {
  return engine as unknown as Module;
}

/**
 * The seed model's slice of the engine's TypeScript API, bound by name. The engine is part of the
 * product: a missing builder is a type error here, not an "unavailable" row.
 */
export function resolveSeedApi(tf: Module = loadEngine()): SeedApi {
  return {
    tf,
    placeholder: engine.placeholder,
    Variable: engine.Variable as unknown as SeedApi['Variable'],
    zeros: (shape) => engine.zeros(shape),
    matmul: engine.matmul,
    add: engine.add,
    softmax: engine.softmax,
    log: engine.log,
    multiply: engine.multiply,
    negative: engine.negative,
    reduceSum: (x, axis) => engine.reduceSum(x as never, axis),
    reduceMean: (x) => engine.reduceMean(x as never),
    argmax: (x, axis) => engine.argmax(x as never, axis),
    equal: engine.equal,
    cast: (x, dtype) => engine.cast(x as never, dtype as never),
    GradientDescentOptimizer: engine.train.GradientDescentOptimizer as unknown as SeedApi['GradientDescentOptimizer'],
    globalVariablesInitializer: engine.globalVariablesInitializer,
    Session: engine.Session as unknown as SeedApi['Session'],
    NDArray: engine.NDArray,
  };
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
