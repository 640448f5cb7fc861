// Builders of the nn family (tf.nn.*, tf.losses.*, clipping helpers).
export * from './nn/activations';
export * from './nn/xent';
export * from './nn/basic';
export * from './nn/conv';
export * from './nn/dropout';
export * from './nn/clip';
export { losses, Reduction, computeWeightedLoss } from './nn/losses';
export type { LossOptions, SoftmaxLossOptions, ReductionValue } from './nn/losses';
