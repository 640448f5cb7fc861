# Models: MorvanZhou/tutorials tensorflowTUT/tf22_scope/tf22_scope.py (and tf22_RNN_scope.py)
# Checks: Morvan's lesson on name_scope versus variable_scope: under tf.name_scope a
# tf.get_variable ignores the scope (var1:0) while tf.Variable takes it and dedupes repeated names
# (a_name_scope/var2:0, var2_1:0, var2_2:0); under tf.variable_scope(...) as scope,
# scope.reuse_variables() makes tf.get_variable return the same variable (var3 is var3_reuse)
# while tf.Variable still creates var4_1; then the RNN-scope lesson: a TrainConfig and a TestConfig
# class, an RNN class whose graph (input layer, BasicLSTMCell under dynamic_rnn, output layer,
# a gradient-descent train op) is built the "wrong" way (train_rnn and test_rnn scopes: two sets of
# 6 weights) and the "right" way, twice inside one tf.variable_scope('rnn') with
# scope.reuse_variables() between, so the test model shares every weight of the training model
# (same weights: on all-ones inputs the test model's one step equals the training model's first
# step). The optimizer is plain gradient descent: an Adam built after reuse_variables() would make
# TF1 raise its "Variable .../Adam/ does not exist" error (slots are get_variable calls). Printed names and values are TF1's (they follow
# from the scoping rules; nothing random is printed).
import numpy as np
import tensorflow as tf

tf.set_random_seed(1)  # reproducible

with tf.name_scope("a_name_scope"):
    initializer = tf.constant_initializer(value=1)
    var1 = tf.get_variable(name='var1', shape=[1], dtype=tf.float32, initializer=initializer)
    var2 = tf.Variable(name='var2', initial_value=[2], dtype=tf.float32)
    var21 = tf.Variable(name='var2', initial_value=[2.1], dtype=tf.float32)
    var22 = tf.Variable(name='var2', initial_value=[2.2], dtype=tf.float32)


with tf.Session() as sess:
    sess.run(tf.initialize_all_variables())
    print(var1.name)        # var1:0
    print(sess.run(var1))   # [ 1.]
    print(var2.name)        # a_name_scope/var2:0
    print(sess.run(var2))   # [ 2.]
    print(var21.name)       # a_name_scope/var2_1:0
    print(sess.run(var21))  # [ 2.0999999]
    print(var22.name)       # a_name_scope/var2_2:0
    print(sess.run(var22))  # [ 2.20000005]


with tf.variable_scope("a_variable_scope") as scope:
    initializer = tf.constant_initializer(value=3)
    var3 = tf.get_variable(name='var3', shape=[1], dtype=tf.float32, initializer=initializer)
    scope.reuse_variables()
    var3_reuse = tf.get_variable(name='var3',)
    var4 = tf.Variable(name='var4', initial_value=[4], dtype=tf.float32)
    var4_reuse = tf.Variable(name='var4', initial_value=[4], dtype=tf.float32)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(var3.name)            # a_variable_scope/var3:0
    print(sess.run(var3))       # [ 3.]
    print(var3_reuse.name)      # a_variable_scope/var3:0
    print(sess.run(var3_reuse)) # [ 3.]
    print(var4.name)            # a_variable_scope/var4:0
    print(sess.run(var4))       # [ 4.]
    print(var4_reuse.name)      # a_variable_scope/var4_1:0
    print(sess.run(var4_reuse)) # [ 4.]
    print('var3 is var3_reuse:', var3 is var3_reuse)


# tf22_RNN_scope.py
class TrainConfig:
    batch_size = 20
    time_steps = 20
    input_size = 10
    output_size = 2
    cell_size = 11
    learning_rate = 0.01


class TestConfig(TrainConfig):
    time_steps = 1


class RNN(object):

    def __init__(self, config):
        self._batch_size = config.batch_size
        self._time_steps = config.time_steps
        self._input_size = config.input_size
        self._output_size = config.output_size
        self._cell_size = config.cell_size
        self._lr = config.learning_rate
        self._built_RNN()

    def _built_RNN(self):
        with tf.variable_scope('inputs'):
            self._xs = tf.placeholder(tf.float32, [self._batch_size, self._time_steps, self._input_size], name='xs')
            self._ys = tf.placeholder(tf.float32, [self._batch_size, self._time_steps, self._output_size], name='ys')
        with tf.name_scope('RNN'):
            with tf.variable_scope('input_layer'):
                l_in_x = tf.reshape(self._xs, [-1, self._input_size], name='2_2D')  # (batch*n_step, in_size)
                # Ws (in_size, cell_size)
                Wi = self._weight_variable([self._input_size, self._cell_size])
                print(Wi.name)
                # bs (cell_size, )
                bi = self._bias_variable([self._cell_size, ])
                # l_in_y = (batch * n_steps, cell_size)
                with tf.name_scope('Wx_plus_b'):
                    l_in_y = tf.matmul(l_in_x, Wi) + bi
                l_in_y = tf.reshape(l_in_y, [-1, self._time_steps, self._cell_size], name='2_3D')

            with tf.variable_scope('cell'):
                cell = tf.contrib.rnn.BasicLSTMCell(self._cell_size)
                with tf.name_scope('initial_state'):
                    self._cell_initial_state = cell.zero_state(self._batch_size, dtype=tf.float32)

                self.cell_outputs = []
                cell_state = self._cell_initial_state
                outputs, cell_state = tf.nn.dynamic_rnn(cell, l_in_y, initial_state=cell_state, time_major=False)
                self._cell_final_state = cell_state

            with tf.variable_scope('output_layer'):
                # cell_outputs_reshaped (BATCH*TIME_STEP, CELL_SIZE)
                cell_outputs_reshaped = tf.reshape(outputs, [-1, self._cell_size])
                Wo = self._weight_variable((self._cell_size, self._output_size))
                bo = self._bias_variable((self._output_size,))
                product = tf.matmul(cell_outputs_reshaped, Wo) + bo
                # _pred shape (batch*time_step, output_size)
                self._pred = tf.nn.relu(product)    # for displacement

        with tf.name_scope('cost'):
            _pred = tf.reshape(self._pred, [self._batch_size, self._time_steps, self._output_size])
            mse = self.ms_error(_pred, self._ys)
            mse_ave_across_batch = tf.reduce_mean(mse, 0)
            mse_sum_across_time = tf.reduce_sum(mse_ave_across_batch, 0)
            self._cost = mse_sum_across_time
            self._cost_ave_time = self._cost / self._time_steps

        with tf.variable_scope('trian'):
            self._lr = tf.convert_to_tensor(self._lr)
            self.train_op = tf.train.GradientDescentOptimizer(self._lr).minimize(self._cost)

    @staticmethod
    def ms_error(y_target, y_pre):
        return tf.square(tf.subtract(y_target, y_pre))

    @staticmethod
    def _weight_variable(shape, name='weights'):
        initializer = tf.random_normal_initializer(mean=0., stddev=0.5, )
        return tf.get_variable(shape=shape, initializer=initializer, name=name)

    @staticmethod
    def _bias_variable(shape, name='biases'):
        initializer = tf.constant_initializer(0.1)
        return tf.get_variable(name=name, shape=shape, initializer=initializer)


train_config = TrainConfig()
test_config = TestConfig()

# the wrong method to reuse parameters in train rnn
with tf.variable_scope('train_rnn'):
    train_rnn1 = RNN(train_config)
with tf.variable_scope('test_rnn'):
    test_rnn1 = RNN(test_config)

# the right method to reuse parameters in train rnn
with tf.variable_scope('rnn') as scope:
    sess = tf.Session()
    train_rnn2 = RNN(train_config)
    scope.reuse_variables()
    test_rnn2 = RNN(test_config)
    sess.run(tf.global_variables_initializer())

trainable = [v.name for v in tf.trainable_variables()]
print('trainable variables:', len(trainable))
for name in trainable:
    if name.startswith('rnn/') or name.startswith('test_rnn/'):
        print(' ', name)
w_train, w_test = sess.run([train_rnn2._pred, test_rnn2._pred], {
    train_rnn2._xs: np.ones([20, 20, 10]), test_rnn2._xs: np.ones([20, 1, 10])})
print('shared weights give the same first step:', np.allclose(w_train.reshape(20, 20, 2)[:, 0], w_test))
print('test model shape:', test_rnn2._pred.shape, 'train model shape:', train_rnn2._pred.shape)

# expect-line: var1:0
# expect-line: a_name_scope/var2_2:0
# expect-line: [2.2]
# expect-line: a_variable_scope/var4_1:0
# expect-line: var3 is var3_reuse: True
# expect-count: /^rnn\/input_layer\/weights:0$/ 2
# expect-count: /^\w+\/input_layer\/weights:0$/ 4
# expect-line: trainable variables: 25
# expect-line: shared weights give the same first step: True
# expect-line: rnn/cell/rnn/basic_lstm_cell/kernel:0
# expect-line: test model shape: (20, 2) train model shape: (400, 2)
