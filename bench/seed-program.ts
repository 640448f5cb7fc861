// Issue 3's overhead benchmark: the whole seed program (read_data_sets, graph, 2000 steps of
// next_batch + sess.run, accuracy) run through the Python front end, against the same program
// written in TypeScript on the engine. Each is run `runs` times in one process; the first run is
// cold (JIT, first plans), the later ones warm.
import * as fs from 'fs';
import * as path from 'path';
import { Unavailable } from './contenders/contender';
import { loadEngine, resolveSeedApi, scalarOf } from './contenders/engine-api';
import { now } from './stats';

export const SEED_PROGRAM = path.join(__dirname, '..', 'examples', 'mnist_softmax.py');

export interface ProgramRun { ms: number; accuracy: number | null; output: string }

/** The seed program, statement for statement, in TypeScript against src/engine. */
export function runSeedProgramInTs(steps = 2000): ProgramRun {
  const api = resolveSeedApi();
  const tf = api.tf;
  const { readDataSets } = require('../src/engine/data');
  const { nodeMnistEnvironment } = require('../src/node');
  const lines: string[] = [];
  const print = (s: string) => lines.push(s);
  tf.resetDefaultGraph();
  const started = now();
  const mnist = readDataSets('MNIST_data/', { oneHot: true }, nodeMnistEnvironment(print));
  const x = api.placeholder('float32', [null, 784]);
  const y = api.placeholder('float32', [null, 10]);
  const w = new api.Variable(api.zeros([784, 10]));
  const b = new api.Variable(api.zeros([10]));
  const a = api.softmax(api.add(api.matmul(x, w), b));
  const crossEntropy = api.reduceMean(api.negative(api.reduceSum(api.multiply(y, api.log(a)), [1])));
  const train = new api.GradientDescentOptimizer(0.5).minimize(crossEntropy);
  const init = api.globalVariablesInitializer();
  print('start to run session:');
  const sess = new api.Session();
  let accuracyValue: number;
  try {
    sess.run(init);
    for (let i = 0; i < steps; i++) {
      const [batchXs, batchYs] = mnist.train.next_batch(100);
      sess.run(train, [[x, batchXs], [y, batchYs]]);
    }
    const correctPrediction = api.equal(api.argmax(a, 1), api.argmax(y, 1));
    const accuracy = api.reduceMean(api.cast(correctPrediction, 'float32'));
    accuracyValue = scalarOf(sess.run(accuracy, [[x, mnist.test.images], [y, mnist.test.labels]]));
    print(String(accuracyValue));
  } finally {
    sess.close();
  }
  return { ms: now() - started, accuracy: accuracyValue, output: lines.join('\n') };
}

interface PythonModule { PythonSession: new (hooks: Record<string, unknown>) => { runCell(source: string, filename: string): { ok: boolean; error?: { ename: string; evalue: string; traceback?: string[] } } } }

function loadPython(): PythonModule {
  loadEngine();
  // The modules a kernel registers at its entry point (the bench is one). The front end is part of
  // the product: if it fails to load, the bench fails rather than reporting it unavailable.
  require('../src/python/modules/standard');
  require('../src/node').installNodeHost();
  return require('../src/python');
}

/** examples/mnist_softmax.py through `new PythonSession(hooks).runCell(source, filename)`. */
export function runSeedProgramInPython(): ProgramRun {
  const py = loadPython();
  const tf = loadEngine();
  const source = fs.readFileSync(SEED_PROGRAM, 'utf8');
  let out = '';
  tf.resetDefaultGraph?.();
  const session = new py.PythonSession({
    stdout: (text: string) => { out += text; },
    stderr: (text: string) => { out += text; },
    display: (value: unknown) => { out += `${String(value)}\n`; },
  });
  const started = now();
  const result = session.runCell(source, 'examples/mnist_softmax.py');
  const ms = now() - started;
  if (!result.ok) {
    const e = result.error!;
    throw new Unavailable(`the seed program fails in the front end: ${e.ename}: ${e.evalue}`);
  }
  const numbers = out.trim().split(/\s+/).map(Number).filter((v) => Number.isFinite(v));
  return { ms, accuracy: numbers.length ? numbers[numbers.length - 1] : null, output: out };
}
