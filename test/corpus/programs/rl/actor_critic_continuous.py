# Models: MorvanZhou/Reinforcement-learning-with-tensorflow contents/8_Actor_Critic_Advantage/AC_continue_Pendulum.py
# Checks: an Actor class whose Gaussian policy is tf.distributions.Normal(mu * 2, sigma + 0.1)
# (mu from a tanh dense layer, sigma from softplus), the action sampled with normal_dist.sample(1)
# and clipped, the objective log_prob * td_error + 0.01 * entropy maximised with
# AdamOptimizer(lr).minimize(-exp_v, global_step); a Critic class learning V(s) from the TD
# error; tf.variable_scope('Actor') / ('Critic') and tf.layers.dense with
# tf.random_normal_initializer; episodes with "episode: ... reward: ..." logs; and the learned
# mean action pointing back towards 0. Pendulum needs gym, so the environment is a one-dimensional
# "return to the origin" task in pure Python (reward -(s + a)^2, one step per episode).
import numpy as np
import tensorflow as tf

np.random.seed(2)
tf.set_random_seed(2)


class ToyEnv(object):
    """State s in [-1, 1]; the best action is a = -s."""

    def reset(self):
        self.s = np.random.uniform(-1, 1, size=1)
        return self.s

    def step(self, a):
        r = -float((self.s[0] + a[0]) ** 2)
        return self.s, r, True, {}


class Actor(object):
    def __init__(self, sess, n_features, action_bound, lr=0.0001):
        self.sess = sess

        self.s = tf.placeholder(tf.float32, [1, n_features], "state")
        self.a = tf.placeholder(tf.float32, None, name="act")
        self.td_error = tf.placeholder(tf.float32, None, name="td_error")  # TD_error

        l1 = tf.layers.dense(
            inputs=self.s,
            units=30,  # number of hidden units
            activation=tf.nn.relu,
            kernel_initializer=tf.random_normal_initializer(0., .1),  # weights
            bias_initializer=tf.constant_initializer(0.1),  # biases
            name='l1'
        )

        mu = tf.layers.dense(
            inputs=l1,
            units=1,  # number of hidden units
            activation=tf.nn.tanh,
            kernel_initializer=tf.random_normal_initializer(0., .1),  # weights
            bias_initializer=tf.constant_initializer(0.1),  # biases
            name='mu'
        )

        sigma = tf.layers.dense(
            inputs=l1,
            units=1,  # output units
            activation=tf.nn.softplus,  # get action probabilities
            kernel_initializer=tf.random_normal_initializer(0., .1),  # weights
            bias_initializer=tf.constant_initializer(1.),  # biases
            name='sigma'
        )
        global_step = tf.Variable(0, trainable=False)
        self.mu, self.sigma = tf.squeeze(mu * action_bound[1]), tf.squeeze(sigma + 0.1)
        self.normal_dist = tf.distributions.Normal(self.mu, self.sigma)

        self.action = tf.clip_by_value(self.normal_dist.sample(1), action_bound[0], action_bound[1])

        with tf.name_scope('exp_v'):
            log_prob = self.normal_dist.log_prob(self.a)  # loss without advantage
            self.exp_v = log_prob * self.td_error  # advantage (TD_error) guided loss
            # Add cross entropy cost to encourage exploration
            self.exp_v += 0.01 * self.normal_dist.entropy()

        with tf.name_scope('train'):
            self.train_op = tf.train.AdamOptimizer(lr).minimize(-self.exp_v, global_step)  # min(v) = max(-v)

    def learn(self, s, a, td):
        s = s[np.newaxis, :]
        feed_dict = {self.s: s, self.a: a, self.td_error: td}
        _, exp_v = self.sess.run([self.train_op, self.exp_v], feed_dict)
        return exp_v

    def choose_action(self, s):
        s = s[np.newaxis, :]
        return self.sess.run(self.action, {self.s: s})  # get probabilities for all actions

    def mean_action(self, s):
        return self.sess.run(self.mu, {self.s: np.array([s])})


class Critic(object):
    def __init__(self, sess, n_features, lr=0.01):
        self.sess = sess
        with tf.name_scope('inputs'):
            self.s = tf.placeholder(tf.float32, [1, n_features], "state")
            self.v_ = tf.placeholder(tf.float32, [1, 1], name="v_next")
            self.r = tf.placeholder(tf.float32, name='r')

        with tf.variable_scope('Critic'):
            l1 = tf.layers.dense(
                inputs=self.s,
                units=30,  # number of hidden units
                activation=tf.nn.relu,
                kernel_initializer=tf.random_normal_initializer(0., .1),  # weights
                bias_initializer=tf.constant_initializer(0.1),  # biases
                name='l1'
            )

            self.v = tf.layers.dense(
                inputs=l1,
                units=1,  # output units
                activation=None,
                kernel_initializer=tf.random_normal_initializer(0., .1),  # weights
                bias_initializer=tf.constant_initializer(0.1),  # biases
                name='V'
            )

        with tf.variable_scope('squared_TD_error'):
            self.td_error = tf.reduce_mean(self.r + GAMMA * self.v_ - self.v)
            self.loss = tf.square(self.td_error)  # TD_error = (r+gamma*V_next) - V_eval
        with tf.variable_scope('train'):
            self.train_op = tf.train.AdamOptimizer(lr).minimize(self.loss)

    def learn(self, s, r, s_, done):
        s, s_ = s[np.newaxis, :], s_[np.newaxis, :]
        v_ = np.zeros((1, 1)) if done else self.sess.run(self.v, {self.s: s_})
        td_error, _ = self.sess.run([self.td_error, self.train_op],
                                    {self.s: s, self.v_: v_, self.r: r})
        return td_error


MAX_EPISODE = 1500
GAMMA = 0.9
LR_A = 0.002    # learning rate for actor
LR_C = 0.01     # learning rate for critic

env = ToyEnv()
N_S = 1
A_BOUND = [-2., 2.]

sess = tf.Session()

with tf.variable_scope('Actor'):
    actor = Actor(sess, n_features=N_S, lr=LR_A, action_bound=A_BOUND)
critic = Critic(sess, n_features=N_S, lr=LR_C)

sess.run(tf.global_variables_initializer())
print("policy:", actor.normal_dist.name, actor.action.get_shape())

running_reward = None
for i_episode in range(MAX_EPISODE):
    s = env.reset()
    a = actor.choose_action(s)
    s_, r, done, info = env.step(a)

    td_error = critic.learn(s, r, s_, done)  # gradient = grad[r + gamma * V(s_) - V(s)]
    actor.learn(s, a, td_error)  # true_gradient = grad[logPi(s,a) * td_error]

    running_reward = r if running_reward is None else running_reward * 0.95 + r * 0.05
    if i_episode % 300 == 0:
        print("episode:", i_episode, "  reward:", round(running_reward, 4))

print("final running reward: %.4f" % running_reward)
print("mean action at s=+0.5: %.3f" % actor.mean_action([0.5]))
print("mean action at s=-0.5: %.3f" % actor.mean_action([-0.5]))

# expect-line: policy: Actor/Normal (1,)
# expect-count: /^episode: \d+   reward: / 5
# expect-value: /^mean action at s=\+0.5: ([-\d.]+)$/ < -0.1
# expect-value: /^mean action at s=-0.5: ([-\d.]+)$/ > 0.1
# expect-value: /^final running reward: ([-\d.]+)$/ > -0.5
