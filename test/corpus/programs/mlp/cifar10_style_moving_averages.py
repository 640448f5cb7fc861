# Models: tensorflow/models tutorials/image/cifar10/cifar10.py (_add_loss_summaries, train() with ExponentialMovingAverage) and cifar10_eval.py (variables_to_restore)
# Checks: weight decay added to the 'losses' collection with tf.add_to_collection and summed by
# tf.add_n(tf.get_collection('losses')), a 0.9 ExponentialMovingAverage of the losses under
# tf.control_dependencies, an exponentially decayed learning rate with staircase=True, a
# MOVING_AVERAGE_DECAY of the trainable variables applied after the gradient step
# (tf.control_dependencies([apply_gradient_op]) + tf.no_op(name='train')), the shadow names
# from average_name, an evaluation Saver built from variables_to_restore() reading the averaged
# weights back, and the loss falling. The images are a small synthetic 3-class problem, not
# CIFAR-10 (no internet), and the model is a two-layer net.
import os
import tempfile

import numpy as np
import tensorflow as tf

MOVING_AVERAGE_DECAY = 0.9999
NUM_EPOCHS_PER_DECAY = 350.0
LEARNING_RATE_DECAY_FACTOR = 0.1
INITIAL_LEARNING_RATE = 0.1
NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN = 600
BATCH_SIZE = 60
NUM_CLASSES = 3


def _variable_with_weight_decay(name, shape, stddev, wd):
    var = tf.get_variable(name, shape, initializer=tf.truncated_normal_initializer(stddev=stddev),
                          dtype=tf.float32)
    if wd is not None:
        weight_decay = tf.multiply(tf.nn.l2_loss(var), wd, name='weight_loss')
        tf.add_to_collection('losses', weight_decay)
    return var


def inference(images):
    with tf.variable_scope('local3') as scope:
        weights = _variable_with_weight_decay('weights', shape=[8, 32], stddev=0.1, wd=0.004)
        biases = tf.get_variable('biases', [32], initializer=tf.constant_initializer(0.1))
        local3 = tf.nn.relu(tf.matmul(images, weights) + biases, name=scope.name)
    with tf.variable_scope('softmax_linear') as scope:
        weights = _variable_with_weight_decay('weights', [32, NUM_CLASSES], stddev=1 / 32.0, wd=None)
        biases = tf.get_variable('biases', [NUM_CLASSES], initializer=tf.constant_initializer(0.0))
        softmax_linear = tf.add(tf.matmul(local3, weights), biases, name=scope.name)
    return softmax_linear


def loss(logits, labels):
    labels = tf.cast(labels, tf.int64)
    cross_entropy = tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=labels, logits=logits, name='cross_entropy_per_example')
    cross_entropy_mean = tf.reduce_mean(cross_entropy, name='cross_entropy')
    tf.add_to_collection('losses', cross_entropy_mean)
    return tf.add_n(tf.get_collection('losses'), name='total_loss')


def _add_loss_summaries(total_loss):
    # Compute the moving average of all individual losses and the total loss.
    loss_averages = tf.train.ExponentialMovingAverage(0.9, name='avg')
    losses = tf.get_collection('losses')
    loss_averages_op = loss_averages.apply(losses + [total_loss])
    for l in losses + [total_loss]:
        tf.summary.scalar(l.op.name + ' (raw)', l)
        tf.summary.scalar(l.op.name, loss_averages.average(l))
    return loss_averages_op, loss_averages


def train(total_loss, global_step):
    num_batches_per_epoch = NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN / BATCH_SIZE
    decay_steps = int(num_batches_per_epoch * NUM_EPOCHS_PER_DECAY)
    lr = tf.train.exponential_decay(INITIAL_LEARNING_RATE, global_step, decay_steps,
                                    LEARNING_RATE_DECAY_FACTOR, staircase=True)
    tf.summary.scalar('learning_rate', lr)

    loss_averages_op, loss_averages = _add_loss_summaries(total_loss)

    # Compute gradients.
    with tf.control_dependencies([loss_averages_op]):
        opt = tf.train.GradientDescentOptimizer(lr)
        grads = opt.compute_gradients(total_loss)

    apply_gradient_op = opt.apply_gradients(grads, global_step=global_step)

    # Track the moving averages of all trainable variables.
    variable_averages = tf.train.ExponentialMovingAverage(MOVING_AVERAGE_DECAY, global_step)
    with tf.control_dependencies([apply_gradient_op]):
        variables_averages_op = variable_averages.apply(tf.trainable_variables())
    with tf.control_dependencies([variables_averages_op]):
        train_op = tf.no_op(name='train')
    return train_op, loss_averages, variable_averages


rng = np.random.RandomState(0)
centres = rng.randn(NUM_CLASSES, 8) * 2
train_labels = rng.randint(0, NUM_CLASSES, NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN)
train_images = (centres[train_labels] + rng.randn(NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN, 8)).astype(np.float32)

tf.set_random_seed(0)
global_step = tf.train.get_or_create_global_step()
images = tf.placeholder(tf.float32, [None, 8])
labels = tf.placeholder(tf.int32, [None])
logits = inference(images)
total_loss = loss(logits, labels)
train_op, loss_averages, variable_averages = train(total_loss, global_step)

print('loss average name:', loss_averages.average_name(total_loss))
print('variable average name:', variable_averages.average_name(tf.trainable_variables()[0]))
print('shadow of total_loss:', loss_averages.average(total_loss).name)

ckpt_dir = tempfile.mkdtemp()
saver = tf.train.Saver(tf.global_variables())

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(200):
        offset = (step * BATCH_SIZE) % NUM_EXAMPLES_PER_EPOCH_FOR_TRAIN
        feed = {images: train_images[offset:offset + BATCH_SIZE], labels: train_labels[offset:offset + BATCH_SIZE]}
        _, loss_value = sess.run([train_op, total_loss], feed_dict=feed)
        if step % 40 == 0:
            avg = sess.run(loss_averages.average(total_loss))
            print('step %d, loss = %.3f (avg %.3f)' % (step, loss_value, avg))
    w = tf.trainable_variables()[0]
    raw_w, avg_w = sess.run([w, variable_averages.average(w)])
    saver.save(sess, os.path.join(ckpt_dir, 'model.ckpt'), global_step=global_step)

# The evaluation side: restore the moving averages into the model's own variables.
restore_map = variable_averages.variables_to_restore()
print('restore map keys include the average:', variable_averages.average_name(w) in restore_map)
eval_saver = tf.train.Saver(restore_map)
with tf.Session() as sess:
    ckpt = tf.train.get_checkpoint_state(ckpt_dir)
    eval_saver.restore(sess, ckpt.model_checkpoint_path)
    restored_w = sess.run(w)
    print('restored the averaged weights:', np.allclose(restored_w, avg_w))
    print('averaged weights differ from raw:', not np.allclose(avg_w, raw_w))
    pred = sess.run(tf.argmax(logits, 1), feed_dict={images: train_images})
    print('accuracy with averaged weights: %.3f' % np.mean(pred == train_labels))

# expect-line: loss average name: total_loss/avg
# expect-line: variable average name: local3/weights/ExponentialMovingAverage
# expect-line: shadow of total_loss: total_loss/avg:0
# expect-count: /^step \d+, loss = / 5
# expect-decrease: /^step \d+, loss = ([\d.]+) / 0.5
# expect-line: restore map keys include the average: True
# expect-line: restored the averaged weights: True
# expect-line: averaged weights differ from raw: True
# expect-value: /^accuracy with averaged weights: ([\d.]+)$/ >= 0.8
