# Models: hunkim/ReinforcementZeroToAll 06_q_net_frozenlake.py
# Checks: a one-layer Q-network (one-hot state from np.identity(16)[s:s + 1], W from
# tf.random_uniform([16, 4], 0, 0.01), Qpred = tf.matmul(X, W), squared-error loss against the
# Bellman target), e-greedy with e = 1. / ((i / 50) + 10), a small pure-Python deterministic
# FrozenLake standing in for gym's (no gym here), the "Percent of successful episodes" line and the
# greedy policy reaching the goal from the start.
import numpy as np
import tensorflow as tf


class FrozenLake(object):
    """4x4 lake, not slippery: S start, F frozen, H hole, G goal (gym's FrozenLake-v0 map)."""
    MAP = ["SFFF", "FHFH", "FFFH", "HFFG"]

    def __init__(self):
        self.desc = "".join(self.MAP)
        self.nrow, self.ncol = 4, 4
        self.observation_space_n = 16
        self.action_space_n = 4
        self.s = 0

    def reset(self):
        self.s = 0
        self.t = 0
        return self.s

    def sample(self):
        return np.random.randint(self.action_space_n)

    def step(self, a):
        row, col = divmod(self.s, self.ncol)
        if a == 0:  # left
            col = max(col - 1, 0)
        elif a == 1:  # down
            row = min(row + 1, self.nrow - 1)
        elif a == 2:  # right
            col = min(col + 1, self.ncol - 1)
        elif a == 3:  # up
            row = max(row - 1, 0)
        self.s = row * self.ncol + col
        self.t += 1
        cell = self.desc[self.s]
        done = cell in "GH" or self.t >= 100
        reward = 1.0 if cell == "G" else 0.0
        return self.s, reward, done, {}


np.random.seed(7)
tf.set_random_seed(7)
env = FrozenLake()

input_size = env.observation_space_n
output_size = env.action_space_n
learning_rate = 0.1


def one_hot(x):
    return np.identity(16)[x:x + 1]


X = tf.placeholder(shape=[1, input_size], dtype=tf.float32)
W = tf.Variable(tf.random_uniform([input_size, output_size], 0, 0.01))

Qpred = tf.matmul(X, W)
Y = tf.placeholder(shape=[1, output_size], dtype=tf.float32)

loss = tf.reduce_sum(tf.square(Y - Qpred))
train = tf.train.GradientDescentOptimizer(learning_rate=learning_rate).minimize(loss)

dis = .99
num_episodes = 400

rList = []
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    for i in range(num_episodes):
        s = env.reset()
        e = 1. / ((i / 50) + 10)
        rAll = 0
        done = False
        while not done:
            Qs = sess.run(Qpred, feed_dict={X: one_hot(s)})
            if np.random.rand(1) < e:
                a = env.sample()
            else:
                a = np.argmax(Qs)

            s1, reward, done, _ = env.step(a)
            if done:
                Qs[0, a] = reward
            else:
                Qs1 = sess.run(Qpred, feed_dict={X: one_hot(s1)})
                Qs[0, a] = reward + dis * np.max(Qs1)

            sess.run(train, feed_dict={X: one_hot(s), Y: Qs})
            rAll += reward
            s = s1
        rList.append(rAll)

    print("Percent of successful episodes: " + str(sum(rList) / num_episodes) + "%")

    # Play greedily once with the learned Q-network.
    s = env.reset()
    done = False
    path = [s]
    total = 0
    while not done:
        a = sess.run(tf.argmax(Qpred, 1), feed_dict={X: one_hot(s)})[0]
        s, reward, done, _ = env.step(a)
        path.append(s)
        total += reward
    print("Greedy path:", path)
    print("Greedy reward:", total)

# expect-value: /^Percent of successful episodes: ([\d.]+)%$/ >= 0.3
# expect-line: Greedy reward: 1.0
