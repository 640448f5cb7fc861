# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/script_ops.md (tf.py_func) and the common tf.data map(py_func) pattern
# Checks: tf.py_func wrapping a NumPy function (np.sinh, the API docs' example) fed through a
# placeholder, a py_func with two outputs and Tout as a list, a Python-side stateful counter
# (stateful=True runs each time), and Dataset.map over a tf.py_func that parses "a,b" strings
# in Python with set_shape afterwards; the values printed are what NumPy computes.
import numpy as np
import tensorflow as tf


def my_func(x):
    # x will be a numpy array with the contents of the placeholder below
    return np.sinh(x)


inp = tf.placeholder(tf.float32)
y = tf.py_func(my_func, [inp], tf.float32)


def stats(x):
    return x.mean().astype(np.float32), np.int64(x.size)


mean, size = tf.py_func(stats, [inp], [tf.float32, tf.int64])

calls = []


def count(x):
    calls.append(1)
    return np.int32(len(calls))


counter = tf.py_func(count, [inp], tf.int32, stateful=True)


def parse_line(line):
    a, b = line.decode('utf-8').split(',')
    return np.array([float(a), float(b)], dtype=np.float32)


lines = tf.data.Dataset.from_tensor_slices(['1.5,2', '3,-4', '0.25,8'])
parsed = lines.map(lambda l: tf.py_func(parse_line, [l], tf.float32))
parsed = parsed.map(lambda v: tf.reshape(v, [2]))
total = parsed.batch(3).make_one_shot_iterator().get_next()

with tf.Session() as sess:
    x = np.array([0.0, 0.5, 1.0, -2.0], dtype=np.float32)
    print('sinh:', sess.run(y, feed_dict={inp: x}))
    print('numpy:', np.sinh(x))
    m, n = sess.run([mean, size], feed_dict={inp: x})
    print('mean %.4f size %d' % (m, n))
    for _ in range(3):
        c = sess.run(counter, feed_dict={inp: x})
    print('counter', c, len(calls))
    print('parsed', sess.run(total).tolist())

# expect-line: sinh: [ 0.         0.5210953  1.1752012 -3.6268604]
# expect-line: numpy: [ 0.         0.5210953  1.1752012 -3.6268604]
# expect-line: mean -0.1250 size 4
# expect-line: counter 3 3
# expect-line: parsed [[1.5, 2.0], [3.0, -4.0], [0.25, 8.0]]
