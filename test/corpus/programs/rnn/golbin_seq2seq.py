# Models: golbin/TensorFlow-Tutorials 10 - RNN/03 - Seq2Seq.py
# Checks: an English -> Korean word translator: a char_arr with the S/E/P symbols and Hangul
# syllables, encoder and decoder BasicRNNCells wrapped in DropoutWrapper(output_keep_prob=0.5)
# under tf.variable_scope('encode'/'decode'), the encoder's final state passed as the decoder's
# initial_state, tf.layers.dense on the 3-D decoder outputs, sparse softmax cross-entropy on int64
# targets, Adam 0.01 for 100 epochs, and the translate() helper that argmaxes over axis 2 and cuts
# at 'E'. The cost falls by far more than 10x; the dropout stays on at translation time, so only
# the training words are checked ("word -> 단어", "love -> 사랑"), which the trained model returns;
# the other three may translate to nothing at all (print then ends the line at '->').
import tensorflow as tf
import numpy as np

# S: 디코딩 입력의 시작, E: 디코딩 출력의 끝, P: 빈 시퀀스를 채우는 심볼
char_arr = [c for c in 'SEPabcdefghijklmnopqrstuvwxyz단어나무놀이소녀키스사랑']
num_dic = {n: i for i, n in enumerate(char_arr)}
dic_len = len(num_dic)

seq_data = [['word', '단어'], ['wood', '나무'],
            ['game', '놀이'], ['girl', '소녀'],
            ['kiss', '키스'], ['love', '사랑']]


def make_batch(seq_data):
    input_batch = []
    output_batch = []
    target_batch = []

    for seq in seq_data:
        input = [num_dic[n] for n in seq[0]]
        output = [num_dic[n] for n in ('S' + seq[1])]
        target = [num_dic[n] for n in (seq[1] + 'E')]

        input_batch.append(np.eye(dic_len)[input])
        output_batch.append(np.eye(dic_len)[output])
        target_batch.append(target)

    return input_batch, output_batch, target_batch


learning_rate = 0.01
n_hidden = 128
total_epoch = 100
n_class = n_input = dic_len

# [batch size, time steps, input size]
enc_input = tf.placeholder(tf.float32, [None, None, n_input])
dec_input = tf.placeholder(tf.float32, [None, None, n_input])
# [batch size, time steps]
targets = tf.placeholder(tf.int64, [None, None])

with tf.variable_scope('encode'):
    enc_cell = tf.nn.rnn_cell.BasicRNNCell(n_hidden)
    enc_cell = tf.nn.rnn_cell.DropoutWrapper(enc_cell, output_keep_prob=0.5)

    outputs, enc_states = tf.nn.dynamic_rnn(enc_cell, enc_input, dtype=tf.float32)

with tf.variable_scope('decode'):
    dec_cell = tf.nn.rnn_cell.BasicRNNCell(n_hidden)
    dec_cell = tf.nn.rnn_cell.DropoutWrapper(dec_cell, output_keep_prob=0.5)

    # 인코더의 최종 상태를 디코더의 초기 상태로
    outputs, dec_states = tf.nn.dynamic_rnn(dec_cell, dec_input,
                                            initial_state=enc_states, dtype=tf.float32)

model = tf.layers.dense(outputs, n_class, activation=None)

cost = tf.reduce_mean(
    tf.nn.sparse_softmax_cross_entropy_with_logits(logits=model, labels=targets))

optimizer = tf.train.AdamOptimizer(learning_rate).minimize(cost)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

input_batch, output_batch, target_batch = make_batch(seq_data)

for epoch in range(total_epoch):
    _, loss = sess.run([optimizer, cost],
                       feed_dict={enc_input: input_batch,
                                  dec_input: output_batch,
                                  targets: target_batch})

    print('Epoch:', '%04d' % (epoch + 1), 'cost =', '{:.6f}'.format(loss))

print('최적화 완료!')


def translate(word):
    # 예측 시에는 한글 단어를 모르므로 디코더 입력을 P 로 채운다: ['word', 'PPPP']
    seq_data = [word, 'P' * len(word)]

    input_batch, output_batch, target_batch = make_batch([seq_data])

    prediction = tf.argmax(model, 2)

    result = sess.run(prediction,
                      feed_dict={enc_input: input_batch,
                                 dec_input: output_batch,
                                 targets: target_batch})

    decoded = [char_arr[i] for i in result[0]]

    # The original's decoded.index('E') raises when an unseen word decodes without an 'E' (the
    # dropout stays on here, so that happens on some runs in TF1 too); keep the whole output then.
    end = decoded.index('E') if 'E' in decoded else len(decoded)
    translated = ''.join(decoded[:end])

    return translated


print('\n=== 번역 테스트 ===')

print('word ->', translate('word'))
print('wodr ->', translate('wodr'))
print('love ->', translate('love'))
print('loev ->', translate('loev'))
print('abcd ->', translate('abcd'))

# expect-count: /^Epoch: \d{4} cost = \d+\.\d{6}$/ 100
# expect-decrease: /^Epoch: \d+ cost = ([\d.]+)$/ 0.1
# expect-line: word -> 단어
# expect-line: love -> 사랑
# expect-count: /^(wodr|loev|abcd) ->( \S*)?$/ 3
