# Models: golbin/TensorFlow-Tutorials 04 - ChatBot (RNN)/04 - ChatBot/config.py (tf.app.flags config module style)
# Checks: tf.app.flags.DEFINE_string/integer/float/boolean, reading FLAGS attributes, defaults when
# no command-line flags are given, tf.app.run() calling main(argv) with sys.argv, and a short training
# run driven by the flags.
import sys

import tensorflow as tf

tf.app.flags.DEFINE_string("train_dir", "/tmp/corpus_flags_model", "where checkpoints go")
tf.app.flags.DEFINE_integer("max_steps", 40, "training steps")
tf.app.flags.DEFINE_float("learning_rate", 0.2, "learning rate")
tf.app.flags.DEFINE_boolean("train", True, "train the model")
tf.app.flags.DEFINE_boolean("test", False, "run the test")

FLAGS = tf.app.flags.FLAGS


def main(argv):
    print("argv:", len(argv) >= 1)
    print(FLAGS.train_dir, FLAGS.max_steps, FLAGS.learning_rate, FLAGS.train, FLAGS.test)
    x = tf.constant([[1.], [2.], [3.]])
    y = tf.constant([[2.], [4.], [6.]])
    w = tf.Variable(0.)
    loss = tf.reduce_mean(tf.square(x * w - y))
    step = tf.train.GradientDescentOptimizer(FLAGS.learning_rate / 2).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(FLAGS.max_steps):
            sess.run(step)
        print("w = %.3f" % sess.run(w))


if __name__ == "__main__":
    tf.app.run()

# expect-line: argv: True
# expect-line: /tmp/corpus_flags_model 40 0.2 True False
# expect-line: w = 2.000
