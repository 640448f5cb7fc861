# tf.contrib.learn.preprocessing.CategoricalVocabulary (TF 1.15 contrib/learn/python/learn/
# preprocessing/categorical_vocabulary.py): category -> id, with id 0 for the unknown token. Ids are
# handed out in order of first sight until freeze(); trim(min_frequency) renumbers the categories
# seen more than min_frequency times from 1, by descending count (ties in sorted order).
import collections


class CategoricalVocabulary(object):
    """Maps categories (words) to ids; 0 is unknown_token."""

    def __init__(self, unknown_token='<UNK>', support_reverse=True):
        self._unknown_token = unknown_token
        self._mapping = {unknown_token: 0}
        self._support_reverse = support_reverse
        if support_reverse:
            self._reverse_mapping = [unknown_token]
        self._freq = collections.defaultdict(int)
        self._freeze = False

    def __len__(self):
        """The number of ids, the unknown token's included."""
        return len(self._mapping)

    def freeze(self, freeze=True):
        """After freeze(), new categories get id 0 instead of a new id."""
        self._freeze = freeze

    def get(self, category):
        """The category's id (a new one while not frozen; 0 when frozen and unseen)."""
        found = self._mapping.get(category)
        if found is not None:
            return found
        if self._freeze:
            return 0
        new_id = len(self._mapping)
        self._mapping[category] = new_id
        if self._support_reverse:
            self._reverse_mapping.append(category)
        return new_id

    def add(self, category, count=1):
        """Counts the category (giving it an id first); the unknown token is not counted."""
        if self.get(category) <= 0:
            return
        self._freq[category] += count

    def trim(self, min_frequency, max_frequency=-1):
        """Keeps the categories counted more than min_frequency (and below max_frequency when > 0),
        renumbered 1..n from the most frequent."""
        by_name = sorted(self._freq.items(), key=lambda item: (isinstance(item[0], str), item[0]))
        ranked = sorted(by_name, key=lambda item: item[1], reverse=True)
        self._mapping = {self._unknown_token: 0}
        if self._support_reverse:
            self._reverse_mapping = [self._unknown_token]
        kept = 0
        for category, count in ranked:
            if max_frequency > 0 and count >= max_frequency:
                continue
            if count <= min_frequency:
                break
            kept += 1
            self._mapping[category] = kept
            if self._support_reverse:
                self._reverse_mapping.append(category)
        self._freq = dict(ranked[:kept])

    def reverse(self, class_id):
        """The category with this id."""
        if not self._support_reverse:
            raise ValueError("This vocabulary wasn't initalized with support_reverse to support reverse() function.")
        return self._reverse_mapping[class_id]
