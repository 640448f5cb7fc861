# Models: tensorflow/tensorflow tensorflow/docs_src/get_started/get_started.md (tf.contrib.learn custom model, TF 1.0)
# Checks: tf.contrib.learn.Estimator(model_fn=model) where model returns tf.contrib.learn.ModelFnOps
# (float64 W and b from tf.get_variable, the summed squared error, a train op grouping SGD at 0.01
# with an explicit global_step increment), fit(input_fn=, steps=1000) with
# tf.contrib.learn.io.numpy_input_fn and evaluate(steps=10): global_step 1000 and the loss near 0
# (the tutorial prints 5.98e-11: gradient descent on y = 1 - x from the Glorot-uniform start
# converges to the exact line), and the checkpoint's W and b: -1 and 1 to 4 decimals. (Its model
# cannot predict: in INFER mode labels is None and `y - labels` fails, in TF as here.)
import numpy as np
import tensorflow as tf
# Declare list of features, we only have one real-valued feature
def model(features, labels, mode):
  # Build a linear model and predict values
  W = tf.get_variable("W", [1], dtype=tf.float64)
  b = tf.get_variable("b", [1], dtype=tf.float64)
  y = W*features['x'] + b
  # Loss sub-graph
  loss = tf.reduce_sum(tf.square(y - labels))
  # Training sub-graph
  global_step = tf.train.get_global_step()
  optimizer = tf.train.GradientDescentOptimizer(0.01)
  train = tf.group(optimizer.minimize(loss),
                   tf.assign_add(global_step, 1))
  # ModelFnOps connects subgraphs we built to the
  # appropriate functionality.
  return tf.contrib.learn.ModelFnOps(
      mode=mode, predictions=y,
      loss= loss,
      train_op=train)

estimator = tf.contrib.learn.Estimator(model_fn=model)
# define our data set
x=np.array([1., 2., 3., 4.])
y=np.array([0., -1., -2., -3.])
input_fn = tf.contrib.learn.io.numpy_input_fn({"x": x}, y, 4, num_epochs=1000)

# train
estimator.fit(input_fn=input_fn, steps=1000)
# evaluate our model
print(estimator.evaluate(input_fn=input_fn, steps=10))
print("W: %.4f b: %.4f" % (estimator.get_variable_value("W")[0], estimator.get_variable_value("b")[0]))

# expect-value: /'loss': ([\d.e-]+)/ < 1e-6
# expect-value: /'global_step': (\d+)/ == 1000
# expect-line: W: -1.0000 b: 1.0000
