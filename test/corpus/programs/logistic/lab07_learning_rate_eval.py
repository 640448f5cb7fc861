# Models: hunkim/DeepLearningZeroToAll lab-07-1-learning_rate_and_evaluation.py
# Checks: a 3-class softmax classifier trained on 8 rows and evaluated on 3 held-out rows, W and b
# from tf.random_normal under tf.set_random_seed(777), the cross-entropy written out with
# reduce_sum(Y * log(hypothesis), axis=1), lr 0.1 gradient descent for 201 steps, the
# "step cost W" log with the 3x3 weight matrix, and what the real program prints at the end:
# "Prediction: [2 2 2]" and "Accuracy:  1.0" (2 of 200 NumPy restarts from other random weights
# end differently, so the test rows are well inside class 2).
import tensorflow as tf
tf.set_random_seed(777)  # for reproducibility

x_data = [[1, 2, 1],
          [1, 3, 2],
          [1, 3, 4],
          [1, 5, 5],
          [1, 7, 5],
          [1, 2, 5],
          [1, 6, 6],
          [1, 7, 7]]
y_data = [[0, 0, 1],
          [0, 0, 1],
          [0, 0, 1],
          [0, 1, 0],
          [0, 1, 0],
          [0, 1, 0],
          [1, 0, 0],
          [1, 0, 0]]

# Evaluation data the model never trains on
x_test = [[2, 1, 1],
          [3, 1, 2],
          [3, 3, 4]]
y_test = [[0, 0, 1],
          [0, 0, 1],
          [0, 0, 1]]

X = tf.placeholder("float", [None, 3])
Y = tf.placeholder("float", [None, 3])

W = tf.Variable(tf.random_normal([3, 3]))
b = tf.Variable(tf.random_normal([3]))

hypothesis = tf.nn.softmax(tf.matmul(X, W) + b)
cost = tf.reduce_mean(-tf.reduce_sum(Y * tf.log(hypothesis), axis=1))
# Try learning_rate=1.5 (cost goes to nan) or 1e-10 (nothing moves).
optimizer = tf.train.GradientDescentOptimizer(learning_rate=0.1).minimize(cost)

prediction = tf.arg_max(hypothesis, 1)
is_correct = tf.equal(prediction, tf.arg_max(Y, 1))
accuracy = tf.reduce_mean(tf.cast(is_correct, tf.float32))

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())

    for step in range(201):
        cost_val, W_val, _ = sess.run(
            [cost, W, optimizer], feed_dict={X: x_data, Y: y_data})
        if step % 40 == 0:
            print(step, cost_val, W_val)

    print("Prediction:", sess.run(prediction, feed_dict={X: x_test}))
    print("Accuracy: ", sess.run(accuracy, feed_dict={X: x_test, Y: y_test}))

# expect-count: /^(0|40|80|120|160|200) [\d.e+-]+ \[\[/ 6
# expect-decrease: /^\d+ ([\d.e+-]+) \[\[/ 1.0
# expect-line: Prediction: [2 2 2]
# expect-line: Accuracy:  1.0
