// TensorFlow.js 4.22 on its cpu or wasm backend, written the way a tfjs user would: variables,
// tf.train.sgd, one tf.tidy per step. Loaded lazily so a missing package only makes it unavailable.
import * as path from 'path';
import type * as TF from '@tensorflow/tfjs';
import { Contender, Trainer, Unavailable } from './contender';
import { accuracyFromLogits, BatchFeeder, Mnist, WORKLOAD } from '../workload';

type Backend = 'cpu' | 'wasm';

async function loadTfjs(backend: Backend): Promise<typeof TF> {
  let tf: typeof TF;
  try {
    tf = require('@tensorflow/tfjs');
  } catch (e) {
    throw new Unavailable(`@tensorflow/tfjs is not installed (${(e as Error).message.split('\n')[0]})`);
  }
  if (backend === 'wasm') {
    try {
      const wasm = require('@tensorflow/tfjs-backend-wasm');
      // The .wasm files ship in the package's dist/; Node loads them from disk, no network.
      const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
      wasm.setWasmPaths(dist + path.sep);
    } catch (e) {
      throw new Unavailable(`@tensorflow/tfjs-backend-wasm is not usable (${(e as Error).message.split('\n')[0]})`);
    }
  }
  if (!(await tf.setBackend(backend))) throw new Unavailable(`tfjs backend ${backend} failed to initialize`);
  await tf.ready();
  return tf;
}

export function tfjsContender(backend: Backend): Contender {
  let tf: typeof TF | undefined;
  return {
    name: `tfjs-${backend}`,
    describe: `TensorFlow.js ${backend} backend: tf.variable, tf.train.sgd(0.5).minimize in tf.tidy`,
    info: () => tf ? {
      version: tf.version.tfjs,
      backend: tf.getBackend(),
      ...(backend === 'wasm' ? { simd: tf.env().getBool('WASM_HAS_SIMD_SUPPORT'), threads: tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT') } : {}),
    } : {},
    async setup(): Promise<Trainer> {
      const t = (tf = await loadTfjs(backend));
      const { inputs, classes, batchSize, learningRate } = WORKLOAD;
      const W = t.variable(t.zeros([inputs, classes]));
      const b = t.variable(t.zeros([classes]));
      const optimizer = t.train.sgd(learningRate);
      const logitsOf = (x: TF.Tensor2D) => t.add(t.matMul(x, W), b) as TF.Tensor2D;
      return {
        step(feeder: BatchFeeder) {
          t.tidy(() => {
            const x = t.tensor2d(feeder.images, [batchSize, inputs]);
            const y = t.tensor2d(feeder.labels, [batchSize, classes]);
            optimizer.minimize(() => t.mean(t.neg(t.sum(t.mul(y, t.log(t.softmax(logitsOf(x)))), 1))), false, [W, b]);
          });
        },
        reset() {
          W.assign(t.zeros([inputs, classes]));
          b.assign(t.zeros([classes]));
        },
        accuracy(data: Mnist) {
          const logits = t.tidy(() => logitsOf(t.tensor2d(data.testImages, [data.testCount, inputs])).dataSync());
          return accuracyFromLogits(logits, data.testLabels, data.testCount);
        },
        dispose() {
          W.dispose();
          b.dispose();
          optimizer.dispose();
        },
      };
    },
  };
}
