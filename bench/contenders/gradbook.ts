// Gradbook's engine through its TF1 API, as a TypeScript user writes the seed program:
// placeholders, Variables, GradientDescentOptimizer.minimize, Session.run(train, feeds).
import { Contender, Trainer } from './contender';
import { buildSeedGraph, resolveSeedApi, scalarOf } from './engine-api';
import { BatchFeeder, Mnist, WORKLOAD } from '../workload';

export const gradbookContender: Contender = {
  name: 'gradbook',
  describe: 'Gradbook engine (src/engine): TF1 graph, tf.gradients via GradientDescentOptimizer.minimize, Session.run',
  async setup(): Promise<Trainer> {
    const api = resolveSeedApi();
    const { batchSize, inputs, classes, learningRate } = WORKLOAD;
    const g = buildSeedGraph(api, learningRate);
    const sess = new api.Session();
    sess.run(g.init);
    let xs: unknown, ys: unknown;
    return {
      step(feeder: BatchFeeder) {
        // The feed arrays wrap the feeder's buffers, which `fill` rewrote for this step.
        xs ??= new api.NDArray('float32', [batchSize, inputs], feeder.images);
        ys ??= new api.NDArray('float32', [batchSize, classes], feeder.labels);
        sess.run(g.train, [[g.x, xs], [g.y, ys]]);
      },
      reset() {
        sess.run(g.init);
      },
      accuracy(data: Mnist) {
        const images = new api.NDArray('float32', [data.testCount, inputs], data.testImages);
        const labels = new api.NDArray('float32', [data.testCount, classes], data.testLabels);
        return scalarOf(sess.run(g.accuracy, [[g.x, images], [g.y, labels]]));
      },
      dispose() {
        sess.close();
      },
    };
  },
};
