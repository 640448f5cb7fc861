# tf.contrib.learn.preprocessing: the text processors (VocabularyProcessor, ByteProcessor) and
# CategoricalVocabulary.
from tensorflow.contrib.learn.python.learn.preprocessing.categorical_vocabulary import CategoricalVocabulary
from tensorflow.contrib.learn.python.learn.preprocessing.text import (
    ByteProcessor, VocabularyProcessor, tokenizer, TOKENIZER_RE,
)
