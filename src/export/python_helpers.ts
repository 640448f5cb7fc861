// Python source the exported script carries: the compatibility header, an MNIST `input_data`
// (TF 2 has no tensorflow.examples; TF 1.15's downloads from a retired URL), IPython fallbacks,
// and the restore of the notebook's latest checkpoint. Written for Python 3.6+ and NumPy.

export const TF_HEADER = `import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()`;

/** read_data_sets as TF 1.15's mnist.py behaves: IDX .gz files, [0, 1] floats, 5000 validation images. */
export const INPUT_DATA_HELPER = `
class input_data:
    """MNIST as tensorflow.examples.tutorials.mnist.input_data gives it (downloaded on first use)."""
    SOURCE_URL = "https://storage.googleapis.com/cvdf-datasets/mnist/"
    FILES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")

    class DataSet:
        def __init__(self, images, labels, seed=None):
            self._images, self._labels = images, labels
            self._num_examples = images.shape[0]
            self._epochs_completed, self._index_in_epoch = 0, 0
            self._rng = __import__("numpy").random.RandomState(seed)

        images = property(lambda self: self._images)
        labels = property(lambda self: self._labels)
        num_examples = property(lambda self: self._num_examples)
        epochs_completed = property(lambda self: self._epochs_completed)

        def next_batch(self, batch_size, fake_data=False, shuffle=True):
            start = self._index_in_epoch
            if self._epochs_completed == 0 and start == 0 and shuffle:
                self._shuffle()
            if start + batch_size > self._num_examples:
                self._epochs_completed += 1
                rest = self._num_examples - start
                images_rest, labels_rest = self._images[start:], self._labels[start:]
                if shuffle:
                    self._shuffle()
                self._index_in_epoch = batch_size - rest
                end = self._index_in_epoch
                np = __import__("numpy")
                return (np.concatenate((images_rest, self._images[:end]), axis=0),
                        np.concatenate((labels_rest, self._labels[:end]), axis=0))
            self._index_in_epoch += batch_size
            end = self._index_in_epoch
            return self._images[start:end], self._labels[start:end]

        def _shuffle(self):
            perm = self._rng.permutation(self._num_examples)
            self._images, self._labels = self._images[perm], self._labels[perm]

    @staticmethod
    def _download(train_dir, name, source_url):
        import os, urllib.request
        os.makedirs(train_dir, exist_ok=True)
        path = os.path.join(train_dir, name)
        if not os.path.exists(path):
            print("Downloading", source_url + name)
            urllib.request.urlretrieve(source_url + name, path)
        return path

    @staticmethod
    def _read_idx(path):
        import gzip
        import numpy as np
        with gzip.open(path, "rb") as f:
            data = f.read()
        dims = data[3]
        shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
        return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)

    @staticmethod
    def read_data_sets(train_dir, fake_data=False, one_hot=False, dtype=None, reshape=True,
                       validation_size=5000, seed=None, source_url=None):
        import numpy as np
        url = source_url or input_data.SOURCE_URL
        parts = [input_data._read_idx(input_data._download(train_dir, f, url)) for f in input_data.FILES]
        train_images, train_labels, test_images, test_labels = parts

        def prepare(images, labels):
            if reshape:
                images = images.reshape(images.shape[0], -1)
            if dtype is None or tf.as_dtype(dtype) == tf.float32:
                images = images.astype(np.float32) / 255.0
            if one_hot:
                labels = np.eye(10, dtype=np.float64)[labels]
            return images, labels

        train_images, train_labels = prepare(train_images, train_labels)
        test_images, test_labels = prepare(test_images, test_labels)
        v = validation_size
        DataSet = input_data.DataSet
        train = DataSet(train_images[v:], train_labels[v:], seed)
        validation = DataSet(train_images[:v], train_labels[:v], seed)
        test = DataSet(test_images, test_labels, seed)
        return __import__("collections").namedtuple("Datasets", ["train", "validation", "test"])(train, validation, test)
`;

export const IPYTHON_FALLBACKS = `
try:
    from IPython.display import display, clear_output
except ImportError:  # plain Python: show values as print() would
    def display(*objs, **kwargs):
        print(*objs)

    def clear_output(wait=False):
        pass
`;

/** Restores the variables the checkpoint holds (by name and shape) after the notebook's initializer ran. */
export function restoreHelper(checkpointDir: string): string {
  return `
# The notebook's latest checkpoint (written by Gradbook's tf.train.Saver in TensorFlow's own format).
GRADBOOK_CHECKPOINT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), ${JSON.stringify(checkpointDir)})


def restore_latest_checkpoint(sess):
    path = tf.train.latest_checkpoint(GRADBOOK_CHECKPOINT_DIR)
    if not path:
        return
    shapes = tf.train.NewCheckpointReader(path).get_variable_to_shape_map()
    saved = [v for v in tf.global_variables() if shapes.get(v.op.name) == v.shape.as_list()]
    if saved:
        tf.train.Saver(var_list=saved).restore(sess, path)
        print("Restored %d variables from %s" % (len(saved), path))
`;
}

/** tf.contrib is gone from TF 2: the contrib functions notebooks use, in tf.compat.v1 ops. */
export const CONTRIB_HELPERS: Record<string, { name: string; source: string }> = {
  'tf.contrib.seq2seq.sequence_loss': {
    name: 'sequence_loss',
    source: `
def sequence_loss(logits, targets, weights, average_across_timesteps=True, average_across_batch=True,
                  softmax_loss_function=None, name=None):
    """seq2seq.sequence_loss of TF 1.15 contrib, which TF 2 no longer has."""
    with tf.name_scope(name, "sequence_loss", [logits, targets, weights]):
        logits_flat = tf.reshape(logits, [-1, tf.shape(logits)[2]])
        flat_targets = tf.reshape(targets, [-1])
        if softmax_loss_function is None:
            crossent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=flat_targets, logits=logits_flat)
        else:
            crossent = softmax_loss_function(labels=flat_targets, logits=logits_flat)
        crossent *= tf.reshape(weights, [-1])
        if average_across_timesteps and average_across_batch:
            return tf.reduce_sum(crossent) / (tf.reduce_sum(weights) + 1e-12)
        crossent = tf.reshape(crossent, [tf.shape(logits)[0], tf.shape(logits)[1]])
        if average_across_timesteps:
            return tf.reduce_sum(crossent, axis=[1]) / (tf.reduce_sum(weights, axis=[1]) + 1e-12)
        if average_across_batch:
            return tf.reduce_sum(crossent, axis=[0]) / (tf.reduce_sum(weights, axis=[0]) + 1e-12)
        return crossent
`,
  },
};
