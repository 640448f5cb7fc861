// Builders of the nn family (tf.nn.*, tf.losses.*, clipping helpers).
export * from './nn/activations';
export * from './nn/xent';
export * from './nn/basic';
export { conv2d, conv2dBackpropInput, conv2dBackpropFilter, atrousConv2d, Conv2D, Conv2DBackpropInput, Conv2DBackpropFilter } from './nn/conv2d';
export type { Padding, ConvOptions } from './nn/conv2d';
export * from './nn/pooling';
export { softsign, Softsign } from './nn/softsign';
export * from './nn/dropout';
export * from './nn/clip';
export { losses, Reduction, computeWeightedLoss } from './nn/losses';
export type { LossOptions, SoftmaxLossOptions, ReductionValue } from './nn/losses';
