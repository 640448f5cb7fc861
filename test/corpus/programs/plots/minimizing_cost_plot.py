# Models: hunkim/DeepLearningZeroToAll lab-03-1-minimizing_cost_show_graph.py
# Checks: evaluating a cost over a sweep of W values fed through a placeholder, collecting the
# values in Python lists, plotting cost against W with plt.plot / plt.show, and the exact curve
# minimum (W = 1.0, cost 0.0) and endpoints.
import tensorflow as tf
import matplotlib.pyplot as plt

X = [1, 2, 3]
Y = [1, 2, 3]

W = tf.placeholder(tf.float32)

# Our hypothesis for linear model X * W
hypothesis = X * W

# cost/loss function
cost = tf.reduce_mean(tf.square(hypothesis - Y))

sess = tf.Session()

# Variables for plotting cost function
W_history = []
cost_history = []

for i in range(-30, 50):
    curr_W = i * 0.1
    curr_cost = sess.run(cost, feed_dict={W: curr_W})
    W_history.append(curr_W)
    cost_history.append(curr_cost)

# Show the cost function
plt.plot(W_history, cost_history)
plt.xlabel('W')
plt.ylabel('cost')
plt.show()

best = cost_history.index(min(cost_history))
print(len(W_history), "points; minimum at W = %.1f, cost %.4f" % (W_history[best], cost_history[best]))
print("cost at W = -3.0: %.4f, at W = 4.9: %.4f" % (cost_history[0], cost_history[-1]))

# expect-line: 80 points; minimum at W = 1.0, cost 0.0000
# expect-line: cost at W = -3.0: 74.6667, at W = 4.9: 70.9800
