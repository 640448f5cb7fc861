# Models: tensorflow/models official/mnist + research/slim eval_image_classifier.py (the streaming-metrics evaluation loop: tf.metrics.* (value, update_op) pairs, local variables, update ops run once per batch)
# Checks: a logistic-regression classifier on synthetic 2-D data trained with GradientDescent, then
# evaluated batch by batch with tf.metrics.accuracy / precision / recall / mean / auc /
# false_negatives / true_positives / mean_squared_error, their update ops grouped with tf.group,
# tf.local_variables_initializer() (and the metric variables listed in tf.local_variables() under
# their scopes), the running values after each batch, and the final values equal to NumPy on the
# whole set (accuracy, precision, recall, counts, mean loss, MSE exactly; AUC from TF's 200
# thresholds with the trapezoidal rule, recomputed the same way in NumPy); reset by re-running the
# local initializer.
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(0)
n = 400
x_data = rng.randn(n, 2).astype(np.float32)
y_data = (x_data[:, 0] + 0.5 * x_data[:, 1] + 0.7 * rng.randn(n) > 0).astype(np.float32).reshape(-1, 1)

X = tf.placeholder(tf.float32, [None, 2])
Y = tf.placeholder(tf.float32, [None, 1])
W = tf.Variable(tf.zeros([2, 1]), name='weight')
b = tf.Variable(tf.zeros([1]), name='bias')
logits = tf.matmul(X, W) + b
hypothesis = tf.sigmoid(logits)
losses = tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=logits)
cost = tf.reduce_mean(losses)
train = tf.train.GradientDescentOptimizer(learning_rate=0.5).minimize(cost)
predicted = tf.cast(hypothesis > 0.5, dtype=tf.float32)

with tf.name_scope('eval'):
    acc, acc_op = tf.metrics.accuracy(labels=Y, predictions=predicted)
    prec, prec_op = tf.metrics.precision(labels=Y, predictions=predicted)
    rec, rec_op = tf.metrics.recall(labels=Y, predictions=predicted)
    fn, fn_op = tf.metrics.false_negatives(labels=Y, predictions=predicted)
    tp, tp_op = tf.metrics.true_positives(labels=Y, predictions=predicted)
    mean_loss, mean_loss_op = tf.metrics.mean(losses)
    mse, mse_op = tf.metrics.mean_squared_error(labels=Y, predictions=hypothesis)
    auc, auc_op = tf.metrics.auc(labels=Y, predictions=hypothesis)
update_all = tf.group(acc_op, prec_op, rec_op, fn_op, tp_op, mean_loss_op, mse_op, auc_op)
print('local variables:', len(tf.local_variables()))
print(sorted(set(v.name.split('/')[1] for v in tf.local_variables())))

sess = tf.Session()
sess.run(tf.global_variables_initializer())
for step in range(301):
    c, _ = sess.run([cost, train], feed_dict={X: x_data, Y: y_data})
    if step % 100 == 0:
        print(step, c)

sess.run(tf.local_variables_initializer())
for i in range(0, n, 100):
    sess.run(update_all, feed_dict={X: x_data[i:i + 100], Y: y_data[i:i + 100]})
    print('after batch %d: accuracy %.4f' % (i // 100 + 1, sess.run(acc)))
values = sess.run([acc, prec, rec, fn, tp, mean_loss, mse, auc])

# the same numbers from NumPy on the whole set
h, l = sess.run([hypothesis, losses], feed_dict={X: x_data, Y: y_data})
p = (h > 0.5).astype(np.float32)
t_p = float(np.sum((p == 1) & (y_data == 1)))
f_p = float(np.sum((p == 1) & (y_data == 0)))
f_n = float(np.sum((p == 0) & (y_data == 1)))
expected = [np.mean(p == y_data), t_p / (t_p + f_p), t_p / (t_p + f_n), f_n, t_p, np.mean(l),
            np.mean((h - y_data) ** 2)]
kepsilon = 1e-7
thresholds = [(i + 1) * 1.0 / (200 - 1) for i in range(200 - 2)]
thresholds = [0.0 - kepsilon] + thresholds + [1.0 + kepsilon]
tps = np.array([np.sum((h > th) & (y_data == 1)) for th in thresholds], dtype=np.float64)
fps = np.array([np.sum((h > th) & (y_data == 0)) for th in thresholds], dtype=np.float64)
fns = np.array([np.sum((h <= th) & (y_data == 1)) for th in thresholds], dtype=np.float64)
tns = np.array([np.sum((h <= th) & (y_data == 0)) for th in thresholds], dtype=np.float64)
rec_curve = (tps + kepsilon) / (tps + fns + kepsilon)
fp_rate = fps / (fps + tns + kepsilon)
expected.append(np.sum((fp_rate[:-1] - fp_rate[1:]) * (rec_curve[:-1] + rec_curve[1:]) / 2.))
names = ['accuracy', 'precision', 'recall', 'false_negatives', 'true_positives', 'mean loss', 'mse', 'auc']
for name, got, want in zip(names, values, expected):
    print('%s %.5f matches NumPy: %s' % (name, got, abs(got - want) <= 1e-5 * max(1.0, abs(want))))

sess.run(tf.local_variables_initializer())
print('after reset:', sess.run([tp, fn]))

# expect-line: local variables: 16
# expect-line: ['accuracy', 'auc', 'false_negatives', 'mean', 'mean_squared_error', 'precision', 'recall', 'true_positives']
# expect-count: /^after batch \d: accuracy [\d.]+$/ 4
# expect-count: /matches NumPy: True$/ 8
# expect-value: /^accuracy ([\d.]+) matches/ >= 0.8
# expect-value: /^auc ([\d.]+) matches/ >= 0.85
# expect-line: after reset: [0.0, 0.0]
