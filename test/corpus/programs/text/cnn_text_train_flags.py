# Models: dennybritz/cnn-text-classification-tf train.py, eval.py and data_helpers.py (load_data_and_labels, clean_str)
# Checks: the training script's front half as the repository writes it: hyperparameters declared
# with tf.flags.DEFINE_float / DEFINE_string / DEFINE_integer / DEFINE_boolean, FLAGS =
# tf.flags.FLAGS, FLAGS._parse_flags() and the "Parameters:" listing from sorted(FLAGS.__flags.items())
# (TF 1.4 and before, as the repository's train.py was written),
# data_helpers.clean_str (the re.sub chain that splits "'s", "n't", commas and brackets off),
# load_data_and_labels reading one-sentence-a-line positive and negative files with
# open(...).readlines() and building [0, 1] / [1, 0] labels with np.concatenate,
# learn.preprocessing.VocabularyProcessor(max_document_length) with fit_transform (ids in order of
# first appearance, 0 for padding), np.random.seed(10) + np.random.permutation to shuffle, the
# dev split from -1 * int(FLAGS.dev_sample_percentage * float(len(y))), vocab_processor.save and
# VocabularyProcessor.restore + transform as eval.py does (unknown words map to 0), and a small
# embedding + mean-pool + softmax model trained with Adam through batches. The sentence files are
# written by the program (the originals are the rt-polarity files). Checked: the vocabulary size,
# the split sizes, the first padded rows and the restored transform are those of a Python run of
# the same tokenizer and vocabulary rules (reference/text/cnn_text_train_flags.txt, from
# reference/generate.py); the train loss falls and the dev accuracy ends >= 0.9 (each sentence
# carries two words of its class).
import os
import re
import tempfile
import numpy as np
import tensorflow as tf
from tensorflow.contrib import learn

# Parameters
# ==================================================

# Data loading params
tf.flags.DEFINE_float("dev_sample_percentage", .2, "Percentage of the training data to use for validation")
tf.flags.DEFINE_string("positive_data_file", "", "Data source for the positive data.")
tf.flags.DEFINE_string("negative_data_file", "", "Data source for the negative data.")

# Model Hyperparameters
tf.flags.DEFINE_integer("embedding_dim", 16, "Dimensionality of character embedding (default: 128)")
tf.flags.DEFINE_float("l2_reg_lambda", 0.0, "L2 regularization lambda (default: 0.0)")

# Training parameters
tf.flags.DEFINE_integer("batch_size", 16, "Batch Size (default: 64)")
tf.flags.DEFINE_integer("num_epochs", 12, "Number of training epochs (default: 200)")
tf.flags.DEFINE_integer("evaluate_every", 20, "Evaluate model on dev set after this many steps (default: 100)")
# Misc Parameters
tf.flags.DEFINE_boolean("allow_soft_placement", True, "Allow device soft device placement")
tf.flags.DEFINE_boolean("log_device_placement", False, "Log placement of ops on devices")

FLAGS = tf.flags.FLAGS
FLAGS._parse_flags()
print("\nParameters:")
for attr, value in sorted(FLAGS.__flags.items()):
    print("{}={}".format(attr.upper(), value))
print("")


# data_helpers.py
def clean_str(string):
    """
    Tokenization/string cleaning for all datasets except for SST.
    """
    string = re.sub(r"[^A-Za-z0-9(),!?\'\`]", " ", string)
    string = re.sub(r"\'s", " \'s", string)
    string = re.sub(r"\'ve", " \'ve", string)
    string = re.sub(r"n\'t", " n\'t", string)
    string = re.sub(r"\'re", " \'re", string)
    string = re.sub(r"\'d", " \'d", string)
    string = re.sub(r"\'ll", " \'ll", string)
    string = re.sub(r",", " , ", string)
    string = re.sub(r"!", " ! ", string)
    string = re.sub(r"\(", " \( ", string)
    string = re.sub(r"\)", " \) ", string)
    string = re.sub(r"\?", " \? ", string)
    string = re.sub(r"\s{2,}", " ", string)
    return string.strip().lower()


def load_data_and_labels(positive_data_file, negative_data_file):
    """
    Loads MR polarity data from files, splits the data into words and generates labels.
    Returns split sentences and labels.
    """
    # Load data from files
    positive_examples = list(open(positive_data_file, "r", encoding='utf-8').readlines())
    positive_examples = [s.strip() for s in positive_examples]
    negative_examples = list(open(negative_data_file, "r", encoding='utf-8').readlines())
    negative_examples = [s.strip() for s in negative_examples]
    # Split by words
    x_text = positive_examples + negative_examples
    x_text = [clean_str(sent) for sent in x_text]
    # Generate labels
    positive_labels = [[0, 1] for _ in positive_examples]
    negative_labels = [[1, 0] for _ in negative_examples]
    y = np.concatenate([positive_labels, negative_labels], 0)
    return [x_text, y]


def batch_iter(data, batch_size, num_epochs, shuffle=True):
    """
    Generates a batch iterator for a dataset.
    """
    data = np.array(data)
    data_size = len(data)
    num_batches_per_epoch = int((len(data) - 1) / batch_size) + 1
    for epoch in range(num_epochs):
        # Shuffle the data at each epoch
        if shuffle:
            shuffle_indices = np.random.permutation(np.arange(data_size))
            shuffled_data = data[shuffle_indices]
        else:
            shuffled_data = data
        for batch_num in range(num_batches_per_epoch):
            start_index = batch_num * batch_size
            end_index = min((batch_num + 1) * batch_size, data_size)
            yield shuffled_data[start_index:end_index]


# The sentence files (the original reads rt-polarity.pos / rt-polarity.neg)
data_dir = tempfile.mkdtemp()
good = ["great", "wonderful", "moving", "funny", "brilliant", "charming"]
bad = ["dull", "awful", "boring", "tedious", "clumsy", "lifeless"]
filler = ["the", "film", "story", "cast", "it's", "a", "plot", "and", "director", "isn't", "ending", "really"]
rng = np.random.RandomState(3)


def sentence(words):
    picks = [filler[i] for i in rng.randint(0, len(filler), size=rng.randint(3, 7))]
    picks += [words[i] for i in rng.randint(0, len(words), size=2)]
    rng.shuffle(picks)
    return " ".join(picks).capitalize() + rng.choice([" .", "!", ", really."])


FLAGS.positive_data_file = os.path.join(data_dir, "rt-polarity.pos")
FLAGS.negative_data_file = os.path.join(data_dir, "rt-polarity.neg")
with open(FLAGS.positive_data_file, "w") as f:
    for _ in range(100):
        f.write(sentence(good) + "\n")
with open(FLAGS.negative_data_file, "w") as f:
    for _ in range(100):
        f.write(sentence(bad) + "\n")

# Data Preparation
# ==================================================

# Load data
print("Loading data...")
x_text, y = load_data_and_labels(FLAGS.positive_data_file, FLAGS.negative_data_file)
print("first sentence:", x_text[0])

# Build vocabulary
max_document_length = max([len(x.split(" ")) for x in x_text])
vocab_processor = learn.preprocessing.VocabularyProcessor(max_document_length)
x = np.array(list(vocab_processor.fit_transform(x_text)))
print("max_document_length:", max_document_length, x.shape, x.dtype)
print("row 0:", x[0])
print("row 150:", x[150])

# Randomly shuffle data
np.random.seed(10)
shuffle_indices = np.random.permutation(np.arange(len(y)))
x_shuffled = x[shuffle_indices]
y_shuffled = y[shuffle_indices]

# Split train/test set
dev_sample_index = -1 * int(FLAGS.dev_sample_percentage * float(len(y)))
x_train, x_dev = x_shuffled[:dev_sample_index], x_shuffled[dev_sample_index:]
y_train, y_dev = y_shuffled[:dev_sample_index], y_shuffled[dev_sample_index:]

del x, y, x_shuffled, y_shuffled

print("Vocabulary Size: {:d}".format(len(vocab_processor.vocabulary_)))
print("Train/Dev split: {:d}/{:d}".format(len(y_train), len(y_dev)))
print("shuffled first ids:", shuffle_indices[:5])

# A small model (embedding, mean over the words, softmax)
with tf.Graph().as_default():
    session_conf = tf.ConfigProto(
        allow_soft_placement=FLAGS.allow_soft_placement,
        log_device_placement=FLAGS.log_device_placement)
    sess = tf.Session(config=session_conf)
    with sess.as_default():
        input_x = tf.placeholder(tf.int32, [None, x_train.shape[1]], name="input_x")
        input_y = tf.placeholder(tf.float32, [None, 2], name="input_y")
        with tf.device('/cpu:0'), tf.name_scope("embedding"):
            W = tf.Variable(tf.random_uniform([len(vocab_processor.vocabulary_), FLAGS.embedding_dim], -1.0, 1.0), name="W")
            embedded_chars = tf.nn.embedding_lookup(W, input_x)
        mask = tf.cast(tf.expand_dims(tf.not_equal(input_x, 0), -1), tf.float32)
        pooled = tf.reduce_sum(embedded_chars * mask, 1) / tf.maximum(tf.reduce_sum(mask, 1), 1.0)
        with tf.name_scope("output"):
            W_out = tf.get_variable("W_out", shape=[FLAGS.embedding_dim, 2],
                                    initializer=tf.contrib.layers.xavier_initializer())
            b_out = tf.Variable(tf.constant(0.1, shape=[2]), name="b")
            scores = tf.nn.xw_plus_b(pooled, W_out, b_out, name="scores")
            predictions = tf.argmax(scores, 1, name="predictions")
        with tf.name_scope("loss"):
            losses = tf.nn.softmax_cross_entropy_with_logits(logits=scores, labels=input_y)
            loss = tf.reduce_mean(losses) + FLAGS.l2_reg_lambda * tf.nn.l2_loss(W_out)
        with tf.name_scope("accuracy"):
            correct_predictions = tf.equal(predictions, tf.argmax(input_y, 1))
            accuracy = tf.reduce_mean(tf.cast(correct_predictions, "float"), name="accuracy")

        global_step = tf.Variable(0, name="global_step", trainable=False)
        optimizer = tf.train.AdamOptimizer(1e-2)
        grads_and_vars = optimizer.compute_gradients(loss)
        train_op = optimizer.apply_gradients(grads_and_vars, global_step=global_step)

        out_dir = tempfile.mkdtemp()
        vocab_processor.save(os.path.join(out_dir, "vocab"))
        sess.run(tf.global_variables_initializer())

        batches = batch_iter(list(zip(x_train, y_train)), FLAGS.batch_size, FLAGS.num_epochs)
        for batch in batches:
            x_batch, y_batch = zip(*batch)
            _, step, l, acc = sess.run([train_op, global_step, loss, accuracy],
                                       {input_x: x_batch, input_y: y_batch})
            current_step = tf.train.global_step(sess, global_step)
            if current_step % FLAGS.evaluate_every == 0:
                print("step {}, loss {:g}, acc {:g}".format(step, l, acc))
                l, acc = sess.run([loss, accuracy], {input_x: x_dev, input_y: y_dev})
                print("Evaluation: dev loss {:g}, dev acc {:g}".format(l, acc))

        # eval.py: restore the vocabulary and map raw sentences
        vocab_path = os.path.join(out_dir, "vocab")
        restored = learn.preprocessing.VocabularyProcessor.restore(vocab_path)
        x_raw = ["a masterpiece of funny charm", "everything is awful and boring"]
        x_test = np.array(list(restored.transform(x_raw)))
        print("restored vocabulary:", len(restored.vocabulary_))
        print("eval ids:", x_test[0][:6], x_test[1][:6])
        print("eval predictions:", sess.run(predictions, {input_x: x_test}))

# expect-decrease: /^step \d+, loss ([\d.e-]+)/ 0.7
# expect-value: /dev acc ([\d.]+)$/ >= 0.9
# expect-line: eval predictions: [1 0]
