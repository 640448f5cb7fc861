# Models: nfmcclure/tensorflow_cookbook 05_Nearest_Neighbor_Methods/03_Working_with_Text_Distances/03_text_distances.py
# Checks: the cookbook's Levenshtein recipe: tf.SparseTensor of single characters (list('bear'))
# with [batch, word, char] indices, tf.edit_distance(h, t, normalize=False) of 'bear' vs 'beers'
# printed as [[2.]], a [1, 2] batch of ('bear', 'beer') vs ('beers', 'beers') normalized by the
# truth length ([[0.4 0.2]]), and four hypothesis words against 'beers' built with nested list
# comprehensions over enumerate, ''.join and list * n ([[0.4] [0.6] [1. ] [1. ]]). Like the
# cookbook, the dense_shape it gives is too small in the character dimension ([1, 1, 1] for five
# characters): TF's EditDistance only uses the leading dimensions of the shapes to size its output
# and never checks the character index, so these run. Then the same distances through
# placeholders: tf.sparse_placeholder fed with tf.SparseTensorValue triples, and the empty-truth
# rule (normalized distance inf when the truth is empty, 0 when both are). Every value is exact.
import tensorflow as tf

sess = tf.Session()

#----------------------------------
# First compute the edit distance between 'bear' and 'beers'
hypothesis = list('bear')
truth = list('beers')
h1 = tf.SparseTensor([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 0, 3]],
                     hypothesis,
                     [1, 1, 1])

t1 = tf.SparseTensor([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 0, 3], [0, 0, 4]],
                     truth,
                     [1, 1, 1])

print(sess.run(tf.edit_distance(h1, t1, normalize=False)))

#----------------------------------
# Compute the edit distance between ('bear','beer') and 'beers':
hypothesis2 = list('bearbeer')
truth2 = list('beersbeers')
h2 = tf.SparseTensor([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 0, 3], [0, 1, 0], [0, 1, 1], [0, 1, 2], [0, 1, 3]],
                     hypothesis2,
                     [1, 2, 4])

t2 = tf.SparseTensor([[0, 0, 0], [0, 0, 1], [0, 0, 2], [0, 0, 3], [0, 0, 4], [0, 1, 0], [0, 1, 1], [0, 1, 2], [0, 1, 3], [0, 1, 4]],
                     truth2,
                     [1, 2, 5])

print(sess.run(tf.edit_distance(h2, t2, normalize=True)))

#----------------------------------
# Now compute distance between four words and 'beers' more efficiently:
hypothesis_words = ['bear', 'bar', 'tensor', 'flow']
truth_word = ['beers']

num_h_words = len(hypothesis_words)
h_indices = [[xi, 0, yi] for xi, x in enumerate(hypothesis_words) for yi, y in enumerate(x)]
h_chars = list(''.join(hypothesis_words))

h3 = tf.SparseTensor(h_indices, h_chars, [num_h_words, 1, 1])

truth_word_vec = truth_word * num_h_words
t_indices = [[xi, 0, yi] for xi, x in enumerate(truth_word_vec) for yi, y in enumerate(x)]
t_chars = list(''.join(truth_word_vec))

t3 = tf.SparseTensor(t_indices, t_chars, [num_h_words, 1, 1])

print(sess.run(tf.edit_distance(h3, t3, normalize=True)))

#----------------------------------
# The same through placeholders (the cookbook's address-matching recipe feeds them this way)
def sparse_from_word_vec(word_vec):
    num_words = len(word_vec)
    indices = [[xi, 0, yi] for xi, x in enumerate(word_vec) for yi, y in enumerate(x)]
    chars = list(''.join(word_vec))
    return tf.SparseTensorValue(indices, chars, [num_words, 1, max(len(w) for w in word_vec)])

hyp_input = tf.sparse_placeholder(dtype=tf.string)
ref_input = tf.sparse_placeholder(dtype=tf.string)
edit_distances = tf.edit_distance(hyp_input, ref_input, normalize=True)
raw_distances = tf.edit_distance(hyp_input, ref_input, normalize=False)
feed_dict = {hyp_input: sparse_from_word_vec(['kitten', 'flaw', 'abc']),
             ref_input: sparse_from_word_vec(['sitting', 'lawn', 'abc'])}
print(sess.run(raw_distances, feed_dict=feed_dict))
print(sess.run(edit_distances, feed_dict=feed_dict))
print(edit_distances.dtype, edit_distances.shape)

# An empty truth row: inf when normalized, the hypothesis length otherwise
h4 = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], ['a', 'b', 'c'], [3, 2])
t4 = tf.SparseTensor([[1, 0]], ['c'], [3, 1])
print(sess.run(tf.edit_distance(h4, t4, normalize=True)))
print(sess.run(tf.edit_distance(h4, t4, normalize=False)))

# expect-line: [[2.]]
# expect-line: [[0.4 0.2]]
# expect-line: [[0.4]
# expect-line:  [0.6]
# expect-line:  [1. ]
# expect-line:  [1. ]]
# expect-line: [[3.]
# expect-line:  [2.]
# expect-line:  [0.]]
# expect-line: [[0.42857143]
# expect-line:  [0.5       ]
# expect-line:  [0.        ]]
# expect-line: <dtype: 'float32'> <unknown>
# expect-line: [inf  0.  0.]
# expect-line: [2. 0. 0.]
