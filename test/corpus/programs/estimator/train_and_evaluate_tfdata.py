# Models: GoogleCloudPlatform/cloudml-samples census/estimator/trainer/task.py (the TF 1.x trainer layout: argparse hyperparameters, RunConfig, tf.estimator.TrainSpec / EvalSpec and tf.estimator.train_and_evaluate) on a small synthetic task
# Checks: a custom model_fn (tf.layers dense net, PREDICT/EVAL/TRAIN branches, tf.metrics.accuracy
# and tf.metrics.auc as eval_metric_ops, AdamOptimizer with get_global_step), input functions built on
# tf.data (from_tensor_slices of a features dict, shuffle/repeat/batch, make_one_shot_iterator().get_next()),
# tf.estimator.RunConfig(model_dir=..., save_checkpoints_steps=50, tf_random_seed=...),
# TrainSpec(max_steps=200), EvalSpec(steps=None, throttle_secs=600), train_and_evaluate evaluating after
# the first checkpoint past step 0 and once more at the end (an eval hook counts the evaluations and
# their global steps), its (metrics, export_results) return value, the checkpoints in model_dir, and
# predict() yielding per-example dicts.
import argparse
import os
import shutil
import tempfile

import numpy as np
import tensorflow as tf


class EvalCounter(tf.train.SessionRunHook):
    def __init__(self):
        self.steps = []

    def after_create_session(self, session, coord):
        self.steps.append(int(session.run(tf.train.get_global_step())))


def make_data(seed, n):
    rng = np.random.RandomState(seed)
    a = rng.uniform(-1, 1, n).astype(np.float32)
    b = rng.uniform(-1, 1, n).astype(np.float32)
    label = ((a * a + b * b) < 0.5).astype(np.int32)  # inside a circle
    return {'a': a, 'b': b}, label


def input_fn(features, labels, batch_size, shuffle, repeat):
    dataset = tf.data.Dataset.from_tensor_slices((dict(features), labels))
    if shuffle:
        dataset = dataset.shuffle(1000, seed=1)
    if repeat:
        dataset = dataset.repeat()
    return dataset.batch(batch_size).make_one_shot_iterator().get_next()


def model_fn(features, labels, mode, params):
    net = tf.stack([features['a'], features['b']], axis=1)
    for units in params['hidden_units']:
        net = tf.layers.dense(net, units, activation=tf.nn.relu)
    logits = tf.layers.dense(net, 2)
    probabilities = tf.nn.softmax(logits)
    predicted = tf.argmax(logits, 1)
    if mode == tf.estimator.ModeKeys.PREDICT:
        return tf.estimator.EstimatorSpec(mode, predictions={'class_ids': predicted, 'probabilities': probabilities})
    loss = tf.losses.sparse_softmax_cross_entropy(labels=labels, logits=logits)
    metrics = {'accuracy': tf.metrics.accuracy(labels=labels, predictions=predicted),
               'auc': tf.metrics.auc(labels=labels, predictions=probabilities[:, 1])}
    if mode == tf.estimator.ModeKeys.EVAL:
        return tf.estimator.EstimatorSpec(mode, loss=loss, eval_metric_ops=metrics)
    optimizer = tf.train.AdamOptimizer(params['learning_rate'])
    train_op = optimizer.minimize(loss, global_step=tf.train.get_global_step())
    return tf.estimator.EstimatorSpec(mode, loss=loss, train_op=train_op)


def main(hparams):
    if os.path.exists(hparams.job_dir):
        shutil.rmtree(hparams.job_dir)
    train_x, train_y = make_data(0, 2000)
    eval_x, eval_y = make_data(1, 500)
    run_config = tf.estimator.RunConfig(model_dir=hparams.job_dir, save_checkpoints_steps=50, tf_random_seed=3)
    estimator = tf.estimator.Estimator(model_fn=model_fn, config=run_config,
                                       params={'hidden_units': [16, 16], 'learning_rate': hparams.learning_rate})
    counter = EvalCounter()
    train_spec = tf.estimator.TrainSpec(
        lambda: input_fn(train_x, train_y, hparams.train_batch_size, shuffle=True, repeat=True),
        max_steps=hparams.train_steps)
    eval_spec = tf.estimator.EvalSpec(
        lambda: input_fn(eval_x, eval_y, 100, shuffle=False, repeat=False), steps=None, hooks=[counter],
        throttle_secs=600)
    metrics, exports = tf.estimator.train_and_evaluate(estimator, train_spec, eval_spec)
    print('evaluated at steps:', counter.steps)
    print('global_step:', metrics['global_step'], 'exports:', exports)
    print('accuracy: %.3f auc: %.3f' % (metrics['accuracy'], metrics['auc']))
    print('checkpoint:', os.path.basename(estimator.latest_checkpoint()))
    predictions = estimator.predict(lambda: input_fn({'a': np.array([0., 0.9], np.float32),
                                                      'b': np.array([0.1, 0.9], np.float32)},
                                                     np.array([1, 0], np.int32), 2, False, False))
    for p in predictions:
        print('class', p['class_ids'], 'probabilities', p['probabilities'].shape)


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--job-dir', default=os.path.join(tempfile.gettempdir(), 'gradbook_corpus_train_eval'))
    parser.add_argument('--train-steps', type=int, default=200)
    parser.add_argument('--train-batch-size', type=int, default=64)
    parser.add_argument('--learning-rate', type=float, default=0.02)
    args = parser.parse_args()
    tf.logging.set_verbosity(tf.logging.ERROR)
    main(args)

# expect-line: evaluated at steps: [50, 200]
# expect-line: global_step: 200 exports: []
# expect-value: /^accuracy: ([\d.]+) auc/ >= 0.85
# expect-value: /auc: ([\d.]+)$/ >= 0.9
# expect-line: checkpoint: model.ckpt-200
# expect-line: class 1 probabilities (2,)
# expect-line: class 0 probabilities (2,)
