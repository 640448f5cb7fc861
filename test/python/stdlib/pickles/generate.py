# Writes the NumPy pickle fixtures with Debian's python3 and python3-numpy 1.24 (run: /usr/bin/python3 generate.py).
# The tests load them in Gradbook and compare Gradbook's own pickles with these bytes; they never run Python.
import gzip
import pickle
import numpy as np


class Py2Pickler(pickle._Pickler):
    """Protocol 2 as Python 2's cPickle wrote it: str (here bytes) as BINSTRING opcodes, as in the CIFAR-10 batches."""

    def save_bytes(self, obj, raw=None):
        raw = obj if raw is None else raw
        n = len(raw)
        if n < 256:
            self.write(pickle.SHORT_BINSTRING + bytes([n]) + raw)
        else:
            self.write(pickle.BINSTRING + n.to_bytes(4, 'little') + raw)
        self.memoize(obj)

    dispatch = dict(pickle._Pickler.dispatch)
    dispatch[bytes] = save_bytes

    def save_str(self, obj):
        self.save_bytes(obj, obj.encode('latin1'))

    dispatch[str] = save_str


def py2_dumps(obj):
    import io
    f = io.BytesIO()
    Py2Pickler(f, 2).dump(obj)
    return f.getvalue()


data = (np.arange(5 * 3072) * 7 % 256).astype(np.uint8).reshape(5, 3072)
cifar = {'batch_label': 'training batch 1 of 5', 'labels': [6, 9, 9, 4, 1], 'data': data,
         'filenames': ['leptodactylus_pentadactylus_s_000004.png', 'camion_s_000148.png', 'tipper_truck_s_001250.png',
                       'american_elk_s_001521.png', 'station_wagon_s_000293.png']}
with open('cifar_like_batch', 'wb') as f:
    f.write(py2_dumps(cifar))

rng = np.random.RandomState(0)
notmnist = {
    'train_dataset': rng.uniform(-0.5, 0.5, (4, 28, 28)).astype(np.float32),
    'train_labels': np.array([0, 3, 9, 1], dtype=np.int32),
    'valid_labels': np.array([2, 2, 7], dtype=np.int64),
    'weights': np.linspace(0, 1, 6).reshape(2, 3),
    'mask': np.array([True, False, True]),
    'fortran': np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3)),
    'scalar': np.float32(0.25),
    'zero_d': np.array(7.5),
}
with open('notmnist_like.pickle', 'wb') as f:
    pickle.dump(notmnist, f, pickle.HIGHEST_PROTOCOL)

mnist = ((rng.uniform(0, 1, (3, 784)).astype(np.float32), np.array([5, 0, 4], dtype=np.int64)),
         (np.zeros((1, 784), dtype=np.float32), np.array([7], dtype=np.int64)))
with gzip.GzipFile('mnist_like.pkl.gz', 'wb', mtime=0) as f:
    f.write(py2_dumps(mnist))

# What Gradbook must write byte for byte (arrays of its dtypes, C order), protocols 2 and 4.
same = [np.arange(6, dtype=np.float32).reshape(2, 3), np.array([1, -2], dtype=np.int64),
        np.array([[1, 2]], dtype=np.int32), np.arange(4, dtype=np.uint8), np.array([True, False]),
        np.array([0.5, 1.5]), {'a': np.zeros(3, dtype=np.float32), 'b': np.ones(2, dtype=np.float32)}]
for proto in (2, 4):
    with open('numpy_written_p%d.pickle' % proto, 'wb') as f:
        pickle.dump(same, f, proto)
