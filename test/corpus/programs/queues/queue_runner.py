# Models: chiphuyen/stanford-tensorflow-tutorials examples/09_queue_example.py
# Checks: a FIFOQueue with dtypes and shapes, enqueue_many from NumPy arrays, dequeue, a
# tf.train.QueueRunner with several enqueue ops, tf.train.Coordinator with create_threads /
# request_stop / join, and the shapes and dtypes of 20 dequeued samples.
from __future__ import print_function
import tensorflow as tf
import numpy as np

N_SAMPLES = 100
NUM_THREADS = 2
data = 10 * np.random.randn(N_SAMPLES, 4) + 1
target = np.random.randint(0, 2, size=N_SAMPLES)

queue = tf.FIFOQueue(capacity=50, dtypes=[tf.float32, tf.int32], shapes=[[4], []])

enqueue_op = queue.enqueue_many([data, target])
data_sample, label_sample = queue.dequeue()

qr = tf.train.QueueRunner(queue, [enqueue_op] * NUM_THREADS)
with tf.Session() as sess:
    coord = tf.train.Coordinator()
    enqueue_threads = qr.create_threads(sess, coord=coord, start=True)
    seen = 0
    for step in range(20):
        if coord.should_stop():
            break
        data_batch, label_batch = sess.run([data_sample, label_sample])
        seen += 1
    coord.request_stop()
    coord.join(enqueue_threads)

print(seen, data_batch.shape, data_batch.dtype, label_batch.dtype, label_batch in (0, 1))

# expect-line: 20 (4,) float32 int32 True
