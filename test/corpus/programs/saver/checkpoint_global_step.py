# Models: nlintz/TensorFlow-Tutorials 10_save_restore_net.py
# Checks: a non-trainable global_step variable, saver.save(..., global_step=global_step),
# tf.train.get_checkpoint_state(ckpt_dir).model_checkpoint_path, restoring in a fresh graph after
# tf.reset_default_graph(), "Start from:" resuming at the saved step, and max_to_keep pruning.
import os
import shutil
import tensorflow as tf
import numpy as np

ckpt_dir = "/tmp/corpus_ckpt_dir"
shutil.rmtree(ckpt_dir, ignore_errors=True)
if not os.path.exists(ckpt_dir):
    os.makedirs(ckpt_dir)


def run(epochs):
    tf.reset_default_graph()
    X = tf.placeholder("float", [None, 2])
    Y = tf.placeholder("float", [None, 1])
    w = tf.Variable(tf.zeros([2, 1]), name="w")
    cost = tf.reduce_mean(tf.square(tf.matmul(X, w) - Y))
    train_op = tf.train.GradientDescentOptimizer(0.1).minimize(cost)

    global_step = tf.Variable(0, name='global_step', trainable=False)
    saver = tf.train.Saver(max_to_keep=2)

    x = np.array([[1., 2.], [2., 1.], [3., 3.]], dtype=np.float32)
    y = np.array([[5.], [4.], [9.]], dtype=np.float32)

    with tf.Session() as sess:
        tf.global_variables_initializer().run()
        ckpt = tf.train.get_checkpoint_state(ckpt_dir)
        if ckpt and ckpt.model_checkpoint_path:
            print(os.path.basename(ckpt.model_checkpoint_path))
            saver.restore(sess, ckpt.model_checkpoint_path)

        start = global_step.eval()
        print("Start from:", start)

        for i in range(start, start + epochs):
            for _ in range(20):
                sess.run(train_op, feed_dict={X: x, Y: y})
            global_step.assign(i + 1).eval()
            saver.save(sess, ckpt_dir + "/model.ckpt", global_step=global_step)
        print("cost %.4f" % sess.run(cost, feed_dict={X: x, Y: y}))


run(3)
run(2)
print(sorted(f for f in os.listdir(ckpt_dir) if f.endswith('.index')))

# expect-line: Start from: 0
# expect-line: model.ckpt-3
# expect-line: Start from: 3
# max_to_keep prunes only the checkpoints its own Saver wrote (TF1's Saver starts with an empty
# _last_checkpoints list): run(3) deletes model.ckpt-1, and the second run's new Saver keeps 2 and 3.
# expect-line: ['model.ckpt-2.index', 'model.ckpt-3.index', 'model.ckpt-4.index', 'model.ckpt-5.index']
# expect-value: /^cost ([\d.]+)$/ <= 0.01
