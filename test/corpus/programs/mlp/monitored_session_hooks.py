# Models: tensorflow/tensorflow tensorflow/docs_src/deploy/distributed.md (the "Putting it all together: example trainer program" skeleton: tf.train.MonitoredTrainingSession with hooks and checkpoint_dir, `while not mon_sess.should_stop()`) run as a single worker
# Checks: an argparse-driven main() with parse_known_args and tf.app.run(main=main, argv=[sys.argv[0]]
# + unparsed), a model built with tf.train.get_or_create_global_step(), train_op from
# minimize(global_step=...), tf.train.StopAtStepHook(last_step=...), a tf.train.LoggingTensorHook
# every N iterations, a custom tf.train.SessionRunHook subclass whose before_run returns
# tf.train.SessionRunArgs(fetches) and whose after_run reads run_values.results and whose after_create_session reads the restored
# global step, MonitoredTrainingSession
# (is_chief=True, checkpoint_dir=...) initializing the variables itself, the `while not
# mon_sess.should_stop()` loop, the checkpoint it writes at the end, a second MonitoredTrainingSession
# on the same directory resuming from the saved global step, and the trained weights of a linear
# model close to the generating ones.
import argparse
import os
import shutil
import sys
import tempfile

import numpy as np
import tensorflow as tf

FLAGS = None
TRUE_W = np.array([[2.0], [-3.0], [0.5]], dtype=np.float32)


class LossRecorder(tf.train.SessionRunHook):
    """Fetches the loss with every step and remembers it."""

    def __init__(self, loss):
        self._loss = loss
        self.losses = []
        self.start = None

    def begin(self):
        self.losses = []
        self._global_step = tf.train.get_global_step()

    def after_create_session(self, session, coord):
        self.start = session.run(self._global_step)

    def before_run(self, run_context):
        return tf.train.SessionRunArgs(self._loss)

    def after_run(self, run_context, run_values):
        self.losses.append(run_values.results)


def batches(seed):
    rng = np.random.RandomState(seed)
    while True:
        x = rng.randn(32, 3).astype(np.float32)
        yield x, x.dot(TRUE_W) + 1.0 + 0.01 * rng.randn(32, 1).astype(np.float32)


def build_model():
    x = tf.placeholder(tf.float32, [None, 3], name='x')
    y = tf.placeholder(tf.float32, [None, 1], name='y')
    w = tf.get_variable('w', [3, 1], initializer=tf.zeros_initializer())
    b = tf.get_variable('b', [1], initializer=tf.zeros_initializer())
    loss = tf.reduce_mean(tf.square(tf.matmul(x, w) + b - y), name='loss')
    global_step = tf.train.get_or_create_global_step()
    train_op = tf.train.GradientDescentOptimizer(FLAGS.learning_rate).minimize(loss, global_step=global_step)
    return x, y, w, b, loss, global_step, train_op


def train(last_step, seed):
    tf.reset_default_graph()
    x, y, w, b, loss, global_step, train_op = build_model()
    recorder = LossRecorder(loss)
    hooks = [tf.train.StopAtStepHook(last_step=last_step),
             tf.train.LoggingTensorHook({'step': global_step, 'loss': loss}, every_n_iter=50),
             recorder]
    data = batches(seed)
    with tf.train.MonitoredTrainingSession(is_chief=True, checkpoint_dir=FLAGS.model_dir,
                                           hooks=hooks) as mon_sess:
        while not mon_sess.should_stop():
            bx, by = next(data)
            mon_sess.run(train_op, feed_dict={x: bx, y: by})
        print('started at step', recorder.start, 'ran', len(recorder.losses), 'steps')
    print('first loss %.4f, last loss %.6f' % (recorder.losses[0], recorder.losses[-1]))
    return recorder


def main(_):
    if os.path.exists(FLAGS.model_dir):
        shutil.rmtree(FLAGS.model_dir)
    train(FLAGS.max_steps // 2, seed=1)
    print('checkpoint:', os.path.basename(tf.train.latest_checkpoint(FLAGS.model_dir)))
    train(FLAGS.max_steps, seed=2)
    print('checkpoint:', os.path.basename(tf.train.latest_checkpoint(FLAGS.model_dir)))
    reader_graph = tf.Graph()
    with reader_graph.as_default():
        w = tf.get_variable('w', [3, 1])
        b = tf.get_variable('b', [1])
        with tf.Session() as sess:
            tf.train.Saver([w, b]).restore(sess, tf.train.latest_checkpoint(FLAGS.model_dir))
            wv, bv = sess.run([w, b])
    print('w:', np.round(wv.ravel(), 2), 'b:', np.round(bv, 2))
    print('close to the truth:', bool(np.allclose(wv, TRUE_W, atol=0.05) and abs(bv[0] - 1.0) < 0.05))


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--learning_rate', type=float, default=0.05, help='Initial learning rate')
    parser.add_argument('--max_steps', type=int, default=300, help='Number of steps to run trainer')
    parser.add_argument('--model_dir', type=str,
                        default=os.path.join(tempfile.gettempdir(), 'gradbook_corpus_monitored'),
                        help='Directory for checkpoints')
    FLAGS, unparsed = parser.parse_known_args()
    tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-line: started at step 0 ran 150 steps
# expect-line: checkpoint: model.ckpt-150
# expect-line: started at step 150 ran 150 steps
# expect-line: checkpoint: model.ckpt-300
# expect-count: /^first loss [\d.]+, last loss [\d.]+$/ 2
# expect-line: close to the truth: True
