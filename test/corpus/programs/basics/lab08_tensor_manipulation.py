# Models: hunkim/DeepLearningZeroToAll lab-08-tensor_manipulation.ipynb
# Checks: the tensor-manipulation tour as a script: pprint.PrettyPrinter(indent=4) of NumPy arrays,
# ndim/shape and slicing, tf.InteractiveSession with Tensor.eval() on tf.shape of nested lists,
# matmul versus broadcasting multiply/add, tf.reduce_mean of an int list (integer mean 1), reduce_mean
# and reduce_sum with axis 0/1/-1, tf.argmax along axes, tf.reshape with -1, tf.squeeze,
# tf.expand_dims, tf.one_hot on a [4, 1] index list, tf.cast of floats (truncating) and of booleans,
# tf.stack along axis 0 and 1, tf.ones_like / tf.zeros_like, zip over lists, and tf.transpose with
# permutations [1, 0, 2] and [1, 2, 0]; every printed value is exact (the reprs are NumPy's).
# The random-initializer cells of the original print unseeded values and are left out.
import tensorflow as tf
import numpy as np
import pprint
tf.set_random_seed(777)  # for reproducibility

pp = pprint.PrettyPrinter(indent=4)
sess = tf.InteractiveSession()

# Simple array
t = np.array([0., 1., 2., 3., 4., 5., 6.])
pp.pprint(t)
print(t.ndim)  # rank
print(t.shape)  # shape
print(t[0], t[1], t[-1])
print(t[2:5], t[4:-1])
print(t[:2], t[3:])

# 2D array
t = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.], [10., 11., 12.]])
pp.pprint(t)
print(t.ndim)  # rank
print(t.shape)  # shape

# Shape, rank, axis
t = tf.constant([1, 2, 3, 4])
print('shape1', repr(tf.shape(t).eval()))
t = tf.constant([[1, 2],
                 [3, 4]])
print('shape2', repr(tf.shape(t).eval()))
t = tf.constant([[[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], [[13, 14, 15, 16], [17, 18, 19, 20], [21, 22, 23, 24]]]])
print('shape4', repr(tf.shape(t).eval()))

# Matmul vs multiply
matrix1 = tf.constant([[3., 3.]])
matrix2 = tf.constant([[2.], [2.]])
print('matmul', repr(tf.matmul(matrix1, matrix2).eval()))
print('multiply', repr((matrix1 * matrix2).eval()))

# Watch out broadcasting
print('broadcast add', repr((matrix1 + matrix2).eval()))
matrix2 = tf.constant([[2., 2.]])
print('same-shape add', repr((matrix1 + matrix2).eval()))

# Reduce mean/sum
print('int mean', tf.reduce_mean([1, 2], axis=0).eval())
x = [[1., 2.],
     [3., 4.]]
print('mean', tf.reduce_mean(x).eval())
print('mean0', tf.reduce_mean(x, axis=0).eval())
print('mean1', tf.reduce_mean(x, axis=1).eval())
print('mean-1', tf.reduce_mean(x, axis=-1).eval())
print('sum', tf.reduce_sum(x).eval())
print('sum0', tf.reduce_sum(x, axis=0).eval())
print('sum-1', tf.reduce_sum(x, axis=-1).eval())
print('mean of sum', tf.reduce_mean(tf.reduce_sum(x, axis=-1)).eval())

# Argmax with axis
x = [[0, 1, 2],
     [2, 1, 0]]
print('argmax0', repr(tf.argmax(x, axis=0).eval()))
print('argmax1', tf.argmax(x, axis=1).eval())
print('argmax-1', tf.argmax(x, axis=-1).eval())

# Reshape, squeeze, expand_dims
t = np.array([[[0, 1, 2],
               [3, 4, 5]],

              [[6, 7, 8],
               [9, 10, 11]]])
print(t.shape)
print(tf.reshape(t, shape=[-1, 3]).eval())
print(tf.reshape(t, shape=[-1, 1, 3]).eval().shape)
print('squeeze', repr(tf.squeeze([[0], [1], [2]]).eval()))
print('expand_dims', tf.expand_dims([0, 1, 2], 1).eval().tolist())

# One hot
oh = tf.one_hot([[0], [1], [2], [0]], depth=3).eval()
print('one_hot', oh.shape, oh.dtype)
t = tf.one_hot([[0], [1], [2], [0]], depth=3)
print(tf.reshape(t, shape=[-1, 3]).eval())

# Casting
print('cast', tf.cast([1.8, 2.2, 3.3, 4.9], tf.int32).eval())
print('cast bool', tf.cast([True, False, 1 == 1, 0 == 1], tf.int32).eval())

# Stack
x = [1, 4]
y = [2, 5]
z = [3, 6]
print(tf.stack([x, y, z]).eval())
print(tf.stack([x, y, z], axis=1).eval())

# Ones like and zeros like
x = [[0, 1, 2],
     [2, 1, 0]]
print(tf.ones_like(x).eval())
print(tf.zeros_like(x).eval())

# Zip
for x, y in zip([1, 2, 3], [4, 5, 6]):
    print(x, y)
for x, y, z in zip([1, 2, 3], [4, 5, 6], [7, 8, 9]):
    print(x, y, z)

# Transpose
t = np.array([[[0, 1, 2], [3, 4, 5]], [[6, 7, 8], [9, 10, 11]]])
pp.pprint(t.shape)
t1 = tf.transpose(t, [1, 0, 2])
pp.pprint(sess.run(t1).shape)
pp.pprint(sess.run(t1))
t = tf.transpose(t1, [1, 0, 2])
pp.pprint(sess.run(t).shape)
t2 = tf.transpose(t, [1, 2, 0])
pp.pprint(sess.run(t2).shape)
print(sess.run(t2).tolist())

# expect-line: array([0., 1., 2., 3., 4., 5., 6.])
# expect-line: (7,)
# expect-line: 0.0 1.0 6.0
# expect-line: [2. 3. 4.] [4. 5.]
# expect-line: [0. 1.] [3. 4. 5. 6.]
# expect-line: array([[ 1.,  2.,  3.],
# expect-line:        [10., 11., 12.]])
# expect-line: (4, 3)
# expect-line: shape1 array([4], dtype=int32)
# expect-line: shape2 array([2, 2], dtype=int32)
# expect-line: shape4 array([1, 2, 3, 4], dtype=int32)
# expect-line: matmul array([[12.]], dtype=float32)
# expect-line: multiply array([[6., 6.],
# expect-line: broadcast add array([[5., 5.],
# expect-line: same-shape add array([[5., 5.]], dtype=float32)
# expect-line: int mean 1
# expect-line: mean 2.5
# expect-line: mean0 [2. 3.]
# expect-line: mean1 [1.5 3.5]
# expect-line: mean-1 [1.5 3.5]
# expect-line: sum 10.0
# expect-line: sum0 [4. 6.]
# expect-line: sum-1 [3. 7.]
# expect-line: mean of sum 5.0
# expect-line: argmax0 array([1, 0, 0])
# expect-line: argmax1 [2 0]
# expect-line: argmax-1 [2 0]
# expect-line: (2, 2, 3)
# expect-line:  [ 9 10 11]]
# expect-line: (4, 1, 3)
# expect-line: squeeze array([0, 1, 2], dtype=int32)
# expect-line: expand_dims [[0], [1], [2]]
# expect-line: one_hot (4, 1, 3) float32
# expect-line:  [1. 0. 0.]]
# expect-line: cast [1 2 3 4]
# expect-line: cast bool [1 0 1 0]
# expect-line: [[1 4]
# expect-line:  [3 6]]
# expect-line: [[1 2 3]
# expect-line:  [4 5 6]]
# expect-line: [[1 1 1]
# expect-line: [[0 0 0]
# expect-line: 3 6
# expect-line: 3 6 9
# expect-line: (2, 2, 3)
# expect-line: array([[[ 0,  1,  2],
# expect-line:         [ 6,  7,  8]],
# expect-line: (2, 3, 2)
# expect-line: [[[0, 6], [1, 7], [2, 8]], [[3, 9], [4, 10], [5, 11]]]
