# tensorflow.python.data: TF's private package behind tf.data, which the Machine Learning Crash
# Course exercises import from directly (`from tensorflow.python.data import Dataset`). It holds the
# same objects as tf.data (TF 1.15's python/data/__init__.py exports these names).
import tensorflow as _tf

Dataset = _tf.data.Dataset
Iterator = _tf.data.Iterator
TextLineDataset = _tf.data.TextLineDataset
TFRecordDataset = _tf.data.TFRecordDataset
experimental = _tf.data.experimental
make_initializable_iterator = _tf.data.make_initializable_iterator
make_one_shot_iterator = _tf.data.make_one_shot_iterator
