# Models: chiphuyen/stanford-tensorflow-tutorials examples/05_randomization.py
# Checks: op-level seeds repeat across sessions, a random op gives new values on each run in a
# session, and the graph-level seed (tf.set_random_seed) makes a fresh graph repeat.
import os
os.environ['TF_CPP_MIN_LOG_LEVEL'] = '2'
import tensorflow as tf

# An op-level seed: each new session starts the sequence again.
c = tf.random_uniform([], -10, 10, seed=2)
with tf.Session() as sess:
    first = sess.run(c)
    second = sess.run(c)
with tf.Session() as sess:
    again = sess.run(c)
print('new value each run:', first != second)
print('same start in a new session:', first == again)
print('in range:', -10 <= first < 10)

# Two ops with the same seed give the same value.
d = tf.random_uniform([], -10, 10, seed=2)
with tf.Session() as sess:
    print('same seed, same value:', sess.run(c) == sess.run(d))


def sample_with_graph_seed():
    with tf.Graph().as_default():
        tf.set_random_seed(2)
        u = tf.random_uniform([3])
        n = tf.random_normal([2, 2])
        with tf.Session() as sess:
            return sess.run(u), sess.run(n)


u1, n1 = sample_with_graph_seed()
u2, n2 = sample_with_graph_seed()
print('graph seed repeats:', (u1 == u2).all() and (n1 == n2).all())
print(u1.shape, n1.shape, u1.dtype)

# expect-line: new value each run: True
# expect-line: same start in a new session: True
# expect-line: in range: True
# expect-line: same seed, same value: True
# expect-line: graph seed repeats: True
# expect-line: (3,) (2, 2) float32
