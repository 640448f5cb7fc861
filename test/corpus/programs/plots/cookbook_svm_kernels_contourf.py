# Models: nfmcclure/tensorflow_cookbook 04_Support_Vector_Machines/04_Working_with_Kernels/04_svm_kernels.py
# Checks: the cookbook's Gaussian-kernel SVM on sklearn's make_circles (350 points, factor .5,
# noise .1; seeded here, and the reference file holds sklearn's own points for that seed), labels
# mapped to +1 / -1 with a list comprehension, the dual loss -(sum(b) - sum(K * (b^T b) * (y y^T)))
# built from tf.subtract / tf.multiply / tf.negative, the RBF kernel from reduce_sum(square) and
# matmul with gamma -50, GradientDescent 0.002 on bootstrap batches (np.random.choice, 300
# generations here instead of 1000), the 'Step #100' / 'Loss = ...' log, then the decision-boundary
# figure: np.meshgrid over np.arange(min - 1, max + 1, 0.02), np.c_[xx.ravel(), yy.ravel()] fed as the
# prediction grid, tf.sign predictions reshaped to the mesh and drawn with
# plt.contourf(xx, yy, grid_predictions, cmap=plt.cm.Paired, alpha=0.8) under the two classes
# ('ro' / 'kx'), legend, xlim/ylim; then the batch-accuracy and loss curves. Each figure is also
# saved to a temporary PNG (the original only shows them) so that the drawing itself runs; the
# contour set's automatic levels are matplotlib's for a +-1 grid. After 300 of the original's 1000
# generations the batch accuracy is still climbing: a float64 NumPy replay of the same updates on
# the same circles (three random starts for b) gives 0.67-0.83 there and 0.99 at 1000, so the
# check asks for clearly better than chance.
import os
import tempfile

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops
ops.reset_default_graph()

np.random.seed(7)
tf.set_random_seed(7)
out_dir = tempfile.mkdtemp()

# Create graph
sess = tf.Session()

# Generate non-linear data
(x_vals, y_vals) = datasets.make_circles(n_samples=350, factor=.5, noise=.1)
y_vals = np.array([1 if y == 1 else -1 for y in y_vals])
class1_x = [x[0] for i, x in enumerate(x_vals) if y_vals[i] == 1]
class1_y = [x[1] for i, x in enumerate(x_vals) if y_vals[i] == 1]
class2_x = [x[0] for i, x in enumerate(x_vals) if y_vals[i] == -1]
class2_y = [x[1] for i, x in enumerate(x_vals) if y_vals[i] == -1]
print('circles: %d inner, %d outer' % (len(class1_x), len(class2_x)))
print('first point: %.6f %.6f label %d' % (x_vals[0, 0], x_vals[0, 1], y_vals[0]))

# Declare batch size
batch_size = 350

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 2], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)
prediction_grid = tf.placeholder(shape=[None, 2], dtype=tf.float32)

# Create variables for svm
b = tf.Variable(tf.random_normal(shape=[1, batch_size]))

# Gaussian (RBF) kernel
gamma = tf.constant(-50.0)
dist = tf.reduce_sum(tf.square(x_data), 1)
dist = tf.reshape(dist, [-1, 1])
sq_dists = tf.add(tf.subtract(dist, tf.multiply(2., tf.matmul(x_data, tf.transpose(x_data)))), tf.transpose(dist))
my_kernel = tf.exp(tf.multiply(gamma, tf.abs(sq_dists)))

# Compute SVM Model
first_term = tf.reduce_sum(b)
b_vec_cross = tf.matmul(tf.transpose(b), b)
y_target_cross = tf.matmul(y_target, tf.transpose(y_target))
second_term = tf.reduce_sum(tf.multiply(my_kernel, tf.multiply(b_vec_cross, y_target_cross)))
loss = tf.negative(tf.subtract(first_term, second_term))

# Gaussian (RBF) prediction kernel
rA = tf.reshape(tf.reduce_sum(tf.square(x_data), 1), [-1, 1])
rB = tf.reshape(tf.reduce_sum(tf.square(prediction_grid), 1), [-1, 1])
pred_sq_dist = tf.add(tf.subtract(rA, tf.multiply(2., tf.matmul(x_data, tf.transpose(prediction_grid)))), tf.transpose(rB))
pred_kernel = tf.exp(tf.multiply(gamma, tf.abs(pred_sq_dist)))

prediction_output = tf.matmul(tf.multiply(tf.transpose(y_target), b), pred_kernel)
prediction = tf.sign(prediction_output - tf.reduce_mean(prediction_output))
accuracy = tf.reduce_mean(tf.cast(tf.equal(tf.squeeze(prediction), tf.squeeze(y_target)), tf.float32))

# Declare optimizer
my_opt = tf.train.GradientDescentOptimizer(0.002)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Training loop
loss_vec = []
batch_accuracy = []
for i in range(300):
    rand_index = np.random.choice(len(x_vals), size=batch_size)
    rand_x = x_vals[rand_index]
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})

    temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec.append(temp_loss)

    acc_temp = sess.run(accuracy, feed_dict={x_data: rand_x,
                                             y_target: rand_y,
                                             prediction_grid: rand_x})
    batch_accuracy.append(acc_temp)

    if (i + 1) % 100 == 0:
        print('Step #' + str(i + 1))
        print('Loss = ' + str(temp_loss))

# Create a mesh to plot points in
x_min, x_max = x_vals[:, 0].min() - 1, x_vals[:, 0].max() + 1
y_min, y_max = x_vals[:, 1].min() - 1, x_vals[:, 1].max() + 1
xx, yy = np.meshgrid(np.arange(x_min, x_max, 0.02),
                     np.arange(y_min, y_max, 0.02))
grid_points = np.c_[xx.ravel(), yy.ravel()]
[grid_predictions] = sess.run(prediction, feed_dict={x_data: rand_x,
                                                   y_target: rand_y,
                                                   prediction_grid: grid_points})
grid_predictions = grid_predictions.reshape(xx.shape)
print('grid:', xx.shape == grid_predictions.shape, sorted(set(grid_predictions.ravel().tolist())))

# Plot points and grid
cs = plt.contourf(xx, yy, grid_predictions, cmap=plt.cm.Paired, alpha=0.8)
plt.plot(class1_x, class1_y, 'ro', label='Class 1')
plt.plot(class2_x, class2_y, 'kx', label='Class -1')
plt.title('Gaussian SVM Results')
plt.xlabel('x')
plt.ylabel('y')
plt.legend(loc='lower right')
plt.ylim([-1.5, 1.5])
plt.xlim([-1.5, 1.5])
print('contour levels:', cs.levels)
plt.savefig(os.path.join(out_dir, 'svm.png'))
plt.show()

# Plot batch accuracy
plt.plot(batch_accuracy, 'k-', label='Accuracy')
plt.title('Batch Accuracy')
plt.xlabel('Generation')
plt.ylabel('Accuracy')
plt.legend(loc='lower right')
plt.savefig(os.path.join(out_dir, 'accuracy.png'))
plt.show()

# Plot loss over time
plt.plot(loss_vec, 'k-')
plt.title('Loss per Generation')
plt.xlabel('Generation')
plt.ylabel('Loss')
plt.savefig(os.path.join(out_dir, 'loss.png'))
plt.show()

print('saved:', sorted(os.listdir(out_dir)), os.path.getsize(os.path.join(out_dir, 'svm.png')) > 10000)
print('final batch accuracy: %.3f' % batch_accuracy[-1])

# expect-line: circles: 175 inner, 175 outer
# expect-line: grid: True [-1.0, 1.0]
# expect-line: contour levels: [-1.   -0.75 -0.5  -0.25  0.    0.25  0.5   0.75  1.  ]
# expect-line: saved: ['accuracy.png', 'loss.png', 'svm.png'] True
# corpus-timeout: 240
# expect-count: /^Step #/ 3
# expect-decrease: /^Loss = (\S+)/ 0.5
# expect-value: /final batch accuracy: (\S+)/ >= 0.65
