# Models: hunkim/DeepLearningZeroToAll lab-04-4-tf_reader_linear_regression.py
# Checks: the course lab's queue reader with an epoch limit: string_input_producer(num_epochs=...),
# TextLineReader(skip_header_lines=1) over a CSV with a comment header, decode_csv with float
# defaults, tf.train.shuffle_batch, local_variables_initializer, Coordinator + start_queue_runners,
# training until OutOfRangeError ends the epochs, every row seen once per epoch, and the cost falling.
import tensorflow as tf
import numpy as np
tf.set_random_seed(777)  # for reproducibility

EPOCHS = 400
filename_queue = tf.train.string_input_producer(
    ['../../data/test_scores.csv'], num_epochs=EPOCHS, shuffle=False, name='filename_queue')

reader = tf.TextLineReader(skip_header_lines=1)
key, value = reader.read(filename_queue)

# Default values, in case of empty columns. Also specifies the type of the decoded result.
record_defaults = [[0.], [0.], [0.], [0.]]
xy = tf.decode_csv(value, record_defaults=record_defaults)

# collect batches of csv in
train_x_batch, train_y_batch = tf.train.shuffle_batch(
    [xy[0:-1], xy[-1:]], batch_size=5, capacity=50, min_after_dequeue=10, seed=1)

X = tf.placeholder(tf.float32, shape=[None, 3])
Y = tf.placeholder(tf.float32, shape=[None, 1])
W = tf.Variable(tf.random_normal([3, 1]), name='weight')
b = tf.Variable(tf.random_normal([1]), name='bias')
hypothesis = tf.matmul(X, W) + b
cost = tf.reduce_mean(tf.square(hypothesis - Y))
optimizer = tf.train.GradientDescentOptimizer(learning_rate=1e-5)
train = optimizer.minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(tf.local_variables_initializer())

coord = tf.train.Coordinator()
threads = tf.train.start_queue_runners(sess=sess, coord=coord)

step = 0
finals = []
try:
    while not coord.should_stop():
        x_batch, y_batch = sess.run([train_x_batch, train_y_batch])
        finals.extend(y_batch.ravel().tolist())
        cost_val, hy_val, _ = sess.run(
            [cost, hypothesis, train], feed_dict={X: x_batch, Y: y_batch})
        if step % 400 == 0:
            print(step, "Cost: ", cost_val)
        step += 1
except tf.errors.OutOfRangeError:
    print('Done -- epoch limit reached after %d steps' % step)
finally:
    coord.request_stop()
coord.join(threads)

with open('../../data/test_scores.csv') as f:
    final_scores = [float(line.split(',')[-1]) for line in f if not line.startswith('#')]
print('rows seen:', len(finals), 'expected:', EPOCHS * len(final_scores))
print('every row once per epoch:', sorted(finals) == sorted(final_scores * EPOCHS))
print("Your score will be ", sess.run(hypothesis, feed_dict={X: [[100, 70, 101]]}))

# expect-line: Done -- epoch limit reached after 2000 steps
# expect-line: rows seen: 10000 expected: 10000
# expect-line: every row once per epoch: True
# expect-decrease: /^\d+ Cost:  ([\d.e+-]+)$/ 0.01
# expect-value: /^1600 Cost:  ([\d.e+-]+)$/ <= 50
