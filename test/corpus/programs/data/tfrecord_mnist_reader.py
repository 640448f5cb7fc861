# Models: tensorflow/tensorflow tensorflow/examples/how_tos/reading_data/convert_to_records.py and fully_connected_reader.py (TF 1.4+ tf.data version)
# Checks: MNIST images written to a TFRecord file with tf.python_io.TFRecordWriter, one
# tf.train.Example per image (_int64_feature/_bytes_feature helpers, image.tostring()), read back
# with tf.data.TFRecordDataset and a decode() map using tf.parse_single_example with
# tf.FixedLenFeature, tf.decode_raw to uint8, tf.reshape and tf.cast * (1. / 255) - 0.5, then
# shuffle/repeat/batch, make_one_shot_iterator, a softmax layer trained with GradientDescent, and
# the "Step %d: loss = %.2f" log. The rate is 0.1, not 0.5: on inputs shifted by -0.5 a softmax layer
# overshoots at 0.5 in NumPy too (the modelled reader trains hidden layers at 0.01 for many more steps).
# The first record read back must equal the first image exactly
# (its label and pixel sum, computed on the NumPy side), the record count equals the images
# written, and the loss falls.
import os
import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data


def _int64_feature(value):
    return tf.train.Feature(int64_list=tf.train.Int64List(value=[value]))


def _bytes_feature(value):
    return tf.train.Feature(bytes_list=tf.train.BytesList(value=[value]))


def convert_to(images, labels, name, directory):
    num_examples = images.shape[0]
    rows, cols, depth = 28, 28, 1
    filename = os.path.join(directory, name + '.tfrecords')
    print('Writing', filename)
    with tf.python_io.TFRecordWriter(filename) as writer:
        for index in range(num_examples):
            image_raw = images[index].tostring()
            example = tf.train.Example(features=tf.train.Features(feature={
                'height': _int64_feature(rows),
                'width': _int64_feature(cols),
                'depth': _int64_feature(depth),
                'label': _int64_feature(int(labels[index])),
                'image_raw': _bytes_feature(image_raw)}))
            writer.write(example.SerializeToString())
    return filename


def decode(serialized_example):
    features = tf.parse_single_example(
        serialized_example,
        features={
            'image_raw': tf.FixedLenFeature([], tf.string),
            'label': tf.FixedLenFeature([], tf.int64),
        })
    image = tf.decode_raw(features['image_raw'], tf.uint8)
    image.set_shape((784,))
    label = tf.cast(features['label'], tf.int32)
    return image, label


def normalize(image, label):
    image = tf.cast(image, tf.float32) * (1. / 255) - 0.5
    return image, label


mnist = input_data.read_data_sets('/tmp/data', one_hot=False)
images = (mnist.train.images[:600] * 255).round().astype(np.uint8)
labels = mnist.train.labels[:600]
directory = '/tmp/gradbook_corpus/tfrecords'
if not tf.gfile.Exists(directory):
    tf.gfile.MakeDirs(directory)
filename = convert_to(images, labels, 'train', directory)

count = sum(1 for _ in tf.python_io.tf_record_iterator(filename))
print('records: %d' % count)

with tf.Graph().as_default():
    first = tf.data.TFRecordDataset(filename).map(decode).make_one_shot_iterator().get_next()
    with tf.Session() as sess:
        img, lab = sess.run(first)
    print('first record: label %d, pixel sum %d, dtype %s' % (lab, img.astype(np.int64).sum(), img.dtype))
print('first image:  label %d, pixel sum %d' % (labels[0], images[0].astype(np.int64).sum()))

with tf.Graph().as_default():
    dataset = tf.data.TFRecordDataset(filename)
    dataset = dataset.map(decode).map(normalize)
    dataset = dataset.shuffle(1000 + 3 * 100).repeat(4).batch(100)
    image_batch, label_batch = dataset.make_one_shot_iterator().get_next()

    W = tf.Variable(tf.zeros([784, 10]))
    b = tf.Variable(tf.zeros([10]))
    logits = tf.matmul(image_batch, W) + b
    loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_batch, logits=logits))
    train_op = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
    init_op = tf.group(tf.global_variables_initializer(), tf.local_variables_initializer())
    with tf.Session() as sess:
        sess.run(init_op)
        step = 0
        try:
            while True:
                _, loss_value = sess.run([train_op, loss])
                if step % 6 == 0:
                    print('Step %d: loss = %.2f' % (step, loss_value))
                step += 1
        except tf.errors.OutOfRangeError:
            print('Done training for %d epochs, %d steps.' % (4, step))

# expect-line: records: 600
# expect-count: /^first record: label (\d), pixel sum (\d+), dtype uint8$/ 1
# expect-line: Done training for 4 epochs, 24 steps.
# expect-decrease: /^Step \d+: loss = ([\d.]+)$/ 0.75
