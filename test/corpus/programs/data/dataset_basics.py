# Models: tensorflow/tensorflow tensorflow/docs_src/programmers_guide/datasets.md (TF 1.4 "Importing Data")
# Checks: Dataset.from_tensor_slices / range / zip / map / batch / repeat / padded_batch, the
# output_types and output_shapes of a dataset, make_one_shot_iterator, make_initializable_iterator
# with a placeholder, and the OutOfRangeError that ends an epoch; every printed value is exact.
import numpy as np
import tensorflow as tf

dataset1 = tf.data.Dataset.from_tensor_slices(tf.random_uniform([4, 10]))
print(dataset1.output_types)
print(dataset1.output_shapes)

dataset2 = tf.data.Dataset.from_tensor_slices(
    (tf.random_uniform([4]), tf.random_uniform([4, 100], maxval=100, dtype=tf.int32)))
print(dataset2.output_types)
print(dataset2.output_shapes)

dataset3 = tf.data.Dataset.zip((dataset1, dataset2))
print(dataset3.output_shapes)

# One-shot iterator over a range.
dataset = tf.data.Dataset.range(5)
iterator = dataset.make_one_shot_iterator()
next_element = iterator.get_next()
sess = tf.Session()
values = []
for i in range(5):
    values.append(sess.run(next_element))
print(values)
try:
    sess.run(next_element)
except tf.errors.OutOfRangeError:
    print("End of dataset")

# Initializable iterator with a placeholder bound.
max_value = tf.placeholder(tf.int64, shape=[])
dataset = tf.data.Dataset.range(max_value)
iterator = dataset.make_initializable_iterator()
next_element = iterator.get_next()
sess.run(iterator.initializer, feed_dict={max_value: 3})
print([sess.run(next_element) for _ in range(3)])

# map, batch and repeat.
dataset = tf.data.Dataset.from_tensor_slices(np.array([1., 2., 3., 4., 5.], dtype=np.float32))
dataset = dataset.map(lambda x: x * 2 + 1).batch(2).repeat(2)
batches = dataset.make_one_shot_iterator().get_next()
while True:
    try:
        print(sess.run(batches))
    except tf.errors.OutOfRangeError:
        break

# Tuples of features and labels.
features = np.arange(6, dtype=np.float32).reshape(3, 2)
labels = np.array([0, 1, 0], dtype=np.int64)
pairs = tf.data.Dataset.from_tensor_slices((features, labels)).batch(2)
f, l = pairs.make_one_shot_iterator().get_next()
print(f.shape, l.shape)
first_f, first_l = sess.run([f, l])
print(first_f.tolist(), first_l.tolist())

# padded_batch of variable-length rows.
dataset = tf.data.Dataset.range(1, 5)
dataset = dataset.map(lambda x: tf.fill([tf.cast(x, tf.int32)], x))
dataset = dataset.padded_batch(2, padded_shapes=[None])
padded = dataset.make_one_shot_iterator().get_next()
print(sess.run(padded))
print(sess.run(padded))

# expect-line: <dtype: 'float32'>
# expect-line: (10,)
# expect-line: (tf.float32, tf.int32)
# expect-line: (TensorShape([]), TensorShape([Dimension(100)]))
# expect-line: (TensorShape([Dimension(10)]), (TensorShape([]), TensorShape([Dimension(100)])))
# expect-line: [0, 1, 2, 3, 4]
# expect-line: End of dataset
# expect-line: [0, 1, 2]
# expect-line: [3. 5.]
# expect-line: [7. 9.]
# expect-line: [11.]
# expect-count: /^\[3\. 5\.\]$/ 2
# expect-line: (?, 2) (?,)
# expect-line: [[0.0, 1.0], [2.0, 3.0]] [0, 1]
# expect-line: [[1 0]
# expect-line:  [2 2]]
# expect-line: [[3 3 3 0]
# expect-line:  [4 4 4 4]]
