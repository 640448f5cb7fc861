# tf.contrib.learn.preprocessing (TF 1.x): the text-to-ids helpers text tutorials use
# (VocabularyProcessor, CategoricalVocabulary, the default tokenizer). The categorical
# CategoricalProcessor is not provided.
from tensorflow.contrib.learn.python.learn.preprocessing.categorical_vocabulary import CategoricalVocabulary
from tensorflow.contrib.learn.python.learn.preprocessing.text import ByteProcessor
from tensorflow.contrib.learn.python.learn.preprocessing.text import VocabularyProcessor
from tensorflow.contrib.learn.python.learn.preprocessing.text import tokenizer


def __getattr__(name):
    if name == 'CategoricalProcessor':
        raise NotImplementedError('tf.contrib.learn.preprocessing.CategoricalProcessor is not supported by Gradbook')
    raise AttributeError("module 'tensorflow.contrib.learn.preprocessing' has no attribute '%s'" % name)
