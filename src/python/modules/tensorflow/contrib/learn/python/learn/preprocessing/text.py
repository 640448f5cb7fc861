# tf.contrib.learn.preprocessing's text processors (TF 1.15 contrib/learn/python/learn/
# preprocessing/text.py): VocabularyProcessor maps documents to fixed-length int64 rows of word ids
# (TF's tokenizer regex; 0 pads and stands for unknown words), ByteProcessor to rows of their
# UTF-8 bytes. transform() and fit_transform() are generators, as TF's (programs wrap them in
# np.array(list(...))); save/restore pickle the processor.
import re

import numpy as np
import pickle
import tensorflow as tf
from tensorflow.contrib.learn.python.learn.preprocessing.categorical_vocabulary import CategoricalVocabulary

TOKENIZER_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+(?=[A-Z])|[\'\w\-]+", re.UNICODE)


def tokenizer(iterator):
    """Yields each document's tokens (TOKENIZER_RE's matches)."""
    for value in iterator:
        yield TOKENIZER_RE.findall(value)


class ByteProcessor(object):
    """Documents as rows of max_document_length UTF-8 byte ids (zero padded, cut at the length)."""

    def __init__(self, max_document_length):
        self.max_document_length = max_document_length

    def fit(self, x):
        """Nothing to learn."""
        pass

    def fit_transform(self, x):
        return self.transform(x)

    def reverse(self, x):
        """Yields each row's text (trailing zero bytes dropped; '' if it is not UTF-8)."""
        for data in x:
            values = [int(v) for v in np.asarray(data)]
            while values and values[-1] == 0:
                values.pop()
            try:
                yield bytes(v % 256 for v in values).decode('utf-8')
            except UnicodeDecodeError:
                yield ''

    def transform(self, x):
        """Yields a uint8 row per document."""
        for document in x:
            if isinstance(document, str):
                document = document.encode('utf-8')
            row = np.zeros(self.max_document_length, np.uint8)
            head = document[:self.max_document_length]
            if head:
                row[:len(head)] = np.frombuffer(head, dtype=np.uint8)
            yield row


class VocabularyProcessor(object):
    """Maps documents to rows of max_document_length word ids from vocabulary_ (a CategoricalVocabulary)."""

    def __init__(self, max_document_length, min_frequency=0, vocabulary=None, tokenizer_fn=None):
        self.max_document_length = max_document_length
        self.min_frequency = min_frequency
        self.vocabulary_ = vocabulary if vocabulary else CategoricalVocabulary()
        self._tokenizer = tokenizer_fn if tokenizer_fn else tokenizer

    def fit(self, raw_documents, unused_y=None):
        """Learns the vocabulary of the documents' tokens (then trims it to min_frequency and freezes it)."""
        for tokens in self._tokenizer(raw_documents):
            for token in tokens:
                self.vocabulary_.add(token)
        if self.min_frequency > 0:
            self.vocabulary_.trim(self.min_frequency)
        self.vocabulary_.freeze()
        return self

    def fit_transform(self, raw_documents, unused_y=None):
        """fit, then transform (a generator of int64 rows)."""
        self.fit(raw_documents)
        return self.transform(raw_documents)

    def transform(self, raw_documents):
        """Yields an int64 row of word ids per document (unknown words 0, cut at max_document_length)."""
        for tokens in self._tokenizer(raw_documents):
            word_ids = np.zeros(self.max_document_length, np.int64)
            for index, token in enumerate(tokens):
                if index >= self.max_document_length:
                    break
                word_ids[index] = self.vocabulary_.get(token)
            yield word_ids

    def reverse(self, documents):
        """Yields each row's words joined by spaces ('<UNK>' for 0)."""
        for item in documents:
            yield ' '.join(self.vocabulary_.reverse(class_id) for class_id in item)

    def save(self, filename):
        """Pickles the processor into filename."""
        with tf.gfile.Open(filename, 'wb') as f:
            f.write(pickle.dumps(self))

    @classmethod
    def restore(cls, filename):
        """The processor pickled in filename."""
        with tf.gfile.Open(filename, 'rb') as f:
            return pickle.loads(f.read())
