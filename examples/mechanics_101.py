# TensorFlow Mechanics 101 (fully_connected_feed.py and mnist.py), condensed into one file:
# two ReLU layers, sparse softmax cross-entropy, a global step, summaries, a Saver, evaluation.
import math
import time
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

NUM_CLASSES = 10
IMAGE_PIXELS = 784
batch_size = 100

def inference(images, hidden1_units, hidden2_units):
  with tf.name_scope('hidden1'):
    weights = tf.Variable(tf.truncated_normal([IMAGE_PIXELS, hidden1_units], stddev=1.0 / math.sqrt(float(IMAGE_PIXELS))), name='weights')
    biases = tf.Variable(tf.zeros([hidden1_units]), name='biases')
    hidden1 = tf.nn.relu(tf.matmul(images, weights) + biases)
  with tf.name_scope('hidden2'):
    weights = tf.Variable(tf.truncated_normal([hidden1_units, hidden2_units], stddev=1.0 / math.sqrt(float(hidden1_units))), name='weights')
    biases = tf.Variable(tf.zeros([hidden2_units]), name='biases')
    hidden2 = tf.nn.relu(tf.matmul(hidden1, weights) + biases)
  with tf.name_scope('softmax_linear'):
    weights = tf.Variable(tf.truncated_normal([hidden2_units, NUM_CLASSES], stddev=1.0 / math.sqrt(float(hidden2_units))), name='weights')
    biases = tf.Variable(tf.zeros([NUM_CLASSES]), name='biases')
    logits = tf.matmul(hidden2, weights) + biases
  return logits

def loss(logits, labels):
  labels = tf.to_int64(labels)
  cross_entropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits, name='xentropy')
  return tf.reduce_mean(cross_entropy, name='xentropy_mean')

def training(loss, learning_rate):
  tf.summary.scalar('loss', loss)
  optimizer = tf.train.GradientDescentOptimizer(learning_rate)
  global_step = tf.Variable(0, name='global_step', trainable=False)
  train_op = optimizer.minimize(loss, global_step=global_step)
  return train_op

def evaluation(logits, labels):
  correct = tf.nn.in_top_k(logits, labels, 1)
  return tf.reduce_sum(tf.cast(correct, tf.int32))

data_sets = input_data.read_data_sets('MNIST_data', fake_data=False)
with tf.Graph().as_default():
  images_placeholder = tf.placeholder(tf.float32, shape=(batch_size, IMAGE_PIXELS))
  labels_placeholder = tf.placeholder(tf.int32, shape=(batch_size))
  logits = inference(images_placeholder, 128, 32)
  loss_op = loss(logits, labels_placeholder)
  train_op = training(loss_op, 0.01)
  eval_correct = evaluation(logits, labels_placeholder)
  summary = tf.summary.merge_all()
  init = tf.global_variables_initializer()
  saver = tf.train.Saver()
  sess = tf.Session()
  summary_writer = tf.summary.FileWriter('/tmp/log', sess.graph)
  sess.run(init)
  for step in range(2000):
    start_time = time.time()
    images_feed, labels_feed = data_sets.train.next_batch(batch_size)
    feed_dict = {images_placeholder: images_feed, labels_placeholder: labels_feed}
    _, loss_value = sess.run([train_op, loss_op], feed_dict=feed_dict)
    duration = time.time() - start_time
    if step % 500 == 0:
      print('Step %d: loss = %.2f (%.3f sec)' % (step, loss_value, duration))
      summary_str = sess.run(summary, feed_dict=feed_dict)
      summary_writer.add_summary(summary_str, step)
      summary_writer.flush()
  true_count = 0
  steps_per_epoch = data_sets.test.num_examples // batch_size
  num_examples = steps_per_epoch * batch_size
  for step in range(steps_per_epoch):
    images_feed, labels_feed = data_sets.test.next_batch(batch_size)
    true_count += sess.run(eval_correct, feed_dict={images_placeholder: images_feed, labels_placeholder: labels_feed})
  precision = float(true_count) / num_examples
  print('  Num examples: %d  Num correct: %d  Precision @ 1: %0.04f' % (num_examples, true_count, precision))
