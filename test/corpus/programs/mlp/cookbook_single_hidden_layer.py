# Models: nfmcclure/tensorflow_cookbook 06_Neural_Networks/04_Single_Hidden_Layer_Network/04_single_hidden_layer_network.py
# Checks: the cookbook's one-hidden-layer regression of petal width on the other three iris
# measurements: x_vals = np.array([x[0:3] for x in iris.data]) from sklearn's load_iris, an 80/20
# split with np.random.choice(len(x_vals), round(len(x_vals)*0.8), replace=False) and
# set(range(...)) - set(train_indices), normalize_cols min-max scaling wrapped in np.nan_to_num,
# A1/b1/A2/b2 from tf.random_normal (10 hidden ReLU nodes, a ReLU output), the MSE loss,
# GradientDescent 0.005, tf.initialize_all_variables() (the deprecated TF1 name, still there),
# 500 generations of 50 rows with the train and test RMSE lists (np.sqrt of the fetched MSE),
# the 'Generation: 50. Loss = ...' log every 50 generations, and the two loss curves plotted with
# plt.plot(..., 'k-' / 'r--', label=...). The logged batch loss must fall (to <= 0.75 x its first value:
# batches of 50 are noisy) and the final test
# RMSE stay under 0.5 (petal width has a standard deviation of 0.76; a linear fit on these three
# columns reaches an RMSE of 0.19 in NumPy).
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from sklearn import datasets
from tensorflow.python.framework import ops
ops.reset_default_graph()

iris = datasets.load_iris()
x_vals = np.array([x[0:3] for x in iris.data])
y_vals = np.array([x[3] for x in iris.data])

# Create graph session
sess = tf.Session()

# make results reproducible
seed = 2
tf.set_random_seed(seed)
np.random.seed(seed)

# Split data into train/test = 80%/20%
train_indices = np.random.choice(len(x_vals), round(len(x_vals) * 0.8), replace=False)
test_indices = np.array(list(set(range(len(x_vals))) - set(train_indices)))
x_vals_train = x_vals[train_indices]
x_vals_test = x_vals[test_indices]
y_vals_train = y_vals[train_indices]
y_vals_test = y_vals[test_indices]


# Normalize by column (min-max norm)
def normalize_cols(m):
    col_max = m.max(axis=0)
    col_min = m.min(axis=0)
    return (m - col_min) / (col_max - col_min)


x_vals_train = np.nan_to_num(normalize_cols(x_vals_train))
x_vals_test = np.nan_to_num(normalize_cols(x_vals_test))
print('train/test:', x_vals_train.shape, x_vals_test.shape, x_vals_train.min(), x_vals_train.max())

# Declare batch size
batch_size = 50

# Initialize placeholders
x_data = tf.placeholder(shape=[None, 3], dtype=tf.float32)
y_target = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Create variables for both NN layers
hidden_layer_nodes = 10
A1 = tf.Variable(tf.random_normal(shape=[3, hidden_layer_nodes]))  # inputs -> hidden nodes
b1 = tf.Variable(tf.random_normal(shape=[hidden_layer_nodes]))  # one biases for each hidden node
A2 = tf.Variable(tf.random_normal(shape=[hidden_layer_nodes, 1]))  # hidden inputs -> 1 output
b2 = tf.Variable(tf.random_normal(shape=[1]))  # 1 bias for the output

# Declare model operations
hidden_output = tf.nn.relu(tf.add(tf.matmul(x_data, A1), b1))
final_output = tf.nn.relu(tf.add(tf.matmul(hidden_output, A2), b2))

# Declare loss function (MSE)
loss = tf.reduce_mean(tf.square(y_target - final_output))

# Declare optimizer
my_opt = tf.train.GradientDescentOptimizer(0.005)
train_step = my_opt.minimize(loss)

# Initialize variables
init = tf.initialize_all_variables()
sess.run(init)

# Training loop
loss_vec = []
test_loss = []
for i in range(500):
    rand_index = np.random.choice(len(x_vals_train), size=batch_size)
    rand_x = x_vals_train[rand_index]
    rand_y = np.transpose([y_vals_train[rand_index]])
    sess.run(train_step, feed_dict={x_data: rand_x, y_target: rand_y})

    temp_loss = sess.run(loss, feed_dict={x_data: rand_x, y_target: rand_y})
    loss_vec.append(np.sqrt(temp_loss))

    test_temp_loss = sess.run(loss, feed_dict={x_data: x_vals_test, y_target: np.transpose([y_vals_test])})
    test_loss.append(np.sqrt(test_temp_loss))
    if (i + 1) % 50 == 0:
        print('Generation: ' + str(i + 1) + '. Loss = ' + str(temp_loss))

print('Final test RMSE: %.4f' % test_loss[-1])

# Plot loss (MSE) over time
plt.plot(loss_vec, 'k-', label='Train Loss')
plt.plot(test_loss, 'r--', label='Test Loss')
plt.title('Loss (MSE) per Generation')
plt.legend(loc='upper right')
plt.xlabel('Generation')
plt.ylabel('Loss')
plt.show()

# expect-line: train/test: (120, 3) (30, 3) 0.0 1.0
# expect-count: /^Generation: \d+\. Loss = [\d.e-]+$/ 10
# expect-decrease: /^Generation: \d+\. Loss = ([\d.e-]+)$/ 0.75
# expect-value: /^Final test RMSE: ([\d.]+)$/ < 0.5
