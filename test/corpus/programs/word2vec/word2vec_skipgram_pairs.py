# Models: nlintz/TensorFlow-Tutorials 08_word2vec.py
# Checks: skip-gram pairs built in plain Python from a list of sentences (collections.Counter,
# word2int dicts), a generate_batch with np.random.choice, embedding_lookup + nce_loss with Adam,
# the loss falling, and a matplotlib scatter of the 2-D embeddings with annotations.
import collections
import numpy as np
import tensorflow as tf
import matplotlib.pyplot as plt

batch_size = 20
embedding_size = 2  # This is just for visualization
num_sampled = 15    # Number of negative examples to sample.

sentences = ["a quick red fox jumped over a sleepy dog",
             "I love cats and dogs too",
             "we all love cats and dogs",
             "cats and dogs are great",
             "tom likes cats",
             "she loves dogs",
             "cats can be very independent",
             "cats are great companions when they want to be",
             "cats are playful",
             "cats are natural hunters",
             "It's raining cats and dogs",
             "dogs and cats love tom"]

# sentences to words and count
words = " ".join(sentences).split()
count = collections.Counter(words).most_common()
print("Word count", count[:5])

# Build dictionaries
rdic = [i[0] for i in count]  # reverse dic, idx -> word
dic = {w: i for i, w in enumerate(rdic)}  # dic, word -> id
voc_size = len(dic)

# Make indexed word data
data = [dic[word] for word in words]
print('Sample data', data[:10], [rdic[t] for t in data[:10]])

# Let's make a training data for window size 1 for simplicity
cbow_pairs = []
for i in range(1, len(data) - 1):
    cbow_pairs.append([[data[i - 1], data[i + 1]], data[i]])
print('Context pairs', cbow_pairs[:10])

skip_gram_pairs = []
for c in cbow_pairs:
    skip_gram_pairs.append([c[1], c[0][0]])
    skip_gram_pairs.append([c[1], c[0][1]])
print('skip-gram pairs', skip_gram_pairs[:5])


def generate_batch(size):
    assert size < len(skip_gram_pairs)
    x_data = []
    y_data = []
    r = np.random.choice(range(len(skip_gram_pairs)), size, replace=False)
    for i in r:
        x_data.append(skip_gram_pairs[i][0])  # n dim
        y_data.append([skip_gram_pairs[i][1]])  # n, 1 dim
    return x_data, y_data


print('Batches (x, y)', generate_batch(3))

train_inputs = tf.placeholder(tf.int32, shape=[batch_size])
train_labels = tf.placeholder(tf.int32, shape=[batch_size, 1])

with tf.device('/cpu:0'):
    embeddings = tf.Variable(tf.random_uniform([voc_size, embedding_size], -1.0, 1.0))
    embed = tf.nn.embedding_lookup(embeddings, train_inputs)  # lookup table

nce_weights = tf.Variable(tf.random_uniform([voc_size, embedding_size], -1.0, 1.0))
nce_biases = tf.Variable(tf.zeros([voc_size]))

loss = tf.reduce_mean(tf.nn.nce_loss(nce_weights, nce_biases, train_labels, embed, num_sampled, voc_size))
train_op = tf.train.AdamOptimizer(1e-1).minimize(loss)

with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for step in range(100):
        batch_inputs, batch_labels = generate_batch(batch_size)
        _, loss_val = sess.run([train_op, loss], feed_dict={train_inputs: batch_inputs, train_labels: batch_labels})
        if step % 20 == 0:
            print("Loss at ", step, loss_val)  # Report the loss
    trained_embeddings = embeddings.eval()

if trained_embeddings.shape[1] == 2:
    labels = rdic[:10]  # Show top 10 words
    for i, label in enumerate(labels):
        x, y = trained_embeddings[i, :]
        plt.scatter(x, y)
        plt.annotate(label, xy=(x, y), xytext=(5, 2), textcoords='offset points', ha='right', va='bottom')
    plt.savefig("/tmp/corpus_word2vec.png")
print(trained_embeddings.shape)

# expect-line: Word count [('cats', 10), ('dogs', 6), ('and', 5), ('are', 4), ('love', 3)]
# expect-count: /^Loss at  \d+ [\d.]+$/ 5
# expect-decrease: /^Loss at  \d+ ([\d.]+)$/ 0.7
# expect-line: (36, 2)
