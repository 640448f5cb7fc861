# tf.keras.preprocessing.sequence (Keras-Preprocessing 1.0.x): pad_sequences.
import numpy as np


def pad_sequences(sequences, maxlen=None, dtype='int32', padding='pre', truncating='pre', value=0.):
    """A (len(sequences), maxlen) array: each sequence cut to maxlen (dropping its start for
    truncating='pre', its end for 'post') and filled with `value` before it ('pre') or after it
    ('post'); maxlen defaults to the longest sequence."""
    if padding not in ('pre', 'post'):
        raise ValueError('Padding type "%s" not understood' % padding)
    if truncating not in ('pre', 'post'):
        raise ValueError('Truncating type "%s" not understood' % truncating)
    lengths = [len(s) for s in sequences]
    if maxlen is None:
        maxlen = max(lengths) if lengths else 0
    x = np.full((len(sequences), maxlen), value, dtype=dtype)
    for i, s in enumerate(sequences):
        if not len(s):
            continue
        trunc = list(s[-maxlen:]) if truncating == 'pre' else list(s[:maxlen])
        if not trunc:
            continue
        row = np.asarray(trunc, dtype=dtype)
        if padding == 'post':
            x[i, :len(trunc)] = row
        else:
            x[i, maxlen - len(trunc):] = row
    return x
