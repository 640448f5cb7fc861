# Models: tensorflow/tensorflow tensorflow/docs_src/get_started/get_started.md (tf.contrib.learn basic usage, TF 1.0)
# Checks: tf.contrib.layers.real_valued_column("x", dimension=1), tf.contrib.learn.LinearRegressor
# (contrib's default Ftrl at min(0.2, 1/sqrt(1 column)) = 0.2), tf.contrib.learn.io.numpy_input_fn
# (batch_size=4, num_epochs=1000, shuffled by default), fit(input_fn=, steps=1000) and evaluate on the
# train and eval input functions: the printed dicts hold exactly global_step and loss (contrib's
# regression head: no average_loss), global_step 1000, train loss < 1e-3 and eval loss < 0.02 (the
# tutorial prints 4.3e-08 and 0.0025: y = 1 - x fits the train points exactly, the eval points are
# off the line by 0.01-0.1, giving mean squared error 0.0025 at the exact fit), then the learned
# weight and bias near -1 and 1, read by name: linear/bias_weight is contrib's
# weighted_sum_from_feature_columns' name, linear/x/weight (a real-valued column's weight under a
# scope named after it) is read from memory of TF 1.x checkpoints, not checked against the source.
import tensorflow as tf
# NumPy is often used to load, manipulate and preprocess data.
import numpy as np

# Declare list of features. We only have one real-valued feature. There are many
# other types of columns that are more complicated and useful.
features = [tf.contrib.layers.real_valued_column("x", dimension=1)]

# An estimator is the front end to invoke training (fitting) and evaluation
# (inference). There are many predefined types like linear regression,
# logistic regression, linear classification, logistic classification, and
# many neural network classifiers and regressors. The following code
# provides an estimator that does linear regression.
estimator = tf.contrib.learn.LinearRegressor(feature_columns=features)

# TensorFlow provides many helper methods to read and set up data sets.
# Here we use two data sets: one for training and one for evaluation
# We have to tell the function how many batches
# of data (num_epochs) we want and how big each batch should be.
x_train = np.array([1., 2., 3., 4.])
y_train = np.array([0., -1., -2., -3.])
x_eval = np.array([2., 5., 8., 1.])
y_eval = np.array([-1.01, -4.1, -7, 0.])
input_fn = tf.contrib.learn.io.numpy_input_fn({"x":x_train}, y_train,
                                              batch_size=4,
                                              num_epochs=1000)
eval_input_fn = tf.contrib.learn.io.numpy_input_fn(
    {"x":x_eval}, y_eval, batch_size=4, num_epochs=1000)

# We can invoke 1000 training steps by invoking the  method and passing the
# training data set.
estimator.fit(input_fn=input_fn, steps=1000)

# Here we evaluate how well our model did.
train_loss = estimator.evaluate(input_fn=input_fn)
eval_loss = estimator.evaluate(input_fn=eval_input_fn)
print("train loss: %r"% train_loss)
print("eval loss: %r"% eval_loss)
print("keys: %s" % sorted(train_loss.keys()))
print("weight: %.2f bias: %.2f" % (estimator.get_variable_value("linear/x/weight")[0][0],
                                    estimator.get_variable_value("linear/bias_weight")[0]))

# expect-value: /^train loss: .*'loss': ([\d.e-]+)/ < 0.001
# expect-value: /^eval loss: .*'loss': ([\d.e-]+)/ < 0.02
# expect-value: /^train loss: .*'global_step': (\d+)/ == 1000
# expect-line: keys: ['global_step', 'loss']
# expect-line: weight: -1.00 bias: 1.00
