# Models: hunkim/DeepLearningZeroToAll lab-09-4-xor_tensorboard.py
# Checks: a 2-2-1 sigmoid XOR net with every variable and activation logged by
# tf.summary.histogram under tf.name_scope("Layer1"/"Layer2"), scalar summaries for cost and
# accuracy, merge_all fetched together with the Adam train op, a FileWriter with add_graph and
# add_summary(summary, global_step=step) on every step, the "step cost" log every 100 steps and
# the final "Hypothesis / Correct / Accuracy" report. Shortened from 10001 to 2001 steps; a 2-2-1
# net lands in XOR's local minimum from about half of random starts (NumPy restarts of the same
# Adam run: 50 of 100 reach accuracy 1.0; the original's seed 777 does), so the checks are the
# cost falling and an accuracy of at least 0.5, plus the event file on disk.
import os
import glob
import tensorflow as tf
import numpy as np

tf.set_random_seed(777)  # for reproducibility

x_data = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
y_data = np.array([[0], [1], [1], [0]], dtype=np.float32)

X = tf.placeholder(tf.float32, [4, 2], name="x")
Y = tf.placeholder(tf.float32, [4, 1], name="y")

with tf.name_scope("Layer1"):
    W1 = tf.Variable(tf.random_normal([2, 2]), name="weight_1")
    b1 = tf.Variable(tf.random_normal([2]), name="bias_1")
    layer1 = tf.sigmoid(tf.matmul(X, W1) + b1)

    tf.summary.histogram("W1", W1)
    tf.summary.histogram("B1", b1)
    tf.summary.histogram("Layer1", layer1)

with tf.name_scope("Layer2"):
    W2 = tf.Variable(tf.random_normal([2, 1]), name="weight_2")
    b2 = tf.Variable(tf.random_normal([1]), name="bias_2")
    hypothesis = tf.sigmoid(tf.matmul(layer1, W2) + b2)

    tf.summary.histogram("W2", W2)
    tf.summary.histogram("B2", b2)
    tf.summary.histogram("Hypothesis", hypothesis)

with tf.name_scope("Cost"):
    cost = -tf.reduce_mean(Y * tf.log(hypothesis) + (1 - Y) * tf.log(1 - hypothesis))
    tf.summary.scalar("Cost", cost)

with tf.name_scope("Train"):
    train = tf.train.AdamOptimizer(learning_rate=0.01).minimize(cost)

predicted = tf.cast(hypothesis > 0.5, dtype=tf.float32)
accuracy = tf.reduce_mean(tf.cast(tf.equal(predicted, Y), dtype=tf.float32))
tf.summary.scalar("accuracy", accuracy)

logdir = "/tmp/gradbook_corpus/xor_logs_r0_01"
with tf.Session() as sess:
    # tensorboard --logdir=/tmp/gradbook_corpus/xor_logs_r0_01
    merged_summary = tf.summary.merge_all()
    writer = tf.summary.FileWriter(logdir)
    writer.add_graph(sess.graph)

    sess.run(tf.global_variables_initializer())

    for step in range(2001):
        _, summary, cost_val = sess.run(
            [train, merged_summary, cost], feed_dict={X: x_data, Y: y_data})
        writer.add_summary(summary, global_step=step)

        if step % 100 == 0:
            print(step, cost_val)

    h, c, a = sess.run([hypothesis, predicted, accuracy], feed_dict={X: x_data, Y: y_data})
    print("\nHypothesis: ", h, "\nCorrect: ", c, "\nAccuracy: ", a)
    writer.close()

print("event files:", len(glob.glob(os.path.join(logdir, "events.out.tfevents.*"))) > 0)

# expect-count: /^\d+ [\d.e+-]+$/ 21
# expect-decrease: /^\d+ ([\d.e+-]+)$/ 0.9
# expect-value: /^Accuracy:  ([\d.]+)$/ >= 0.5
# expect-line: event files: True
