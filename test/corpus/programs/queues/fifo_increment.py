# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/threading_and_queues.md
# Checks: the guide's queue example: FIFOQueue(3, "float"), enqueue_many of zeros, dequeue + 1 and
# enqueue in one op, q.size(), RandomShuffleQueue sizes, and the exact values dequeued.
import tensorflow as tf

q = tf.FIFOQueue(3, "float")
init = q.enqueue_many(([0., 0., 0.],))

x = q.dequeue()
y = x + 1
q_inc = q.enqueue([y])

with tf.Session() as sess:
    init.run()
    q_inc.run()
    q_inc.run()
    q_inc.run()
    q_inc.run()
    print(sess.run(q.size()))
    print([sess.run(q.dequeue()) for _ in range(3)])

rq = tf.RandomShuffleQueue(capacity=10, min_after_dequeue=2, dtypes=[tf.int32], shapes=[[]])
fill = rq.enqueue_many([[1, 2, 3, 4, 5]])
take = rq.dequeue()
with tf.Session() as sess:
    sess.run(fill)
    taken = sorted(sess.run(take) for _ in range(3))
    print(len(taken), sess.run(rq.size()), all(1 <= t <= 5 for t in taken))

# expect-line: 3
# expect-line: [1.0, 1.0, 2.0]
# expect-line: 3 2 True
