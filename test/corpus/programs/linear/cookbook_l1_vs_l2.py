# Models: nfmcclure/tensorflow_cookbook 03_Linear_Regression/04_Loss_Functions_in_Linear_Regressions/04_lin_reg_l1_vs_l2.py
# Checks: the cookbook's L1-versus-L2 comparison: sepal length on petal width from sklearn's
# load_iris, the same model trained twice (ops.reset_default_graph() and a new tf.Session()
# between), once on tf.reduce_mean(tf.abs(y_target - model_output)) and once on
# tf.reduce_mean(tf.square(...)), A and b from tf.random_normal(shape=[1,1]), the deprecated
# tf.initialize_all_variables(), the optimizers built after the initializer ran, batches of 25
# from np.random.choice, the 'Step #25 A = [[..]] b = [[..]]' log, and both loss curves in one
# figure. The cookbook's first edition uses learning_rate = 0.4 (its comment: "Will not converge
# with learning rate at 0.4"); this is the later edition's 0.05. ops.reset_default_graph() drops
# the graph-level seed, so the second graph sets its own (tf.set_random_seed(8)) to make its start
# repeatable. Each model also prints its
# starting A and b; NumPy's generator is reproduced exactly, so both SGD runs are replayed in
# float64 NumPy from those starts (reference/generate_books.py): every logged A and b and the
# last losses.
# reference-tolerance: 1e-3
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()
np.random.seed(7)
tf.set_random_seed(7)

# Load the data
# iris.data = [(Sepal Length, Sepal Width, Petal Length, Petal Width)]
iris = datasets.load_iris()
x_vals = np.array([x[3] for x in iris.data])
y_vals = np.array([y[0] for y in iris.data])

# Declare batch size and number of iterations
batch_size = 25
learning_rate = 0.05  # Will not converge with learning rate at 0.4
iterations = 50

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables for linear regression
A = tf.Variable(tf.random_normal(shape=[1, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

# Declare model operations
model_output = tf.add(tf.matmul(x_data, A), b)

# Declare loss functions
loss_l1 = tf.reduce_mean(tf.abs(y_target - model_output))

# Initialize variables
init = tf.initialize_all_variables()
sess.run(init)
print('L1 start A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))

# Declare optimizers
my_opt_l1 = tf.train.GradientDescentOptimizer(learning_rate)
train_step_l1 = my_opt_l1.minimize(loss_l1)

# Training loop
loss_vec_l1 = []
for i in range(iterations):
    rand_index = np.random.choice(len(x_vals), size=batch_size)
    rand_x = np.transpose([x_vals[rand_index]])
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step_l1, feed_dict={x_data: rand_x, y_target: rand_y})
    temp_loss_l1 = sess.run(loss_l1, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec_l1.append(temp_loss_l1)
    if (i + 1) % 25 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))


# L2 Loss
# Reinitialize graph
ops.reset_default_graph()

# Create graph
sess = tf.Session()
tf.set_random_seed(8)  # the new graph has no graph-level seed of its own

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables for linear regression
A = tf.Variable(tf.random_normal(shape=[1, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

# Declare model operations
model_output = tf.add(tf.matmul(x_data, A), b)

# Declare loss functions
loss_l2 = tf.reduce_mean(tf.square(y_target - model_output))

# Initialize variables
init = tf.initialize_all_variables()
sess.run(init)
print('L2 start A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))

# Declare optimizers
my_opt_l2 = tf.train.GradientDescentOptimizer(learning_rate)
train_step_l2 = my_opt_l2.minimize(loss_l2)

loss_vec_l2 = []
for i in range(iterations):
    rand_index = np.random.choice(len(x_vals), size=batch_size)
    rand_x = np.transpose([x_vals[rand_index]])
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step_l2, feed_dict={x_data: rand_x, y_target: rand_y})
    temp_loss_l2 = sess.run(loss_l2, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec_l2.append(temp_loss_l2)
    if (i + 1) % 25 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))

print('last losses: L1 %.4f L2 %.4f' % (loss_vec_l1[-1], loss_vec_l2[-1]))

# Plot loss over time
plt.plot(loss_vec_l1, 'k-', label='L1 Loss')
plt.plot(loss_vec_l2, 'r--', label='L2 Loss')
plt.title('L1 and L2 Loss per Generation')
plt.xlabel('Generation')
plt.ylabel('L1 Loss')
plt.legend(loc='upper right')
plt.show()
