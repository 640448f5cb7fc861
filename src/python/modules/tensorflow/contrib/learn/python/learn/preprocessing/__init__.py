# tf.contrib.learn.preprocessing: the text processors (VocabularyProcessor, ByteProcessor) and
# CategoricalVocabulary. The categorical CategoricalProcessor is not provided.
from tensorflow.contrib.learn.python.learn.preprocessing.categorical_vocabulary import CategoricalVocabulary
from tensorflow.contrib.learn.python.learn.preprocessing.text import (
    ByteProcessor, VocabularyProcessor, tokenizer, TOKENIZER_RE,
)


def __getattr__(name):
    if name == 'CategoricalProcessor':
        raise NotImplementedError('tf.contrib.learn.preprocessing.CategoricalProcessor is not supported by Gradbook')
    raise AttributeError("module 'tensorflow.contrib.learn.preprocessing' has no attribute '%s'" % name)
