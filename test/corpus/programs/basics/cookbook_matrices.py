# Models: nfmcclure/tensorflow_cookbook 01_Introduction/04_Working_with_Matrices/04_working_with_matrices.py
# Checks: the cookbook's matrix recipes: tf.diag([1.0, 1.0, 1.0]), tf.truncated_normal([2, 3]),
# tf.fill([2, 3], 5.0), tf.random_uniform([3, 2]), tf.convert_to_tensor of a float64 NumPy array,
# A + B, B - B, tf.matmul(B, identity_matrix), tf.transpose(C), tf.matrix_determinant(D),
# tf.matrix_inverse(D), tf.cholesky(identity_matrix) and tf.self_adjoint_eig(D), each printed with
# print(sess.run(...)). D is not symmetric: self_adjoint_eig reads only its lower triangle (as
# NumPy's eigh with UPLO='L' does). The deterministic results (identity, fill, B - B, the matmul,
# the determinant -38, the inverse, the Cholesky factor, the eigenvalues and eigenvectors up to
# sign) are compared with NumPy (reference/basics/cookbook_matrices.txt); for the random ones the
# program prints their shapes and the checks that truncated_normal stays within 2 standard
# deviations, random_uniform in [0, 1), and A + B - 5 equals A.
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Declaring matrices
sess = tf.Session()

# Identity matrix
identity_matrix = tf.diag([1.0, 1.0, 1.0])
print(sess.run(identity_matrix))

# 2x3 random norm matrix
A = tf.truncated_normal([2, 3])
a_val = sess.run(A)
print(a_val.shape, bool(np.all(np.abs(a_val) <= 2.0)))

# 2x3 constant matrix
B = tf.fill([2, 3], 5.0)
print(sess.run(B))

# 3x2 random uniform matrix
C = tf.random_uniform([3, 2])
c_val = sess.run(C)
print(c_val.shape, bool(np.all((c_val >= 0) & (c_val < 1))))  # Note that we are reinitializing, hence the new random variables

# Create matrix from np array
D = tf.convert_to_tensor(np.array([[1., 2., 3.], [-3., -7., -1.], [0., 5., -2.]]))
print(sess.run(D))

# Matrix addition/subtraction
a_val, ab_val = sess.run([A, A + B])
print(np.allclose(ab_val - 5.0, a_val))
print(sess.run(B - B))

# Matrix Multiplication
print(sess.run(tf.matmul(B, identity_matrix)))

# Matrix Transpose
c_val, ct_val = sess.run([C, tf.transpose(C)])
print(ct_val.shape, np.array_equal(ct_val, c_val.T))  # Again, new random variables

# Matrix Determinant
print(sess.run(tf.matrix_determinant(D)))

# Matrix Inverse
print(sess.run(tf.matrix_inverse(D)))

# Cholesky Decomposition
print(sess.run(tf.cholesky(identity_matrix)))

# Eigenvalues and Eigenvectors
eigenvalues, eigenvectors = sess.run(tf.self_adjoint_eig(D))
print(eigenvalues)
# eigenvectors are defined up to sign: make each column's largest entry positive
signs = np.sign(eigenvectors[np.argmax(np.abs(eigenvectors), axis=0), np.arange(3)])
print(np.round(eigenvectors * signs, 6))
