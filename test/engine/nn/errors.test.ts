// TF's error texts for nn ops: build-time shape errors (with the builder's suffix), the
// named-arguments rule of the xent wrappers, and runtime InvalidArgumentErrors.
import * as tf from '../../../src/engine';
import { clearDefaultGraphState } from '../../../src/engine/graph/default_graph';
import { assertThrowsText } from './helpers';

const zeros = (shape: number[]) => tf.constant(tf.NDArray.zeros('float32', shape));

describe('nn error texts', () => {
  beforeEach(() => clearDefaultGraphState());

  it('VALID conv larger than its input: Negative dimension size', () => {
    const x = tf.placeholder('float32', [null, 4, 4, 1]);
    assertThrowsText(() => tf.conv2d(x, zeros([5, 5, 1, 32]), [1, 1, 1, 1], 'VALID'), 'ValueError',
      "Negative dimension size caused by subtracting 5 from 4 for 'Conv2D' (op: 'Conv2D') with input shapes: [?,4,4,1], [5,5,1,32].");
  });

  it('pooling a 1x1 map with a 2x2 VALID window', () => {
    const x = tf.placeholder('float32', [null, 1, 1, 32]);
    assertThrowsText(() => tf.maxPool(x, [1, 2, 2, 1], [1, 2, 2, 1], 'VALID'), 'ValueError',
      "Negative dimension size caused by subtracting 2 from 1 for 'MaxPool' (op: 'MaxPool') with input shapes: [?,1,1,32].");
  });

  it('conv input depth must match the filter', () => {
    assertThrowsText(() => tf.conv2d(zeros([1, 5, 5, 1]), zeros([3, 3, 3, 2]), [1, 1, 1, 1], 'SAME'), 'ValueError',
      "Dimensions must be equal, but are 1 and 3 for 'Conv2D' (op: 'Conv2D') with input shapes: [1,5,5,1], [3,3,3,2].");
  });

  it('conv of an unreshaped MNIST batch: Shape must be rank 4', () => {
    const x = tf.placeholder('float32', [null, 784]);
    assertThrowsText(() => tf.conv2d(x, zeros([5, 5, 1, 32]), [1, 1, 1, 1], 'SAME'), 'ValueError',
      "Shape must be rank 4 but is rank 2 for 'Conv2D' (op: 'Conv2D') with input shapes: [?,784], [5,5,1,32].");
  });

  it('conv strides need 4 values; padding must be SAME or VALID', () => {
    assertThrowsText(() => tf.conv2d(zeros([1, 5, 5, 1]), zeros([3, 3, 1, 2]), [1, 1, 1], 'SAME'), 'ValueError',
      /^Conv2D requires the stride attribute to contain 4 values, but got: 3 for 'Conv2D'/);
    assertThrowsText(() => tf.conv2d(zeros([1, 5, 5, 1]), zeros([3, 3, 1, 2]), [1, 1, 1, 1], 'same' as 'SAME'), 'ValueError',
      `Value for attr 'padding' of "same" is not in the list of allowed values: "SAME", "VALID"`);
  });

  it('bias_add: bias length must match the channel dimension', () => {
    const x = tf.placeholder('float32', [null, 10]);
    assertThrowsText(() => tf.biasAdd(x, zeros([5])), 'ValueError',
      "Dimensions must be equal, but are 10 and 5 for 'BiasAdd' (op: 'BiasAdd') with input shapes: [?,10], [5].");
  });

  it('softmax rejects integer logits with a TypeError', () => {
    assertThrowsText(() => tf.softmax(tf.constant([1, 2], 'int32')), 'TypeError',
      "Value passed to parameter 'logits' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64");
  });

  it('xent wrappers take named arguments only', () => {
    const y = tf.placeholder('float32', [null, 10]);
    const logits = tf.placeholder('float32', [null, 10]);
    const positional = tf.softmaxCrossEntropyWithLogits as unknown as (...a: unknown[]) => tf.Tensor;
    assertThrowsText(() => positional(y, logits), 'ValueError',
      'Only call `softmax_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)');
    assertThrowsText(() => tf.softmaxCrossEntropyWithLogitsV2({ _sentinel: y, labels: y, logits }), 'ValueError',
      'Only call `softmax_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)');
    const sparse = tf.sparseSoftmaxCrossEntropyWithLogits as unknown as (...a: unknown[]) => tf.Tensor;
    assertThrowsText(() => sparse(y, logits), 'ValueError',
      'Only call `sparse_softmax_cross_entropy_with_logits` with named arguments (labels=..., logits=..., ...)');
    assertThrowsText(() => tf.softmaxCrossEntropyWithLogits({ logits }), 'ValueError', 'Both labels and logits must be provided.');
  });

  it('dense xent: labels must merge with logits', () => {
    const y = tf.placeholder('float32', [null, 5]);
    const logits = tf.placeholder('float32', [null, 10]);
    assertThrowsText(() => tf.softmaxCrossEntropyWithLogits({ labels: y, logits }), 'ValueError',
      "Dimension 1 in both shapes must be equal, but are 10 and 5. Shapes are [?,10] and [?,5]. for 'softmax_cross_entropy_with_logits_sg' (op: 'SoftmaxCrossEntropyWithLogits') with input shapes: [?,10], [?,5].");
  });

  it('sparse xent: rank and shape mismatches', () => {
    const logits = tf.placeholder('float32', [100, 10]);
    assertThrowsText(() => tf.sparseSoftmaxCrossEntropyWithLogits({ labels: tf.placeholder('int64', [100, 10]), logits }), 'ValueError',
      'Rank mismatch: Rank of labels (received 2) should equal rank of logits minus 1 (received 2).');
    assertThrowsText(() => tf.sparseSoftmaxCrossEntropyWithLogits({ labels: tf.placeholder('int64', [50]), logits }), 'ValueError',
      'Shape mismatch: The shape of labels (received (50,)) should equal the shape of logits except for the last dimension (received (100, 10)).');
    assertThrowsText(() => tf.sparseSoftmaxCrossEntropyWithLogits({ labels: tf.placeholder('float32', [100]), logits }), 'TypeError',
      "Value passed to parameter 'labels' has DataType float32 not in list of allowed values: int32, int64");
  });

  it('sigmoid xent: logits and labels must have the same shape', () => {
    assertThrowsText(() => tf.sigmoidCrossEntropyWithLogits({ labels: tf.placeholder('float32', [null, 5]), logits: tf.placeholder('float32', [null, 10]) }), 'ValueError',
      'logits and labels must have the same shape ((?, 10) vs (?, 5))');
  });

  it('dropout keep_prob must lie in (0, 1]', () => {
    const x = tf.placeholder('float32', [null, 10]);
    assertThrowsText(() => tf.dropout(x, 1.5), 'ValueError', 'keep_prob must be a scalar tensor or a float in the range (0, 1], got 1.5');
    assertThrowsText(() => tf.dropout(x, 0), 'ValueError', 'keep_prob must be a scalar tensor or a float in the range (0, 1], got 0');
    assertThrowsText(() => tf.dropout(x, 1e-7 - 1), 'ValueError', 'keep_prob must be a scalar tensor or a float in the range (0, 1], got -1');
  });

  it('clip_by_global_norm wants a sequence', () => {
    assertThrowsText(() => tf.clipByGlobalNorm(zeros([2]) as unknown as tf.Tensor[], 1), 'TypeError', 't_list should be a sequence');
  });

  it('runtime: out-of-range sparse labels and mismatched dense labels', () => {
    const logits = tf.placeholder('float32', [null, 5]);
    const labels = tf.placeholder('int32', [null]);
    const loss = tf.sparseSoftmaxCrossEntropyWithLogits({ labels, logits });
    const sess = new tf.Session();
    assertThrowsText(() => sess.run(loss, [[logits, tf.NDArray.zeros('float32', [2, 5])], [labels, tf.NDArray.from([1, 5], 'int32')]]),
      'InvalidArgumentError', /^Received a label value of 5 which is outside the valid range of \[0, 5\)\.  Label values: 1 5/);
    const y = tf.placeholder('float32', [null, null]);
    const dense = tf.softmaxCrossEntropyWithLogitsV2({ labels: y, logits });
    assertThrowsText(() => sess.run(dense, [[logits, tf.NDArray.zeros('float32', [2, 5])], [y, tf.NDArray.zeros('float32', [2, 4])]]),
      'InvalidArgumentError', /^logits and labels must be same size: logits_size=\[2,5\] labels_size=\[2,4\]/);
  });

  it('runtime: a conv whose unknown input turns out too small', () => {
    const x = tf.placeholder('float32', [null, null, null, 1]);
    const y = tf.conv2d(x, zeros([5, 5, 1, 2]), [1, 1, 1, 1], 'VALID');
    assertThrowsText(() => new tf.Session().run(y, [[x, tf.NDArray.zeros('float32', [1, 4, 4, 1])]]), 'InvalidArgumentError',
      /^Computed output size would be negative: 0 \[input_size: 4, effective_filter_size: 5, stride: 1\]/);
  });
});
