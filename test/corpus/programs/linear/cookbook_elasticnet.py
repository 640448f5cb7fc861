# Models: nfmcclure/tensorflow_cookbook 03_Linear_Regression/07_Implementing_Elasticnet_Regression/07_elasticnet_regression.py
# Checks: the cookbook's elastic net: sepal length regressed on sepal width, petal length and petal
# width (x_vals = np.array([[x[1], x[2], x[3]] for x in iris.data]) from sklearn's load_iris),
# A = tf.Variable(tf.random_normal(shape=[3,1])), the loss as the MSE plus
# elastic_param1 * tf.reduce_mean(tf.abs(A)) plus elastic_param2 * tf.reduce_mean(tf.square(A)),
# wrapped in tf.expand_dims(..., 0), GradientDescent 0.001 for 1000 steps of 50 rows, the 'Step
# #250 A = [[..] [..] [..]] b = [[..]]' log (str() of a 3x1 NumPy array spans three lines), the
# nested unpacking [[sw_coef], [pl_coef], [pw_ceof]] = sess.run(A), and the loss curve. The
# penalized least-squares optimum on these rows (reference/calibration.py, elasticnet_iris: NumPy
# gradient descent to convergence on the full-batch loss) has coefficients about 0.65 / 0.71 /
# -0.55 and intercept 1.86 and loss 0.6; 1000 small steps from random starting values do not reach
# it (the intercept moves slowly), so the checks are the loss falling below 2 and that the
# petal-length coefficient, the largest signal, ends positive.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()

# make results reproducible
seed = 13
np.random.seed(seed)
tf.set_random_seed(seed)

# Load the data
# iris.data = [(Sepal Length, Sepal Width, Petal Length, Petal Width)]
iris = datasets.load_iris()
x_vals = np.array([[x[1], x[2], x[3]] for x in iris.data])
y_vals = np.array([y[0] for y in iris.data])

# Declare batch size
batch_size = 50

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 3], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables for linear regression
A = tf.Variable(tf.random_normal(shape=[3, 1]))
b = tf.Variable(tf.random_normal(shape=[1, 1]))

# Declare model operations
model_output = tf.add(tf.matmul(x_data, A), b)

# Declare the elastic net loss function
elastic_param1 = tf.constant(1.)
elastic_param2 = tf.constant(1.)
l1_a_loss = tf.reduce_mean(tf.abs(A))
l2_a_loss = tf.reduce_mean(tf.square(A))
e1_term = tf.multiply(elastic_param1, l1_a_loss)
e2_term = tf.multiply(elastic_param2, l2_a_loss)
loss = tf.expand_dims(tf.add(tf.add(tf.reduce_mean(tf.square(y_target - model_output)), e1_term), e2_term), 0)

# Declare optimizer
my_opt = tf.train.GradientDescentOptimizer(0.001)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.global_variables_initializer()
sess.run(init)

# Training loop
loss_vec = []
for i in range(1000):
    rand_index = np.random.choice(len(x_vals), size=batch_size)
    rand_x = x_vals[rand_index]
    rand_y = np.transpose([y_vals[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})
    temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec.append(temp_loss[0])
    if (i + 1) % 250 == 0:
        print('Step #' + str(i + 1) + ' A = ' + str(sess.run(A)) + ' b = ' + str(sess.run(b)))
        print('Loss = ' + str(temp_loss))

# Get the optimal coefficients
[[sw_coef], [pl_coef], [pw_ceof]] = sess.run(A)
[y_intercept] = sess.run(b)
print('coefficients: sw %.3f pl %.3f pw %.3f' % (sw_coef, pl_coef, pw_ceof))
print('first loss %.3f last loss %.3f' % (loss_vec[0], loss_vec[-1]))

# Plot loss over time
plt.plot(loss_vec, 'k-')
plt.title('Loss per Generation')
plt.xlabel('Generation')
plt.ylabel('Loss')
plt.show()

# expect-count: /^Step #\d+ A = \[\[ ?-?[\d.]+ *\]$/ 4
# expect-count: /^Loss = \[[\d.]+\]$/ 4
# expect-value: /^coefficients: sw -?[\d.]+ pl (-?[\d.]+)/ > 0
# expect-value: /last loss ([\d.]+)$/ < 2
