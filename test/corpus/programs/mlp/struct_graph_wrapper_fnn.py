# Models: finallyly/tensorflowNN mnist/fnn.py (an FCNN class whose graph is returned as a GraphWrapper of Struct dicts)
# Checks: the "Bunch" idiom `class Struct(dict)` with `self.__dict__ = self` holding the
# placeholders, variables, tensors and ops of a graph (read back as G.phr.x and G.var['W_h1'] and
# iterated with .items()), a private tf.Graph per model with tf.Session(graph=...) and
# sess.as_default() for Tensor.eval / Operation.run, a relu hidden layer with dropout and a
# softmax read out, Adam on -sum(y_ * log(y)), the trained variables copied into self.params and
# a second graph rebuilt from them (tf.Variable(ndarray)) for prediction, and the parameters
# round-tripped through pickle into a fresh FCNN that predicts the same. Python 3 spelling
# (print(), items(), pickle) of the Python 2 original; 300 steps on the 5,000 bundled digits.
import pickle

import numpy as np
import tensorflow as tf
from tensorflow.examples.tutorials.mnist import input_data


def weight_variable(shape):
    initial = tf.truncated_normal(shape, stddev=1.0 / np.sqrt(shape[0]), seed=0)
    return tf.Variable(initial)


def bias_variable(shape):
    return tf.Variable(np.zeros(shape, dtype=np.float32))


class Struct(dict):
    def __init__(self, **kwargs):
        super(Struct, self).__init__(**kwargs)
        self.__dict__ = self


class GraphWrapper(object):
    def __init__(self, graph, phr, var, tsr, ops):
        self.graph = graph
        self.phr = phr
        self.var = var
        self.tsr = tsr
        self.ops = ops


class FCNN(object):
    def __init__(self):
        # the trained values of the graph's variables, by name
        self.params = {}
        self.updated = True
        self.G_run = None
        self.sess_run = None

    def _build_graph(self, input_dim=None, num_classes=None, size_hidden_layer=None, var_val=None):
        graph = tf.Graph()
        with graph.as_default():
            if var_val is not None:
                input_dim = var_val['W_h1'].shape[0]
                num_classes = var_val['W_smx'].shape[1]
                W_h1 = tf.Variable(var_val['W_h1'])
                b_h1 = tf.Variable(var_val['b_h1'])
                W_smx = tf.Variable(var_val['W_smx'])
                b_smx = tf.Variable(var_val['b_smx'])
            else:
                W_h1 = weight_variable([input_dim, size_hidden_layer])
                b_h1 = bias_variable([size_hidden_layer])
                W_smx = weight_variable([size_hidden_layer, num_classes])
                b_smx = bias_variable([num_classes])
            x = tf.placeholder(tf.float32, [None, input_dim])
            y_ = tf.placeholder(tf.float32, [None, num_classes])
            keep_prob = tf.placeholder(tf.float32, name='keep_prob')
            learning_rate = tf.placeholder(tf.float32)
            h1 = tf.nn.relu(tf.matmul(x, W_h1) + b_h1)
            h1_dropout = tf.nn.dropout(h1, keep_prob, seed=1)
            y = tf.nn.softmax(tf.matmul(h1_dropout, W_smx) + b_smx)
            cross_entropy = -tf.reduce_sum(y_ * tf.log(y + 1e-10))
            train_step = tf.train.AdamOptimizer(learning_rate).minimize(cross_entropy)
            correct_predictions = tf.equal(tf.argmax(y, 1), tf.argmax(y_, 1))
            accuracy = tf.reduce_mean(tf.cast(correct_predictions, tf.float32))
            init_vars = tf.global_variables_initializer()
        phr = Struct(x=x, y_=y_, keep_prob=keep_prob, learning_rate=learning_rate)
        var = Struct(W_h1=W_h1, b_h1=b_h1, W_smx=W_smx, b_smx=b_smx)
        tsr = Struct(y=y, accuracy=accuracy)
        ops = Struct(train_step=train_step, init_vars=init_vars)
        return GraphWrapper(graph, phr, var, tsr, ops)

    def fit(self, x, y, size_hidden_layer, batch_size=50, num_epochs=300, learning_rate=1e-3, keep_prob=0.5):
        num_samples = x.shape[0]
        input_dim = x.shape[1]
        y = np.int32(y)
        num_classes = y.max() + 1
        y = self._ordinal_to_onehot(y)
        G = self._build_graph(input_dim, num_classes, size_hidden_layer)
        sess = tf.Session(graph=G.graph)
        with sess.as_default():
            G.ops.init_vars.run()
            head = 0
            indices = np.arange(num_samples)
            for i in range(num_epochs):
                if head + batch_size > num_samples:
                    indices = np.random.permutation(num_samples)
                    head = 0
                selected = indices[head: head + batch_size]
                head += batch_size
                batch_x = x[selected]
                batch_y = y[selected]
                if i % 100 == 0:
                    accuracy = G.tsr.accuracy.eval(feed_dict={G.phr.x: batch_x, G.phr.y_: batch_y, G.phr.keep_prob: 1.0})
                    print('step {s}, accuracy on the training batch is {a:.2f}%'.format(s=i, a=accuracy * 100.0))
                G.ops.train_step.run(feed_dict={G.phr.x: batch_x, G.phr.y_: batch_y,
                                                G.phr.learning_rate: learning_rate,
                                                G.phr.keep_prob: keep_prob})
            for k, v in G.var.items():
                self.params[k] = G.var[k].eval()
        print('trained variables:', sorted(self.params), 'phr keys:', sorted(G.phr.__dict__))
        self.updated = True

    def predict_proba(self, x):
        if len(self.params) < 1:
            raise Exception("empty model")
        if self.updated:
            print('updating running Graph...')
            self.G_run = self._build_graph(var_val=self.params)
            if self.sess_run is not None:
                self.sess_run.close()
            self.sess_run = tf.Session(graph=self.G_run.graph)
            self.sess_run.run(self.G_run.ops.init_vars)
            self.updated = False
        return self.sess_run.run(self.G_run.tsr.y, feed_dict={self.G_run.phr.x: x, self.G_run.phr.keep_prob: 1.0})

    def predict(self, x):
        return np.argmax(self.predict_proba(x), 1)

    def _ordinal_to_onehot(self, y):
        yy = np.zeros((y.shape[0], y.max() + 1), dtype=np.int32)
        yy[np.arange(y.shape[0]), y] = 1
        return yy


np.random.seed(0)
mnist = input_data.read_data_sets("MNIST_data/", one_hot=False)
fcnn = FCNN()
fcnn.fit(x=mnist.train.images, y=mnist.train.labels, size_hidden_layer=100,
         learning_rate=1e-3, keep_prob=0.5, batch_size=50, num_epochs=300)
predicted = fcnn.predict(mnist.test.images)
accuracy = np.mean(predicted == mnist.test.labels)
print('test accuracy is {a:.2f}%'.format(a=accuracy * 100.0))

params = pickle.loads(pickle.dumps(fcnn.params))
fcnn2 = FCNN()
fcnn2.params = params
same = np.array_equal(fcnn2.predict(mnist.test.images), predicted)
print('restored model predicts the same:', same)

# expect-line: trained variables: ['W_h1', 'W_smx', 'b_h1', 'b_smx'] phr keys: ['keep_prob', 'learning_rate', 'x', 'y_']
# expect-count: /^updating running Graph\.\.\.$/ 2
# expect-value: /^test accuracy is ([\d.]+)%$/ >= 85
# expect-line: restored model predicts the same: True
