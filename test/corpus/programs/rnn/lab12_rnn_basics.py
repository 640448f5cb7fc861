# Models: hunkim/DeepLearningZeroToAll lab-12-0-rnn_basics.ipynb
# Checks: the RNN-basics tour as a script: one-hot 'hello' letters as Python lists, an
# InteractiveSession with outputs.eval(), pprint.PrettyPrinter(indent=4) of the inputs, cells
# under tf.variable_scope blocks ('one_cell', 'two_sequances', '3_batches', ...): a
# tf.contrib.rnn.BasicRNNCell(2) (output_size and state_size 2, outputs of shape (1, 1, 2) and
# (1, 5, 2) inside (-1, 1)), rnn.BasicLSTMCell(2, state_is_tuple=True) on a batch of 3, dynamic_rnn
# with sequence_length=[5, 3, 4] (outputs past each length are exactly 0, the final state's h is
# the last valid output), cell.zero_state(batch_size, tf.float32) as initial_state, a
# MultiRNNCell of 3 LSTM layers on np.arange(45).reshape(3, 5, 3), bidirectional_dynamic_rnn with
# sequence_length=[2, 3, 1] (both directions zero past the length; the backward output at t=0 is
# the backward final h), the NumPy "flatten based softmax" (reshape(-1, 3) @ arange(15)
# .reshape(3, 5), exact values), and tf.contrib.seq2seq.sequence_loss on fixed logits ("Loss:
# 0.646595", "Loss1: 0.313262 Loss2: 1.31326 Loss3: 0.646595": -log softmax averaged). The
# weights are random (the original prints unseeded values), so the RNN checks are structural;
# seeded with tf.set_random_seed(777). The MultiRNNCell is built from 3 separate cells (the
# original's [cell] * 3 shares one cell object, which only TF 1.0 accepted for layers of
# different input sizes).
import tensorflow as tf
import numpy as np
from tensorflow.contrib import rnn
import pprint
tf.set_random_seed(777)
pp = pprint.PrettyPrinter(indent=4)
sess = tf.InteractiveSession()

# One hot encoding for each char in 'hello'
h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]

with tf.variable_scope('one_cell') as scope:
    # One cell RNN input_dim (4) -> output_dim (2)
    hidden_size = 2
    cell = tf.contrib.rnn.BasicRNNCell(num_units=hidden_size)
    print(cell.output_size, cell.state_size)

    x_data = np.array([[h]], dtype=np.float32)  # x_data = [[[1,0,0,0]]]
    pp.pprint(x_data)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, dtype=tf.float32)

    sess.run(tf.global_variables_initializer())
    out = outputs.eval()
    print('one cell', out.shape, out.dtype, bool(np.all(np.abs(out) < 1)))

with tf.variable_scope('two_sequances') as scope:
    # One cell RNN input_dim (4) -> output_dim (2). sequence: 5
    hidden_size = 2
    cell = tf.contrib.rnn.BasicRNNCell(num_units=hidden_size)
    x_data = np.array([[h, e, l, l, o]], dtype=np.float32)
    print(x_data.shape)
    outputs, states = tf.nn.dynamic_rnn(cell, x_data, dtype=tf.float32)
    sess.run(tf.global_variables_initializer())
    out, st = sess.run([outputs, states])
    print('two sequences', out.shape, 'state is last output', bool(np.array_equal(st, out[:, -1])))

with tf.variable_scope('3_batches') as scope:
    # 3 batches 'hello', 'eolll', 'lleel'
    x_data = np.array([[h, e, l, l, o],
                       [e, o, l, l, l],
                       [l, l, e, e, l]], dtype=np.float32)
    pp.pprint(x_data.shape)
    hidden_size = 2
    cell = rnn.BasicLSTMCell(num_units=hidden_size, state_is_tuple=True)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, dtype=tf.float32)
    sess.run(tf.global_variables_initializer())
    print('3 batches', outputs.eval().shape)

with tf.variable_scope('3_batches_dynamic_length') as scope:
    hidden_size = 2
    cell = rnn.BasicLSTMCell(num_units=hidden_size, state_is_tuple=True)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, sequence_length=[5, 3, 4], dtype=tf.float32)
    sess.run(tf.global_variables_initializer())
    out, st = sess.run([outputs, _states])
    print('padded steps zero', bool(np.all(out[1, 3:] == 0)), bool(np.all(out[2, 4:] == 0)),
          'valid steps nonzero', bool(np.all(np.abs(out[1, :3]).sum(axis=-1) > 0)))
    print('final h is last valid output', all(np.array_equal(st.h[i], out[i, n - 1]) for i, n in enumerate([5, 3, 4])))

with tf.variable_scope('initial_state') as scope:
    batch_size = 3
    hidden_size = 2
    cell = rnn.BasicLSTMCell(num_units=hidden_size, state_is_tuple=True)
    initial_state = cell.zero_state(batch_size, tf.float32)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, initial_state=initial_state, dtype=tf.float32)
    sess.run(tf.global_variables_initializer())
    print('initial state', type(initial_state).__name__, initial_state.c.shape, outputs.eval().shape)

# Create input data
batch_size = 3
sequence_length = 5
input_dim = 3

x_data = np.arange(45, dtype=np.float32).reshape(batch_size, sequence_length, input_dim)
pp.pprint(x_data[0])  # batch, sequence_length, input_dim

with tf.variable_scope('generated_data') as scope:
    # One cell RNN input_dim (3) -> output_dim (5). sequence: 5, batch: 3
    cell = rnn.BasicLSTMCell(num_units=5, state_is_tuple=True)
    initial_state = cell.zero_state(batch_size, tf.float32)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, initial_state=initial_state, dtype=tf.float32)
    sess.run(tf.global_variables_initializer())
    print('generated data', outputs.eval().shape)

with tf.variable_scope('MultiRNNCell') as scope:
    # Make rnn: 3 layers
    cells = [rnn.BasicLSTMCell(num_units=5, state_is_tuple=True) for _ in range(3)]
    cell = rnn.MultiRNNCell(cells, state_is_tuple=True)

    # rnn in/out
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, dtype=tf.float32)
    print("dynamic rnn: ", outputs.shape, outputs.dtype)
    sess.run(tf.global_variables_initializer())
    out, st = sess.run([outputs, _states])
    print('multi rnn', out.shape, len(st), 'top h is last output', bool(np.array_equal(st[-1].h, out[:, -1])))

with tf.variable_scope('dynamic_rnn') as scope:
    cell = rnn.BasicLSTMCell(num_units=5, state_is_tuple=True)
    outputs, _states = tf.nn.dynamic_rnn(cell, x_data, dtype=tf.float32, sequence_length=[1, 3, 2])
    # lentgh 1 for batch 1, lentgh 2 for batch 2
    print("dynamic rnn: ", outputs.shape)
    sess.run(tf.global_variables_initializer())
    out = outputs.eval()
    print('lengths 1 3 2 zero after', bool(np.all(out[0, 1:] == 0)), bool(np.all(out[1, 3:] == 0)), bool(np.all(out[2, 2:] == 0)))

with tf.variable_scope('bi-directional') as scope:
    # bi-directional rnn
    cell_fw = rnn.BasicLSTMCell(num_units=5, state_is_tuple=True)
    cell_bw = rnn.BasicLSTMCell(num_units=5, state_is_tuple=True)

    outputs, states = tf.nn.bidirectional_dynamic_rnn(cell_fw, cell_bw, x_data,
                                                      sequence_length=[2, 3, 1],
                                                      dtype=tf.float32)

    sess.run(tf.global_variables_initializer())
    (out_fw, out_bw), (st_fw, st_bw) = sess.run(outputs), sess.run(states)
    print('bi outputs', out_fw.shape, out_bw.shape, type(st_fw).__name__)
    print('bi zero after length', all(bool(np.all(o[i, n:] == 0)) for o in (out_fw, out_bw) for i, n in enumerate([2, 3, 1])))
    print('fw final h is last valid', all(np.array_equal(st_fw.h[i], out_fw[i, n - 1]) for i, n in enumerate([2, 3, 1])))
    print('bw final h is first output', bool(np.array_equal(st_bw.h, out_bw[:, 0])))

# flattern based softmax
hidden_size = 3
sequence_length = 5
batch_size = 3
num_classes = 5

x_data = x_data.reshape(-1, hidden_size)
pp.pprint(x_data.shape)

softmax_w = np.arange(15, dtype=np.float32).reshape(hidden_size, num_classes)
outputs = np.matmul(x_data, softmax_w)
outputs = outputs.reshape(-1, sequence_length, num_classes)  # batch, seq, class
pp.pprint(outputs[0])
print(outputs[2, 4])

# [batch_size, sequence_length]
y_data = tf.constant([[1, 1, 1]])

# [batch_size, sequence_length, emb_dim ]
prediction = tf.constant([[[0, 1], [1, 0], [0, 1]]], dtype=tf.float32)

# [batch_size * sequence_length]
weights = tf.constant([[1, 1, 1]], dtype=tf.float32)

sequence_loss = tf.contrib.seq2seq.sequence_loss(prediction, y_data, weights)
sess.run(tf.global_variables_initializer())
print("Loss: ", sequence_loss.eval())

prediction1 = tf.constant([[[0, 1], [0, 1], [0, 1]]], dtype=tf.float32)
prediction2 = tf.constant([[[1, 0], [1, 0], [1, 0]]], dtype=tf.float32)
prediction3 = tf.constant([[[0, 1], [1, 0], [0, 1]]], dtype=tf.float32)

sequence_loss1 = tf.contrib.seq2seq.sequence_loss(prediction1, y_data, weights)
sequence_loss2 = tf.contrib.seq2seq.sequence_loss(prediction2, y_data, weights)
sequence_loss3 = tf.contrib.seq2seq.sequence_loss(prediction3, y_data, weights)

sess.run(tf.global_variables_initializer())
print("Loss1: ", sequence_loss1.eval(),
      "Loss2: ", sequence_loss2.eval(),
      "Loss3: ", sequence_loss3.eval())

# expect-line: 2 2
# expect-line: one cell (1, 1, 2) float32 True
# expect-line: (1, 5, 4)
# expect-line: two sequences (1, 5, 2) state is last output True
# expect-line: 3 batches (3, 5, 2)
# expect-line: padded steps zero True True valid steps nonzero True
# expect-line: final h is last valid output True
# expect-line: initial state LSTMStateTuple (3, 2) (3, 5, 2)
# expect-line: generated data (3, 5, 5)
# expect-line: dynamic rnn:  (3, 5, 5) <dtype: 'float32'>
# expect-line: multi rnn (3, 5, 5) 3 top h is last output True
# expect-line: lengths 1 3 2 zero after True True True
# expect-line: bi outputs (3, 5, 5) (3, 5, 5) LSTMStateTuple
# expect-line: bi zero after length True
# expect-line: fw final h is last valid True
# expect-line: bw final h is first output True
# expect-line: (15, 3)
# expect-line: array([[ 25.,  28.,  31.,  34.,  37.],
# expect-line:        [205., 244., 283., 322., 361.]], dtype=float32)
# expect-line: [ 655.  784.  913. 1042. 1171.]
# expect-line: Loss:  0.646595
# expect-line: Loss1:  0.313262 Loss2:  1.31326 Loss3:  0.646595
