# Models: tensorflow/tensorflow tensorflow/examples/how_tos/reading_data/fully_connected_preloaded_var.py (TF 1.x)
# Checks: the "preloaded data in a variable" reading-data example: input_data.read_data_sets (the
# bundled digits: 5,000 training images) and the tutorial's mnist module (inference / loss /
# training / evaluation), the whole training set held in two tf.Variables made from placeholders of
# the arrays' dtype and shape with trainable=False, collections=[] (so the global initializer skips
# them) and initialized by running input_images.initializer with the arrays fed, under
# tf.name_scope('input') in a fresh tf.Graph().as_default(); tf.train.slice_input_producer([images,
# labels], num_epochs=2) (its epoch counter a local variable, hence tf.group of the global and
# local initializers), tf.cast of the label, tf.train.batch(batch_size=100), tf.summary.merge_all
# and a FileWriter, tf.train.Coordinator with start_queue_runners, the loop that runs until the
# producer raises tf.errors.OutOfRangeError after two epochs (100 batches of 100), the "Step 0: loss
# = 2.30 (0.012 sec)" log, saver.save in the except branch ("Saving") and "Done training for 2
# epochs, 100 steps.": running summary_op at step 0 evaluates the loss summary and so dequeues a
# batch of its own, leaving 99 for training (the step counter also advances when it logs), so no
# "Step 100" line comes; coord.request_stop / coord.join. train_dir defaults to a tempfile.mkdtemp() directory here (the
# original: /tmp/data, which the checkpoint prefix and the summaries then share with other runs).
# Not in the original: the tutorial's evaluation op counts the trained net's correct answers on
# the first 100 test digits, fed in place of the (fixed-size) batch: 0.40 here after two epochs of
# SGD at 0.01 (the loss has barely left 2.3 by then), so the check is only that it beats 0.1.
"""Trains the MNIST network using preloaded data stored in a variable."""
from __future__ import absolute_import
from __future__ import division
from __future__ import print_function

import argparse
import sys
import tempfile
import time

import tensorflow as tf

from tensorflow.examples.tutorials.mnist import input_data
from tensorflow.examples.tutorials.mnist import mnist

# Basic model parameters as external flags.
FLAGS = None


def run_training():
  """Train MNIST for a number of epochs."""
  # Get the sets of images and labels for training, validation, and
  # test on MNIST.
  data_sets = input_data.read_data_sets(FLAGS.train_dir, FLAGS.fake_data)

  # Tell TensorFlow that the model will be built into the default Graph.
  with tf.Graph().as_default():
    with tf.name_scope('input'):
      # Input data
      images_initializer = tf.placeholder(
          dtype=data_sets.train.images.dtype,
          shape=data_sets.train.images.shape)
      labels_initializer = tf.placeholder(
          dtype=data_sets.train.labels.dtype,
          shape=data_sets.train.labels.shape)
      input_images = tf.Variable(
          images_initializer, trainable=False, collections=[])
      input_labels = tf.Variable(
          labels_initializer, trainable=False, collections=[])

      image, label = tf.train.slice_input_producer(
          [input_images, input_labels], num_epochs=FLAGS.num_epochs)
      label = tf.cast(label, tf.int32)
      images, labels = tf.train.batch(
          [image, label], batch_size=FLAGS.batch_size)

    # Build a Graph that computes predictions from the inference model.
    logits = mnist.inference(images, FLAGS.hidden1, FLAGS.hidden2)

    # Add to the Graph the Ops for loss calculation.
    loss = mnist.loss(logits, labels)

    # Add to the Graph the Ops that calculate and apply gradients.
    train_op = mnist.training(loss, FLAGS.learning_rate)

    # Add the Op to compare the logits to the labels during evaluation.
    eval_correct = mnist.evaluation(logits, labels)

    # Build the summary operation based on the TF collection of Summaries.
    summary_op = tf.summary.merge_all()

    # Create a saver for writing training checkpoints.
    saver = tf.train.Saver()

    # Create the op for initializing variables.
    init_op = tf.group(tf.global_variables_initializer(),
                       tf.local_variables_initializer())

    # Create a session for running Ops on the Graph.
    sess = tf.Session()

    # Run the Op to initialize the variables.
    sess.run(init_op)
    sess.run(input_images.initializer,
             feed_dict={images_initializer: data_sets.train.images})
    sess.run(input_labels.initializer,
             feed_dict={labels_initializer: data_sets.train.labels})

    # Instantiate a SummaryWriter to output summaries and the Graph.
    summary_writer = tf.summary.FileWriter(FLAGS.train_dir, sess.graph)

    # Start input enqueue threads.
    coord = tf.train.Coordinator()
    threads = tf.train.start_queue_runners(sess=sess, coord=coord)

    # And then after everything is built, start the training loop.
    try:
      step = 0
      while not coord.should_stop():
        start_time = time.time()

        # Run one step of the model.
        _, loss_value = sess.run([train_op, loss])

        duration = time.time() - start_time

        # Write the summaries and print an overview fairly often.
        if step % 100 == 0:
          # Print status to stdout.
          print('Step %d: loss = %.2f (%.3f sec)' % (step, loss_value,
                                                     duration))
          # Update the events file.
          summary_str = sess.run(summary_op)
          summary_writer.add_summary(summary_str, step)
          step += 1

        # Save a checkpoint periodically.
        if (step + 1) % 1000 == 0:
          print('Saving')
          saver.save(sess, FLAGS.train_dir, global_step=step)

        step += 1
    except tf.errors.OutOfRangeError:
      print('Saving')
      saver.save(sess, FLAGS.train_dir, global_step=step)
      print('Done training for %d epochs, %d steps.' % (FLAGS.num_epochs, step))
    finally:
      # When done, ask the threads to stop.
      coord.request_stop()

    # Wait for threads to finish.
    coord.join(threads)

    # Not in the original: the trained weights on the test digits through the evaluation op.
    correct = sess.run(eval_correct, feed_dict={images: data_sets.test.images[:100],
                                                labels: data_sets.test.labels[:100]})
    print('Test precision: %0.04f' % (correct / 100.0))
    sess.close()


def main(_):
  run_training()


if __name__ == '__main__':
  parser = argparse.ArgumentParser()
  parser.add_argument(
      '--learning_rate',
      type=float,
      default=0.01,
      help='Initial learning rate.'
  )
  parser.add_argument(
      '--num_epochs',
      type=int,
      default=2,
      help='Number of epochs to run trainer.'
  )
  parser.add_argument(
      '--hidden1',
      type=int,
      default=128,
      help='Number of units in hidden layer 1.'
  )
  parser.add_argument(
      '--hidden2',
      type=int,
      default=32,
      help='Number of units in hidden layer 2.'
  )
  parser.add_argument(
      '--batch_size',
      type=int,
      default=100,
      help='Batch size.  Must divide evenly into the dataset sizes.'
  )
  parser.add_argument(
      '--train_dir',
      type=str,
      default=tempfile.mkdtemp(),
      help='Directory to put the training data.'
  )
  parser.add_argument(
      '--fake_data',
      default=False,
      help='If true, uses fake data for unit testing.',
      action='store_true'
  )
  FLAGS, unparsed = parser.parse_known_args()
  tf.app.run(main=main, argv=[sys.argv[0]] + unparsed)

# expect-value: /^Step 0: loss = ([\d.]+) / ~= 2.3 0.1
# expect-count: /^Step \d+: loss = [\d.]+ \([\d.]+ sec\)$/ 1
# expect-line: Saving
# expect-line: Done training for 2 epochs, 100 steps.
# expect-value: /^Test precision: ([\d.]+)$/ >= 0.1
# corpus-timeout: 300
