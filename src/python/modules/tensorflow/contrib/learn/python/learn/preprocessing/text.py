# tf.contrib.learn.preprocessing.VocabularyProcessor and ByteProcessor (TF 1.x): documents to
# fixed-length rows of word ids. The default tokenizer is TF's regular expression (runs of
# capitals, CamelCase pieces, and runs of word characters, apostrophes and hyphens); rows are int64,
# cut at max_document_length and padded with 0. save()/restore() pickle the whole processor as
# TF does.
import pickle
import re

import numpy as np

from tensorflow.contrib.learn.python.learn.preprocessing.categorical_vocabulary import CategoricalVocabulary

TOKENIZER_RE = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]+(?=[A-Z])|[\'\w\-]+", re.UNICODE)


def tokenizer(iterator):
    """Yields the list of tokens of each string of iterator."""
    for value in iterator:
        yield TOKENIZER_RE.findall(value)


class ByteProcessor(object):
    """Maps documents to rows of their UTF-8 bytes (padded with 0)."""

    def __init__(self, max_document_length):
        self.max_document_length = max_document_length

    def fit(self, x):
        return self

    def fit_transform(self, x):
        return self.transform(x)

    def reverse(self, x):
        for data in x:
            document = np.trim_zeros(data.astype(np.int8), trim='b').tostring()
            yield document.decode('utf-8')

    def transform(self, x):
        for document in x:
            if isinstance(document, str):
                document = document.encode('utf-8')
            row = np.frombuffer(document, dtype=np.uint8)[:self.max_document_length]
            yield np.pad(row, (0, self.max_document_length - len(row)), 'constant')


class VocabularyProcessor(object):
    """Maps documents to sequences of word ids."""

    def __init__(self, max_document_length, min_frequency=0, vocabulary=None, tokenizer_fn=None):
        self.max_document_length = max_document_length
        self.min_frequency = min_frequency
        if vocabulary:
            self.vocabulary_ = vocabulary
        else:
            self.vocabulary_ = CategoricalVocabulary()
        if tokenizer_fn:
            self._tokenizer = tokenizer_fn
        else:
            self._tokenizer = tokenizer

    def fit(self, raw_documents, unused_y=None):
        """Learns the vocabulary of raw_documents, then freezes it."""
        for tokens in self._tokenizer(raw_documents):
            for token in tokens:
                self.vocabulary_.add(token)
        if self.min_frequency > 0:
            self.vocabulary_.trim(self.min_frequency)
        self.vocabulary_.freeze()
        return self

    def fit_transform(self, raw_documents, unused_y=None):
        """fit, then transform (the documents are read twice, so a generator must be a list)."""
        self.fit(raw_documents)
        return self.transform(raw_documents)

    def transform(self, raw_documents):
        """Yields one int64 row of max_document_length word ids per document."""
        for tokens in self._tokenizer(raw_documents):
            word_ids = np.zeros(self.max_document_length, np.int64)
            for idx, token in enumerate(tokens):
                if idx >= self.max_document_length:
                    break
                word_ids[idx] = self.vocabulary_.get(token)
            yield word_ids

    def reverse(self, documents):
        """Yields each row of ids back as words joined by spaces (padding ids 0 shown as <UNK>)."""
        for item in documents:
            output = []
            for class_id in item:
                output.append(self.vocabulary_.reverse(class_id))
            yield ' '.join(output)

    def save(self, filename):
        with open(filename, 'wb') as f:
            f.write(pickle.dumps(self))

    @classmethod
    def restore(cls, filename):
        with open(filename, 'rb') as f:
            return pickle.loads(f.read())

