# Models: golbin/TensorFlow-Tutorials 03 - TensorFlow Basic/03 - Linear Regression.py
# Checks: tf.random_uniform starting values, named placeholders, printing a named placeholder, and
# predictions for X = 5 and X = 2.5 after 100 steps of gradient descent on y = x.
import tensorflow as tf

x_data = [1, 2, 3]
y_data = [1, 2, 3]

W = tf.Variable(tf.random_uniform([1], -1.0, 1.0))
b = tf.Variable(tf.random_uniform([1], -1.0, 1.0))

# name: the name shows in TensorBoard and in error messages.
X = tf.placeholder(tf.float32, name="X")
Y = tf.placeholder(tf.float32, name="Y")
print(X)
print(Y)

# X and W form a linear relation
hypothesis = W * X + b

# loss: mean of the squared distances
cost = tf.reduce_mean(tf.square(hypothesis - Y))
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.1)
train_op = optimizer.minimize(cost)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())

    for step in range(100):
        _, cost_val = sess.run([train_op, cost], feed_dict={X: x_data, Y: y_data})
        if step % 20 == 0:
            print(step, cost_val, sess.run(W), sess.run(b))

    print("\n=== Test ===")
    print("X: 5, Y:", sess.run(hypothesis, feed_dict={X: 5}))
    print("X: 2.5, Y:", sess.run(hypothesis, feed_dict={X: 2.5}))

# expect-line: Tensor("X:0", dtype=float32)
# expect-line: Tensor("Y:0", dtype=float32)
# expect-line: === Test ===
# expect-value: /^X: 5, Y: \[([\d.]+)\]$/ ~= 5.0 0.2
# expect-value: /^X: 2.5, Y: \[([\d.]+)\]$/ ~= 2.5 0.1
