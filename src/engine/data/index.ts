// The MNIST helper behind `input_data.read_data_sets`. The host's files come from an entry point
// (src/node/mnist_environment.ts for Node), installed through `./host`.
export { readDataSets, MNIST_FILES, DEFAULT_VALIDATION_SIZE, BUNDLED_VALIDATION_SIZE } from './read-data-sets';
export type { ReadDataSetsOptions, Datasets } from './read-data-sets';
export { DataSet } from './dataset';
export type { DataSetOptions, ImageDType } from './dataset';
export type { FileSource, Gunzip, MnistEnvironment } from './file-source';
export type { PermutationRng, RngFactory } from './permutation-rng';
export { MT19937, mt19937Factory } from './mt19937';
export { parseIdxImages, parseIdxLabels, encodeIdx, IMAGES_MAGIC, LABELS_MAGIC } from './idx';
export { denseToOneHot } from './one-hot';
export { setMnistHost, mnistHost } from './host';
export type { MnistHost } from './host';
