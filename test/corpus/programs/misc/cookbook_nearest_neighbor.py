# Models: nfmcclure/tensorflow_cookbook 05_Nearest_Neighbor_Methods/02_Working_with_Nearest_Neighbors/02_nearest_neighbor.py
# Checks: the cookbook's weighted k-nearest-neighbour regression of housing prices. The cookbook
# downloads the UCI housing.data with requests; this version reads the Boston-style CSV bundled
# with the corpus (TF's boston_train.csv layout: a "400, 9, ..." header then nine features and
# MEDV, our synthetic rows from data/generate_pandas.py) with the same string-splitting list
# comprehensions and a header list filtered by cols_used. Then min-max scaling with
# x_vals.ptp(0), the 80/20 split, L1 distances by broadcasting tf.subtract(x_data_train,
# tf.expand_dims(x_data_test, 1)) summed over axis=2, tf.nn.top_k(tf.negative(distance), k=k),
# weights from tf.div(top_k_xvals, x_sums_repeated) where x_sums_repeated =
# tf.matmul(x_sums, tf.ones([1, k], tf.float32)), tf.gather(y_target_train, top_k_indices) of a
# [N, 1] tensor with a [B, k] index matrix, the prediction tf.squeeze(tf.matmul(x_val_weights,
# top_k_yvals), axis=[1]), the 'Batch #1 MSE: 12.345' line through str(np.round(batch_mse, 3)),
# and the histogram of predicted and actual prices. The predictions and the MSE are recomputed with
# NumPy (argsort of the L1 distances, the same weights), and the MSE must beat predicting the
# training mean.
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from tensorflow.python.framework import ops
ops.reset_default_graph()

# Create graph
sess = tf.Session()
np.random.seed(3)

# Load the data (the cookbook: requests.get(housing_url).text)
housing_header = ['CRIM', 'ZN', 'INDUS', 'NOX', 'RM', 'AGE', 'DIS', 'TAX', 'PTRATIO', 'MEDV']
cols_used = ['CRIM', 'INDUS', 'NOX', 'RM', 'AGE', 'DIS', 'TAX', 'PTRATIO']
num_features = len(cols_used)
with open('../../data/boston_train.csv') as housing_file:
    housing_text = housing_file.read()
housing_data = [[float(x) for x in y.split(',') if len(x) >= 1] for y in housing_text.split('\n')[1:] if len(y) >= 1]

y_vals = np.transpose([np.array([y[9] for y in housing_data])])
x_vals = np.array([[x for i, x in enumerate(y) if housing_header[i] in cols_used] for y in housing_data])
print('data:', x_vals.shape, y_vals.shape)

## Min-Max Scaling
x_vals = (x_vals - x_vals.min(0)) / x_vals.ptp(0)

# Split the data into train and test sets
train_indices = np.random.choice(len(x_vals), round(len(x_vals) * 0.8), replace=False)
test_indices = np.array(list(set(range(len(x_vals))) - set(train_indices)))
x_vals_train = x_vals[train_indices]
x_vals_test = x_vals[test_indices]
y_vals_train = y_vals[train_indices]
y_vals_test = y_vals[test_indices]

# Declare k-value and batch size
k = 4
batch_size = len(x_vals_test)

# Placeholders
x_data_train = tf.placeholder(shape=[None, num_features], dtype=tf.float32)
x_data_test = tf.placeholder(shape=[None, num_features], dtype=tf.float32)
y_target_train = tf.placeholder(shape=[None, 1], dtype=tf.float32)
y_target_test = tf.placeholder(shape=[None, 1], dtype=tf.float32)

# Declare distance metric
# L1
distance = tf.reduce_sum(tf.abs(tf.subtract(x_data_train, tf.expand_dims(x_data_test, 1))), axis=2)

# Predict: Get min distance index (Nearest neighbor)
top_k_xvals, top_k_indices = tf.nn.top_k(tf.negative(distance), k=k)
x_sums = tf.expand_dims(tf.reduce_sum(top_k_xvals, 1), 1)
x_sums_repeated = tf.matmul(x_sums, tf.ones([1, k], tf.float32))
x_val_weights = tf.expand_dims(tf.div(top_k_xvals, x_sums_repeated), 1)

top_k_yvals = tf.gather(y_target_train, top_k_indices)
prediction = tf.squeeze(tf.matmul(x_val_weights, top_k_yvals), axis=[1])

# Calculate MSE
mse = tf.div(tf.reduce_sum(tf.square(tf.subtract(prediction, y_target_test))), batch_size)

# Calculate how many loops over training data
num_loops = int(np.ceil(len(x_vals_test) / batch_size))

for i in range(num_loops):
    min_index = i * batch_size
    max_index = min((i + 1) * batch_size, len(x_vals_train))
    x_batch = x_vals_test[min_index:max_index]
    y_batch = y_vals_test[min_index:max_index]
    predictions = sess.run(prediction, feed_dict={x_data_train: x_vals_train, x_data_test: x_batch,
                                                  y_target_train: y_vals_train, y_target_test: y_batch})
    batch_mse = sess.run(mse, feed_dict={x_data_train: x_vals_train, x_data_test: x_batch,
                                         y_target_train: y_vals_train, y_target_test: y_batch})

    print('Batch #' + str(i + 1) + ' MSE: ' + str(np.round(batch_mse, 3)))

print('shapes:', top_k_yvals.shape, predictions.shape)

# Check with NumPy: the same weighted 4 nearest neighbours
d = np.abs(x_vals_train[None, :, :] - x_batch[:, None, :]).sum(axis=2)
nearest = np.argsort(d, axis=1, kind='stable')[:, :k]
w = d[np.arange(len(d))[:, None], nearest]
w = w / w.sum(axis=1, keepdims=True)
expected = (w * y_vals_train[nearest, 0]).sum(axis=1, keepdims=True)
print('predictions match NumPy:', np.allclose(predictions, expected, rtol=1e-4, atol=1e-3))
print('MSE matches NumPy:', np.isclose(batch_mse, np.sum((expected - y_batch) ** 2) / batch_size, rtol=1e-3))
baseline = np.mean((y_batch - y_vals_train.mean()) ** 2)
print('beats the mean predictor:', batch_mse < baseline)

# Plot prediction and actual distribution
bins = np.linspace(5, 50, 45)

plt.hist(predictions, bins, alpha=0.5, label='Prediction')
plt.hist(y_batch, bins, alpha=0.5, label='Actual')
plt.title('Histogram of Predicted and Actual Values')
plt.xlabel('Med Home Value in $1,000s')
plt.ylabel('Frequency')
plt.legend(loc='upper right')
plt.show()

# expect-line: data: (400, 8) (400, 1)
# expect-count: /^Batch #\d+ MSE: [\d.]+$/ 1
# expect-line: shapes: (?, 4, 1) (80, 1)
# expect-line: predictions match NumPy: True
# expect-line: MSE matches NumPy: True
# expect-line: beats the mean predictor: True
