# Models: chiphuyen/stanford-tensorflow-tutorials examples/02_placeholder.py
# Checks: a shaped placeholder fed with a list, feeding a non-placeholder tensor to override it,
# and the error TF1 raises when a placeholder is not fed.
import tensorflow as tf

a = tf.placeholder(tf.float32, shape=[3])
b = tf.constant([5, 5, 5], tf.float32)
c = a + b
with tf.Session() as sess:
    print(sess.run(c, feed_dict={a: [1, 2, 3]}))

# Any feedable tensor can be fed, not only placeholders.
d = tf.add(2, 5)
e = tf.multiply(d, 3)
with tf.Session() as sess:
    print(sess.run(e))
    print(sess.run(e, feed_dict={d: 15}))
    print(sess.graph.is_feedable(d))

# Forgetting to feed the placeholder.
with tf.Session() as sess:
    try:
        sess.run(c)
    except tf.errors.InvalidArgumentError as err:
        print("InvalidArgumentError caught:", "must feed a value for placeholder tensor" in str(err))

print(a.shape, a.dtype.name)

# expect-line: [6. 7. 8.]
# expect-line: 21
# expect-line: 45
# expect-line: True
# expect-line: InvalidArgumentError caught: True
# expect-line: (3,) float32
