# Models: nfmcclure/tensorflow_cookbook 03_Linear_Regression/01_Using_the_Matrix_Inverse_Method/01_lin_reg_inverse.py (and 02_Implementing_an_LU_Decomposition: the normal equations solved inside the graph)
# Checks: the cookbook's closed-form regression written with np.hstack'ed NumPy design matrices
# (not np.matrix), ops.reset_default_graph() imported from tensorflow.python.framework, A_tensor = tf.constant(A) in float64, tA_A = tf.matmul(tf.transpose(A), A),
# tf.matrix_inverse for the plain solution, a ridge variant with tA_A + lambda * tf.eye(2, dtype=...),
# the same system solved again with tf.matrix_solve, the residual tf.norm and tf.trace of the Gram
# matrix; 'slope: ...' / 'y_intercept: ...' printed through str() of NumPy float64 scalars, every
# number against a float64 NumPy run (reference/linear/cookbook_matrix_inverse_ridge.txt), and the
# best-fit line plotted over the data with plt.plot / plt.legend(loc='upper left').
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops

ops.reset_default_graph()
sess = tf.Session()

# Create the data (deterministic noise instead of np.random.normal)
x_vals = np.linspace(0, 10, 100)
y_vals = x_vals + np.sin(3 * x_vals)

# Create design matrix
x_vals_column = x_vals.reshape(-1, 1)
ones_column = np.ones((100, 1))
A = np.hstack((x_vals_column, ones_column))

# Create b matrix
b = y_vals.reshape(-1, 1)

# Create tensors
A_tensor = tf.constant(A)
b_tensor = tf.constant(b)

# Matrix inverse solution
tA_A = tf.matmul(tf.transpose(A_tensor), A_tensor)
tA_A_inv = tf.matrix_inverse(tA_A)
product = tf.matmul(tA_A_inv, tf.transpose(A_tensor))
solution = tf.matmul(product, b_tensor)

solution_eval = sess.run(solution)

# Extract coefficients
slope = solution_eval[0][0]
y_intercept = solution_eval[1][0]

print('slope: ' + str(np.round(slope, 8)))
print('y_intercept: ' + str(np.round(y_intercept, 8)))

# Ridge: (A'A + lambda I) w = A'b, by inverse and by solve
ridge_lambda = 25.0
regularized = tA_A + ridge_lambda * tf.eye(2, dtype=tf.float64)
ridge_inv = tf.matmul(tf.matrix_inverse(regularized), tf.matmul(tf.transpose(A_tensor), b_tensor))
ridge_solve = tf.matrix_solve(regularized, tf.matmul(tf.transpose(A_tensor), b_tensor))
residual = tf.norm(tf.matmul(A_tensor, solution) - b_tensor)
gram_trace = tf.trace(tA_A)
r_inv, r_solve, res, tr = sess.run([ridge_inv, ridge_solve, residual, gram_trace])
print('ridge slope: %.8f intercept: %.8f' % (r_inv[0][0], r_inv[1][0]))
print('inverse and solve agree:', np.allclose(r_inv, r_solve))
print('residual norm: %.8f' % res)
print('trace of A^T A: %.4f' % tr)
print(regularized.dtype, solution.shape)

# Get best fit line
best_fit = []
for i in x_vals:
    best_fit.append(slope * i + y_intercept)

# Plot the results
plt.plot(x_vals, y_vals, 'o', label='Data')
plt.plot(x_vals, best_fit, 'r-', label='Best fit line', linewidth=3)
plt.legend(loc='upper left')
plt.show()

# expect-line: inverse and solve agree: True
# expect-line: <dtype: 'float64'> (2, 1)
