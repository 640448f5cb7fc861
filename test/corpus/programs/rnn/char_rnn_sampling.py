# Models: sherjilozair/char-rnn-tensorflow model.py, train.py and utils.py (TextLoader)
# Checks: the char-rnn Model class: a TextLoader building vocab with collections.Counter sorted
# by count, tensor batches from np.split of reshaped data with ydata shifted by one, a
# MultiRNNCell of rnn.BasicLSTMCell layers, embedding_lookup + tf.split + tf.squeeze into a list
# of inputs, tf.contrib.legacy_seq2seq.rnn_decoder with a loop_function used only for sampling,
# legacy_seq2seq.sequence_loss_by_example, tf.clip_by_global_norm + AdamOptimizer with an
# assignable lr variable decayed per epoch, the "{}/{} (epoch {}), train_loss = {:.3f}" log, and
# sample() with the weighted_pick helper (np.cumsum + np.searchsorted over np.random.rand). The
# loss falls and the sample has the requested length of vocabulary characters. Small sizes: 2
# layers of 64 units, 8 x 20 batches, 8 epochs of the first 3,200 characters of tiny_corpus.txt.
import collections
import numpy as np
import tensorflow as tf
from tensorflow.contrib import rnn
from tensorflow.contrib import legacy_seq2seq


class TextLoader():
    def __init__(self, text, batch_size, seq_length):
        self.batch_size = batch_size
        self.seq_length = seq_length
        counter = collections.Counter(text)
        count_pairs = sorted(counter.items(), key=lambda x: -x[1])
        self.chars, _ = zip(*count_pairs)
        self.vocab_size = len(self.chars)
        self.vocab = dict(zip(self.chars, range(len(self.chars))))
        self.tensor = np.array(list(map(self.vocab.get, text)))
        self.create_batches()
        self.reset_batch_pointer()

    def create_batches(self):
        self.num_batches = int(self.tensor.size / (self.batch_size * self.seq_length))
        self.tensor = self.tensor[:self.num_batches * self.batch_size * self.seq_length]
        xdata = self.tensor
        ydata = np.copy(self.tensor)
        ydata[:-1] = xdata[1:]
        ydata[-1] = xdata[0]
        self.x_batches = np.split(xdata.reshape(self.batch_size, -1), self.num_batches, 1)
        self.y_batches = np.split(ydata.reshape(self.batch_size, -1), self.num_batches, 1)

    def next_batch(self):
        x, y = self.x_batches[self.pointer], self.y_batches[self.pointer]
        self.pointer += 1
        return x, y

    def reset_batch_pointer(self):
        self.pointer = 0


class Model():
    def __init__(self, args, training=True):
        self.args = args
        if not training:
            args.batch_size = 1
            args.seq_length = 1
        cells = []
        for _ in range(args.num_layers):
            cells.append(rnn.BasicLSTMCell(args.rnn_size))
        self.cell = cell = rnn.MultiRNNCell(cells, state_is_tuple=True)

        self.input_data = tf.placeholder(tf.int32, [args.batch_size, args.seq_length])
        self.targets = tf.placeholder(tf.int32, [args.batch_size, args.seq_length])
        self.initial_state = cell.zero_state(args.batch_size, tf.float32)

        with tf.variable_scope('rnnlm'):
            softmax_w = tf.get_variable("softmax_w", [args.rnn_size, args.vocab_size])
            softmax_b = tf.get_variable("softmax_b", [args.vocab_size])

        embedding = tf.get_variable("embedding", [args.vocab_size, args.rnn_size])
        inputs = tf.nn.embedding_lookup(embedding, self.input_data)
        inputs = tf.split(inputs, args.seq_length, 1)
        inputs = [tf.squeeze(input_, [1]) for input_ in inputs]

        def loop(prev, _):
            prev = tf.matmul(prev, softmax_w) + softmax_b
            prev_symbol = tf.stop_gradient(tf.argmax(prev, 1))
            return tf.nn.embedding_lookup(embedding, prev_symbol)

        outputs, last_state = legacy_seq2seq.rnn_decoder(inputs, self.initial_state, cell,
                                                         loop_function=loop if not training else None, scope='rnnlm')
        output = tf.reshape(tf.concat(outputs, 1), [-1, args.rnn_size])

        self.logits = tf.matmul(output, softmax_w) + softmax_b
        self.probs = tf.nn.softmax(self.logits)
        loss = legacy_seq2seq.sequence_loss_by_example(
            [self.logits], [tf.reshape(self.targets, [-1])],
            [tf.ones([args.batch_size * args.seq_length])])
        with tf.name_scope('cost'):
            self.cost = tf.reduce_sum(loss) / args.batch_size / args.seq_length
        self.final_state = last_state
        self.lr = tf.Variable(0.0, trainable=False)
        tvars = tf.trainable_variables()
        grads, _ = tf.clip_by_global_norm(tf.gradients(self.cost, tvars), args.grad_clip)
        with tf.name_scope('optimizer'):
            optimizer = tf.train.AdamOptimizer(self.lr)
        self.train_op = optimizer.apply_gradients(zip(grads, tvars))

    def sample(self, sess, chars, vocab, num=200, prime='The ', sampling_type=1):
        state = sess.run(self.cell.zero_state(1, tf.float32))
        for char in prime[:-1]:
            x = np.zeros((1, 1))
            x[0, 0] = vocab[char]
            feed = {self.input_data: x, self.initial_state: state}
            [state] = sess.run([self.final_state], feed)

        def weighted_pick(weights):
            t = np.cumsum(weights)
            s = np.sum(weights)
            return int(np.searchsorted(t, np.random.rand(1) * s))

        ret = prime
        char = prime[-1]
        for _ in range(num):
            x = np.zeros((1, 1))
            x[0, 0] = vocab[char]
            feed = {self.input_data: x, self.initial_state: state}
            [probs, state] = sess.run([self.probs, self.final_state], feed)
            p = probs[0]
            sample = weighted_pick(p)
            pred = chars[sample]
            ret += pred
            char = pred
        return ret


class Args(object):
    pass


args = Args()
args.rnn_size, args.num_layers, args.batch_size, args.seq_length = 64, 2, 8, 20
args.num_epochs, args.grad_clip, args.learning_rate, args.decay_rate = 8, 5., 0.01, 0.97

with open('../../data/tiny_corpus.txt') as f:
    text = f.read()[:3200]
data_loader = TextLoader(text, args.batch_size, args.seq_length)
args.vocab_size = data_loader.vocab_size
print('vocab size', args.vocab_size, 'batches', data_loader.num_batches)

np.random.seed(7)
with tf.Graph().as_default():
    with tf.variable_scope('model'):
        model = Model(args)
    # AUTO_REUSE, not reuse=True: Model() always builds its AdamOptimizer, whose slot variables
    # TF creates with get_variable, so under reuse=True TF1 raises "Variable .../Adam/ does not
    # exist" (the original samples from a fresh process, sample.py, where the graph is new).
    with tf.variable_scope('model', reuse=tf.AUTO_REUSE):
        sampler = Model(args, training=False)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for e in range(args.num_epochs):
            sess.run(tf.assign(model.lr, args.learning_rate * (args.decay_rate ** e)))
            data_loader.reset_batch_pointer()
            state = sess.run(model.initial_state)
            for b in range(data_loader.num_batches):
                x, y = data_loader.next_batch()
                feed = {model.input_data: x, model.targets: y}
                for i, (c, h) in enumerate(model.initial_state):
                    feed[c] = state[i].c
                    feed[h] = state[i].h
                train_loss, state, _ = sess.run([model.cost, model.final_state, model.train_op], feed)
                if b == data_loader.num_batches - 1:
                    print("{}/{} (epoch {}), train_loss = {:.3f}".format(
                        e * data_loader.num_batches + b, args.num_epochs * data_loader.num_batches, e, train_loss))
        sample = sampler.sample(sess, data_loader.chars, data_loader.vocab, 60, prime=text[:4])
        print('sample length', len(sample), all(c in data_loader.vocab for c in sample))

# expect-decrease: /train_loss = ([\d.]+)$/ 0.8
# expect-line: sample length 64 True
