# Models: hunkim/DeepLearningZeroToAll lab-10-6-mnist_nn_batchnorm.ipynb
# Checks: a Model class building tf.layers.dense + tf.layers.batch_normalization(training=mode
# placeholder) under tf.variable_scope(name) and 'layer{}'.format(i), tf.contrib.layers.flatten,
# the train op made to depend on tf.get_collection(UPDATE_OPS, scope=name), a Solver class feeding
# the mode, a batch-norm model and a plain one trained side by side, per-epoch "[Epoch k-TRAIN]"
# lines, the moving statistics having moved, and validation accuracy >= 0.85 for both.
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data

mnist = input_data.read_data_sets("MNIST_data/", one_hot=True)


class Model:
    """A fully connected net; the batch-norm variant normalizes before each activation."""

    def __init__(self, name, input_dim, output_dim, hidden_dims=[32, 32], use_batchnorm=True,
                 activation_fn=tf.nn.relu, optimizer=tf.train.AdamOptimizer, lr=0.01):
        with tf.variable_scope(name):
            self.X = tf.placeholder(tf.float32, [None, input_dim], name='X')
            self.y = tf.placeholder(tf.float32, [None, output_dim], name='y')
            self.mode = tf.placeholder(tf.bool, name='train_mode')

            net = self.X
            for i, h_dim in enumerate(hidden_dims):
                with tf.variable_scope('layer{}'.format(i)):
                    net = tf.layers.dense(net, h_dim)
                    if use_batchnorm:
                        net = tf.layers.batch_normalization(net, training=self.mode)
                    net = activation_fn(net)

            net = tf.contrib.layers.flatten(net)
            net = tf.layers.dense(net, output_dim)

            self.loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=net, labels=self.y), name='loss')

            # The moving averages only update when the train op depends on them.
            update_ops = tf.get_collection(tf.GraphKeys.UPDATE_OPS, scope=name)
            with tf.control_dependencies(update_ops):
                self.train_op = optimizer(lr).minimize(self.loss)

            softmax = tf.nn.softmax(net, name='softmax')
            correct = tf.equal(tf.argmax(softmax, 1), tf.argmax(self.y, 1))
            self.accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))


class Solver:
    def __init__(self, sess, model):
        self.model = model
        self.sess = sess

    def train(self, X, y):
        feed = {self.model.X: X, self.model.y: y, self.model.mode: True}
        return self.sess.run([self.model.train_op, self.model.loss], feed_dict=feed)

    def evaluate(self, X, y):
        feed = {self.model.X: X, self.model.y: y, self.model.mode: False}
        return self.sess.run([self.model.loss, self.model.accuracy], feed_dict=feed)


input_dim, output_dim = 784, 10
N = mnist.train.num_examples

tf.reset_default_graph()
sess = tf.InteractiveSession()

bn = Model('batchnorm', input_dim, output_dim, use_batchnorm=True)
nn = Model('no_norm', input_dim, output_dim, use_batchnorm=False)
bn_solver = Solver(sess, bn)
nn_solver = Solver(sess, nn)

print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), [v.name for v in tf.global_variables() if 'layer0' in v.name and 'batchnorm' in v.name and 'Adam' not in v.name])

epoch_n = 3
batch_size = 32

sess.run(tf.global_variables_initializer())
for epoch in range(epoch_n):
    for _ in range(N // batch_size):
        X_batch, y_batch = mnist.train.next_batch(batch_size)
        _, bn_loss = bn_solver.train(X_batch, y_batch)
        _, nn_loss = nn_solver.train(X_batch, y_batch)

    b_loss, b_acc = bn_solver.evaluate(mnist.train.images, mnist.train.labels)
    n_loss, n_acc = nn_solver.evaluate(mnist.train.images, mnist.train.labels)
    print('[Epoch {}-TRAIN] Batchnorm Loss(Acc): {:.5f}({:.2%}) vs No Batchnorm Loss(Acc): {:.5f}({:.2%})'.format(epoch, b_loss, b_acc, n_loss, n_acc))

    b_loss, b_acc = bn_solver.evaluate(mnist.validation.images, mnist.validation.labels)
    n_loss, n_acc = nn_solver.evaluate(mnist.validation.images, mnist.validation.labels)
    print('[Epoch {}-VALID] Batchnorm Loss(Acc): {:.5f}({:.2%}) vs No Batchnorm Loss(Acc): {:.5f}({:.2%})'.format(epoch, b_loss, b_acc, n_loss, n_acc))
    print()

moving_mean = [v for v in tf.global_variables() if v.name == 'batchnorm/layer0/batch_normalization/moving_mean:0'][0]
print('moving mean moved:', bool(abs(sess.run(moving_mean)).sum() > 0))
print('Final validation accuracy: {:.4f} {:.4f}'.format(b_acc, n_acc))

# expect-line: 4 ['batchnorm/layer0/dense/kernel:0', 'batchnorm/layer0/dense/bias:0', 'batchnorm/layer0/batch_normalization/gamma:0', 'batchnorm/layer0/batch_normalization/beta:0', 'batchnorm/layer0/batch_normalization/moving_mean:0', 'batchnorm/layer0/batch_normalization/moving_variance:0']
# expect-count: /^\[Epoch [0-2]-TRAIN\] Batchnorm Loss\(Acc\): [\d.]+\([\d.]+%\) vs No Batchnorm/ 3
# expect-line: moving mean moved: True
# expect-value: /^Final validation accuracy: ([\d.]+) / >= 0.85
# expect-value: /^Final validation accuracy: [\d.]+ ([\d.]+)$/ >= 0.85
# corpus-timeout: 240
