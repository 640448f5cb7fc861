// The LSTM training step's graph, shared by bench/lstm.ts and bench/lstm_profile.ts.
export const STEPS = 30, WARMUP = 5, BATCH = 32, T = 28, INPUT = 28, UNITS = 128;

export const GRAPH = `
import tensorflow as tf, numpy as np, time
x = tf.placeholder(tf.float32, [${BATCH}, ${T}, ${INPUT}])
y = tf.placeholder(tf.int64, [${BATCH}])
cell = tf.nn.rnn_cell.BasicLSTMCell(${UNITS})
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
logits = tf.layers.dense(state.h, 10) if hasattr(tf, 'layers') else tf.matmul(state.h, tf.Variable(tf.random_normal([${UNITS}, 10], stddev=0.1))) + tf.Variable(tf.zeros([10]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(1e-3).minimize(loss)
rng = np.random.RandomState(0)
xs = rng.rand(${BATCH}, ${T}, ${INPUT}).astype(np.float32)
ys = rng.randint(0, 10, ${BATCH})
sess = tf.Session()
sess.run(tf.global_variables_initializer())
feed = {x: xs, y: ys}
for _ in range(${WARMUP}): sess.run(train, feed)
`;
