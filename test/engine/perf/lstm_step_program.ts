// The small LSTM training program of lstm_step_bits.test.ts and its fixture generator: bench/lstm.ts's
// graph at batch 8, 6 steps of 5 inputs, 12 units; prints nothing, leaves `result` (losses, then weights).
export const LSTM_STEP_PROGRAM = `
import tensorflow as tf, numpy as np
tf.reset_default_graph()
tf.set_random_seed(1)
x = tf.placeholder(tf.float32, [8, 6, 5])
y = tf.placeholder(tf.int64, [8])
cell = tf.nn.rnn_cell.BasicLSTMCell(12)
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
logits = tf.layers.dense(state.h, 10)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.rand(8, 6, 5).astype(np.float32)
ys = rng.randint(0, 10, 8)
sess = tf.Session()
sess.run(tf.global_variables_initializer())
losses = [sess.run([train, loss], {x: xs, y: ys})[1] for _ in range(4)]
weights = sess.run(tf.trainable_variables())
result = np.concatenate([np.array(losses, np.float32)] + [w.astype(np.float32).ravel() for w in weights]).astype(np.float64).tolist()
`;
