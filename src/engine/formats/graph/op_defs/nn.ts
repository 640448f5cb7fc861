// Neural-network ops (core/ops/nn_ops.cc, TF 1.15).
import { op, OpSpec } from './op_spec';

const CONV_ATTRS = 'T: type; strides: list(int); use_cudnn_on_gpu: bool = true; padding: string; '
  + 'explicit_paddings: list(int) = []; data_format: string = "NHWC"; dilations: list(int) = [1, 1, 1, 1]';
const POOL_ATTRS = 'ksize: list(int) >= 4; strides: list(int) >= 4; padding: string; data_format: string = "NHWC"';
const activation = (names: string[]) => names.map(n => op(n, 'features: T', 'activations: T', 'T: type'));

export const NN_OPS: OpSpec[] = [
  op('Conv2D', 'input: T, filter: T', 'output: T', CONV_ATTRS),
  op('Conv2DBackpropInput', 'input_sizes: int32, filter: T, out_backprop: T', 'output: T', CONV_ATTRS),
  op('Conv2DBackpropFilter', 'input: T, filter_sizes: int32, out_backprop: T', 'output: T', CONV_ATTRS),
  op('MaxPool', 'input: T', 'output: T', `T: type = float; ${POOL_ATTRS}`),
  op('MaxPoolGrad', 'orig_input: T, orig_output: T, grad: T', 'output: T', `${POOL_ATTRS}; T: type = float`),
  op('MaxPoolGradGrad', 'orig_input: T, orig_output: T, grad: T', 'output: T', `${POOL_ATTRS}; T: type`),
  op('AvgPool', 'value: T', 'output: T', `${POOL_ATTRS}; T: type`),
  op('AvgPoolGrad', 'orig_input_shape: int32, grad: T', 'output: T', `${POOL_ATTRS}; T: type`),
  op('BiasAdd', 'value: T, bias: T', 'output: T', 'T: type; data_format: string = "NHWC"'),
  op('BiasAddGrad', 'out_backprop: T', 'output: T', 'T: type; data_format: string = "NHWC"'),
  ...activation(['Relu', 'Relu6', 'Elu', 'Softplus']),
  op('LeakyRelu', 'features: T', 'activations: T', 'alpha: float = 0.2; T: type = float'),
  op('ReluGrad', 'gradients: T, features: T', 'backprops: T', 'T: type'),
  op('Relu6Grad', 'gradients: T, features: T', 'backprops: T', 'T: type'),
  op('EluGrad', 'gradients: T, outputs: T', 'backprops: T', 'T: type'),
  op('SoftplusGrad', 'gradients: T, features: T', 'backprops: T', 'T: type'),
  op('LeakyReluGrad', 'gradients: T, features: T', 'backprops: T', 'alpha: float = 0.2; T: type = float'),
  op('Softmax', 'logits: T', 'softmax: T', 'T: type'),
  op('LogSoftmax', 'logits: T', 'logsoftmax: T', 'T: type'),
  // TF builds softmax's gradient from Mul/Sum/Sub in Python; Gradbook has one op for it.
  op('SoftmaxGrad', 'grad: T, softmax: T', 'output: T', 'T: type', { gradbookOnly: true }),
  op('SoftmaxCrossEntropyWithLogits', 'features: T, labels: T', 'loss: T, backprop: T', 'T: type'),
  op('SparseSoftmaxCrossEntropyWithLogits', 'features: T, labels: Tlabels', 'loss: T, backprop: T', 'T: type; Tlabels: type = int64'),
  op('L2Loss', 't: T', 'output: T', 'T: type'),
  op('InTopK', 'predictions: float, targets: T', 'precision: bool', 'k: int; T: type = int32'),
  op('InTopKV2', 'predictions: float, targets: T, k: T', 'precision: bool', 'T: type = int32'),
];
