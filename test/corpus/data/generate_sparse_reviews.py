"""Writes sparse_embedding/train.tfrecord, test.tfrecord and terms.txt for the MLCC exercise
intro_to_sparse_data_and_embeddings (run once: python3 data/generate_sparse_reviews.py).

The exercise downloads mledu-datasets/sparse-data-embedding/{train,test}.tfrecord (25000 IMDB
reviews each) and terms.txt (their 30716 terms, one a line). These files have that layout: one
tf.train.Example per review with "terms" (a bytes list: the review's lowercase words and
punctuation) and "labels" (one float, 1.0 for a positive review, 0.0 for a negative one), framed as
TFRecords by the record writer of test/fixtures/tfrecord/gen_tfrecord.py. The reviews are our own
synthetic word bags from a fixed NumPy seed: mostly neutral words, plus sentiment words drawn
mainly from the review's side, so the exercise's 54 informative terms carry the signal. It prints
the accuracy of a count-based naive rule (positive words minus negative words) as a yardstick.
"""
import os
import sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'fixtures', 'tfrecord'))
from gen_tfrecord import example, frame  # noqa: E402

rng = np.random.RandomState(20261)
POSITIVE = ['great', 'best', 'fun', 'beautiful', 'excellent', 'definitely', 'perfect', 'liked', 'entertaining',
            'loved', 'amazing', 'enjoyed', 'favorite', 'brilliant', 'highly', 'hilarious', 'enjoyable', 'fantastic']
NEGATIVE = ['bad', 'worst', 'poor', 'boring', 'awful', 'terrible', 'worse', 'waste', 'unfortunately', 'horrible',
            'annoying', 'dull', 'poorly', 'fails', 'disappointing', 'disappointment', 'not']
NEUTRAL = ['the', 'a', 'and', 'of', 'to', 'is', 'it', 'this', 'that', 'was', 'in', 'movie', 'film', 'story', 'i',
           'with', 'as', 'for', 'but', 'on', 'his', 'her', 'him', 'good', 'time', 'action', 'comedy', 'drama',
           'family', 'man', 'woman', 'boy', 'girl', 'simple', 'today', 'plot', 'actors', 'scene', 'end', 'one',
           '.', ',', '!', '?', 'characters', 'really', 'just', 'about', 'some', 'there']


def review(positive):
    n = rng.randint(20, 61)
    words = []
    for _ in range(n):
        u = rng.uniform()
        if u < 0.72:
            words.append(NEUTRAL[rng.randint(len(NEUTRAL))])
        else:
            own = rng.uniform() < 0.78
            side = POSITIVE if positive == own else NEGATIVE
            words.append(side[rng.randint(len(side))])
    return words


def write(name, n):
    rows = []
    with open(os.path.join(HERE, 'sparse_embedding', name), 'wb') as f:
        for _ in range(n):
            positive = rng.uniform() < 0.5
            words = review(positive)
            rows.append((words, positive))
            f.write(frame(example({'terms': ('bytes', [w.encode() for w in words]),
                                   'labels': ('float', [1.0 if positive else 0.0])})))
    return rows


def naive_accuracy(rows):
    right = 0
    for words, positive in rows:
        score = sum(w in POSITIVE for w in words) - sum(w in NEGATIVE for w in words)
        right += (score > 0) == positive if score != 0 else 0.5
    return right / float(len(rows))


if __name__ == '__main__':
    train = write('train.tfrecord', 500)
    test = write('test.tfrecord', 200)
    with open(os.path.join(HERE, 'sparse_embedding', 'terms.txt'), 'w') as f:
        f.write('\n'.join(sorted(set(POSITIVE + NEGATIVE + NEUTRAL))) + '\n')
    print('positive reviews: train %d of %d, test %d of %d' % (sum(p for _, p in train), len(train),
                                                               sum(p for _, p in test), len(test)))
    print('accuracy of sign(#positive - #negative words): train %.3f, test %.3f'
          % (naive_accuracy(train), naive_accuracy(test)))
    print('first review: %d terms, label %.1f' % (len(train[0][0]), 1.0 if train[0][1] else 0.0))
    print('vocabulary terms: %d' % len(set(POSITIVE + NEGATIVE + NEUTRAL)))
