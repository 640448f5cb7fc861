# Models: keras-team/keras examples/imdb_lstm.py (Keras 2.2 / tf.keras 1.13: Embedding -> LSTM -> Dense(sigmoid) on padded word-index sequences)
# Checks: IMDB replaced by synthetic "reviews" (np.random.seed(0)): word indices 1..49 where words
# 1-9 are positive and 10-19 negative and the label says which kind is in the majority, padded/
# truncated to maxlen=12 with tf.keras.preprocessing.sequence.pad_sequences (zeros in front), a
# Sequential Embedding(50, 8, input_length=12) -> LSTM(8) -> Dense(1, sigmoid), summary's
# parameter counts (50*8 = 400, 4*(8*8+8*8+8) = 544, 9), compile with 'adam' and
# binary_crossentropy, fit with validation_split=0.2 (the "Train on 320 samples, validate on 80
# samples" line), the first padded row (NumPy: same seed, same draws), evaluate's test accuracy >= 0.8, and predict_classes on two hand-made reviews.
import numpy as np
import tensorflow as tf
from tensorflow.keras.preprocessing import sequence
from tensorflow.keras.models import Sequential
from tensorflow.keras.layers import Dense, Embedding, LSTM

max_features = 50
maxlen = 12
batch_size = 32

np.random.seed(0)


def make_reviews(n):
    xs, ys = [], []
    for _ in range(n):
        length = np.random.randint(6, 16)
        label = np.random.randint(0, 2)
        n_sentiment = np.random.randint(2, 5)
        sentiment_words = np.random.randint(1, 10, size=n_sentiment) if label else np.random.randint(10, 20, size=n_sentiment)
        filler = np.random.randint(20, max_features, size=length - n_sentiment)
        words = np.concatenate([sentiment_words, filler])
        np.random.shuffle(words)
        xs.append([int(w) for w in words])
        ys.append(label)
    return xs, np.array(ys)


print('Loading data...')
x_train, y_train = make_reviews(400)
x_test, y_test = make_reviews(100)
print(len(x_train), 'train sequences')
print(len(x_test), 'test sequences')

print('Pad sequences (samples x time)')
x_train = sequence.pad_sequences(x_train, maxlen=maxlen)
x_test = sequence.pad_sequences(x_test, maxlen=maxlen)
print('x_train shape:', x_train.shape)
print('x_test shape:', x_test.shape)
print('first padded row:', x_train[0].tolist())

print('Build model...')
model = Sequential()
model.add(Embedding(max_features, 8, input_length=maxlen))
model.add(LSTM(8))
model.add(Dense(1, activation='sigmoid'))
model.summary()

model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])

print('Train...')
model.fit(x_train, y_train, batch_size=batch_size, epochs=15, validation_split=0.2, verbose=2)
score, acc = model.evaluate(x_test, y_test, batch_size=batch_size, verbose=0)
print('Test score: %.4f' % score)
print('Test accuracy: %.4f' % acc)

reviews = sequence.pad_sequences([[3, 5, 25, 30, 7], [12, 14, 40, 11]], maxlen=maxlen)
print('hand-made reviews:', model.predict_classes(reviews).ravel().tolist())

# corpus-timeout: 150
# expect-line: 400 train sequences
# expect-line: x_train shape: (400, 12)
# expect-line: first padded row: [0, 12, 24, 32, 43, 26, 15, 13, 21, 46, 44, 44]
# expect-line: embedding (Embedding)        (None, 12, 8)             400
# expect-line: lstm (LSTM)                  (None, 8)                 544
# expect-line: dense (Dense)                (None, 1)                 9
# expect-line: Total params: 953
# expect-line: Train on 320 samples, validate on 80 samples
# expect-count: /^Epoch \d+\/15$/ 15
# expect-decrease: /^ - \d+s - loss: ([\d.]+)/ 0.5
# expect-value: /^Test accuracy: ([\d.]+)$/ >= 0.8
# expect-line: hand-made reviews: [1, 0]
