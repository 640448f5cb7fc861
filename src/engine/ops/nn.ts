// Builders of the nn family (tf.nn.*, tf.losses.*, clipping helpers) and its op definitions.
export { relu, relu6, elu, selu, softplus, leakyRelu } from './nn/activations';
export { softmax, logSoftmax, Softmax, LogSoftmax, SoftmaxGrad } from './nn/softmax';
export * from './nn/xent';
export { SoftmaxCrossEntropyWithLogits, SparseSoftmaxCrossEntropyWithLogits } from './nn/xent_ops';
export { biasAdd, xwPlusB, reluLayer, BiasAdd, BiasAddGrad } from './nn/bias_add';
export { l2Loss, l2Normalize, L2Loss } from './nn/l2_loss';
export { inTopK, InTopK, InTopKV2 } from './nn/in_top_k';
export { conv2d, conv2dBackpropInput, conv2dBackpropFilter, atrousConv2d, Conv2D, Conv2DBackpropInput, Conv2DBackpropFilter } from './nn/conv2d';
export type { Padding, ConvOptions } from './nn/conv2d';
export { maxPool, avgPool, maxPoolWithArgmax, nnPool } from './nn/pooling_api';
export type { PoolOptions } from './nn/pooling_api';
export { MaxPool, MaxPoolGrad, MaxPoolGradGrad, AvgPool, AvgPoolGrad, MaxPoolWithArgmax } from './nn/pooling';
export { softsign, Softsign } from './nn/softsign';
export { dropout } from './nn/dropout';
export { clipByValue, clipByNorm, globalNorm, clipByGlobalNorm, clipByAverageNorm } from './nn/clip';
export { losses, Reduction, ALL_REDUCTIONS, validateReduction, computeWeightedLoss } from './nn/losses';
export type { LossOptions, SoftmaxLossOptions, ReductionValue } from './nn/losses';
