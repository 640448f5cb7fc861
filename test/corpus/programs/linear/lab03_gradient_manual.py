# Models: hunkim/DeepLearningZeroToAll lab-03-X-minimizing_cost_tf_gradient.py
# Checks: a hand-written gradient equals the one from optimizer.compute_gradients, and
# apply_gradients moves W from 5.0 towards 1.0; deterministic, compared line by line with a float64
# NumPy run of the same updates (reference/linear/lab03_gradient_manual.txt).
import tensorflow as tf

X = [1, 2, 3]
Y = [1, 2, 3]

# Set wrong model weights
W = tf.Variable(5.)

# Linear model
hypothesis = X * W

# Manual gradient
gradient = tf.reduce_mean((W * X - Y) * X) * 2

# cost/loss function
cost = tf.reduce_mean(tf.square(hypothesis - Y))

optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.01)

# Get gradients
gvs = optimizer.compute_gradients(cost, [W])
# Apply gradients
apply_gradients = optimizer.apply_gradients(gvs)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

for step in range(100):
    gradient_val, W_val, gvs_val = sess.run([gradient, W, gvs])
    if step % 10 == 0:
        print(step, "%.5f" % gradient_val, "%.5f" % W_val, "%.5f %.5f" % gvs_val[0])
    sess.run(apply_gradients)

print("W after 100 steps: %.5f" % sess.run(W))
