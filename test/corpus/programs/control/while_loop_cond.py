# Models: tensorflow/tensorflow tensorflow/docs_src/api_guides/python/control_flow_ops.md (tf.while_loop, tf.cond, tf.case examples)
# Checks: tf.while_loop with a counter and an accumulator, a loop with shape_invariants, tf.cond
# picking a branch from a fed value, tf.case, tf.scan, tf.map_fn, and gradients through
# tf.while_loop and tf.cond; every printed value is exact.
import numpy as np
import tensorflow as tf

i = tf.constant(0)
c = lambda i: tf.less(i, 10)
b = lambda i: tf.add(i, 1)
r = tf.while_loop(c, b, [i])

# Sum of squares 1..n with a (counter, total) loop state.
n = tf.placeholder(tf.int32, [])
_, total = tf.while_loop(lambda k, acc: k <= n, lambda k, acc: (k + 1, acc + k * k), [1, 0])

# Growing a tensor: the shape changes every iteration.
m0 = tf.ones([2, 2])
k0 = tf.constant(0)
_, grown = tf.while_loop(lambda k, m: k < 3, lambda k, m: [k + 1, tf.concat([m, m], axis=0)],
                         loop_vars=[k0, m0],
                         shape_invariants=[k0.get_shape(), tf.TensorShape([None, 2])])

x = tf.placeholder(tf.float32, [])
y = tf.constant(5.0)
branch = tf.cond(tf.less(x, y), lambda: tf.add(x, 10.), lambda: tf.square(x))

choice = tf.case([(tf.less(x, 0.), lambda: tf.constant(-1.)), (tf.greater(x, 100.), lambda: tf.constant(1.))],
                 default=lambda: tf.constant(0.))

elems = tf.constant([1, 2, 3, 4, 5, 6])
cumulative = tf.scan(lambda a, e: a + e, elems)
squares = tf.map_fn(lambda e: e * e, elems)

# Gradients through control flow.
w = tf.constant(3.0)
_, powered = tf.while_loop(lambda k, v: k < 3, lambda k, v: (k + 1, v * w), [0, tf.constant(1.0)])
d_powered = tf.gradients(powered, w)[0]
gated = tf.cond(w > 2.0, lambda: w * w, lambda: -w)
d_gated = tf.gradients(gated, w)[0]

with tf.Session() as sess:
    print(sess.run(r))
    print(sess.run(total, {n: 4}))
    print(sess.run(grown).shape)
    print(sess.run(branch, {x: 2.0}), sess.run(branch, {x: 7.0}))
    print(sess.run(choice, {x: -3.}), sess.run(choice, {x: 50.}), sess.run(choice, {x: 500.}))
    print(sess.run(cumulative))
    print(sess.run(squares))
    print(sess.run([powered, d_powered]))
    print(sess.run([gated, d_gated]))

# expect-line: 10
# expect-line: 30
# expect-line: (16, 2)
# expect-line: 12.0 49.0
# expect-line: -1.0 0.0 1.0
# expect-line: [ 1  3  6 10 15 21]
# expect-line: [ 1  4  9 16 25 36]
# expect-line: [27.0, 27.0]
# expect-line: [9.0, 6.0]
