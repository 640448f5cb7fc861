# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/datasets.md (TextLineDataset + decode_csv)
# Checks: tf.data.TextLineDataset(...).skip(1) to drop the header, tf.decode_csv with
# record_defaults in a map function returning a (features dict, label) pair, batching, and
# fitting y = 3x - 1 exactly by the normal equations in NumPy on the values read.
import numpy as np
import tensorflow as tf

CSV_COLUMNS = ['x', 'y']


def parse_line(line):
    fields = tf.decode_csv(line, record_defaults=[[0.0], [0.0]])
    features = dict(zip(CSV_COLUMNS, fields))
    label = features.pop('y')
    return features, label


dataset = tf.data.TextLineDataset('../../data/points.csv').skip(1).map(parse_line).batch(4)
features, label = dataset.make_one_shot_iterator().get_next()
print(sorted(features.keys()), label.dtype)

xs, ys = [], []
with tf.Session() as sess:
    while True:
        try:
            f, l = sess.run([features, label])
        except tf.errors.OutOfRangeError:
            break
        print(f['x'], l)
        xs.extend(f['x'].tolist())
        ys.extend(l.tolist())

A = np.stack([np.array(xs), np.ones(len(xs))], axis=1)
slope, intercept = np.linalg.lstsq(A, np.array(ys), rcond=None)[0]
print('rows: %d slope: %.3f intercept: %.3f' % (len(xs), slope, intercept))

# expect-line: ['x'] <dtype: 'float32'>
# expect-line: [0.  0.5 1.  1.5] [-1.   0.5  2.   3.5]
# expect-line: [2.  2.5 3.  3.5] [5.  6.5 8.  9.5]
# expect-line: rows: 8 slope: 3.000 intercept: -1.000
