# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/reading_data.md (in-memory data with tf.train.slice_input_producer and tf.train.shuffle_batch)
# Checks: NumPy arrays held as constants, tf.train.slice_input_producer([features, labels],
# num_epochs=..., shuffle=True) (num_epochs makes a local variable, so
# tf.local_variables_initializer is run), tf.train.shuffle_batch(..., batch_size,
# capacity=min_after_dequeue + 3 * batch_size, min_after_dequeue), a Coordinator and
# start_queue_runners, a linear regression trained until OutOfRangeError ends the epochs, the
# "Done training -- epoch limit reached" message, the number of steps (epochs * examples /
# batch_size) and the learned weights close to the true ones (2, -3.4, bias 4.2).
import numpy as np
import tensorflow as tf

np.random.seed(42)
num_examples, num_epochs, batch_size = 1000, 20, 50
features = np.random.normal(size=(num_examples, 2)).astype(np.float32)
labels = (features.dot(np.array([[2.0], [-3.4]], dtype=np.float32)) + 4.2 +
          0.01 * np.random.normal(size=(num_examples, 1))).astype(np.float32)

input_x = tf.constant(features)
input_y = tf.constant(labels)
x_single, y_single = tf.train.slice_input_producer([input_x, input_y], num_epochs=num_epochs, shuffle=True)
min_after_dequeue = 200
capacity = min_after_dequeue + 3 * batch_size
x_batch, y_batch = tf.train.shuffle_batch([x_single, y_single], batch_size=batch_size,
                                          capacity=capacity, min_after_dequeue=min_after_dequeue)

w = tf.Variable(tf.zeros([2, 1]))
b = tf.Variable(0.0)
pred = tf.matmul(x_batch, w) + b
loss = tf.reduce_mean(tf.square(pred - y_batch))
train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.group(tf.global_variables_initializer(), tf.local_variables_initializer()))
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)
    step = 0
    try:
        while not coord.should_stop():
            _, l = sess.run([train_op, loss])
            if step % 100 == 0:
                print('step %d loss %.4f' % (step, l))
            step += 1
    except tf.errors.OutOfRangeError:
        print('Done training -- epoch limit reached')
    finally:
        coord.request_stop()
    coord.join(threads)
    w_val, b_val = sess.run([w, b])
    print('steps', step)
    print('w %.2f %.2f b %.2f' % (w_val[0, 0], w_val[1, 0], b_val))

# expect-line: Done training -- epoch limit reached
# expect-line: steps 400
# expect-line: w 2.00 -3.40 b 4.20
# expect-decrease: /^step \d+ loss ([\d.]+)$/ 0.01
