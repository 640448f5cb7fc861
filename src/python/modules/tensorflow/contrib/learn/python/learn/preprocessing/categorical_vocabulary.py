# tf.contrib.learn.preprocessing.CategoricalVocabulary (TF 1.x): a growing mapping from
# categories (words) to ids. Id 0 is the unknown token; new categories get the next id while the
# vocabulary is not frozen, and 0 once it is. trim() renumbers by falling frequency (ties in
# key order, as TF's two stable sorts give) and drops rare categories.
import collections


class CategoricalVocabulary(object):

    def __init__(self, unknown_token="<UNK>", support_reverse=True):
        self._unknown_token = unknown_token
        self._mapping = {unknown_token: 0}
        self._support_reverse = support_reverse
        if support_reverse:
            self._reverse_mapping = [unknown_token]
        self._freq = collections.defaultdict(int)
        self._freeze = False

    def __len__(self):
        """Number of categories, the unknown token included."""
        return len(self._mapping)

    def freeze(self, freeze=True):
        self._freeze = freeze

    def get(self, category):
        """The id of category, adding it when the vocabulary is not frozen (0 when it is)."""
        if category not in self._mapping:
            if self._freeze:
                return 0
            self._mapping[category] = len(self._mapping)
            if self._support_reverse:
                self._reverse_mapping.append(category)
        return self._mapping[category]

    def add(self, category, count=1):
        """Adds category (if new) and counts it; the unknown token is not counted."""
        category_id = self.get(category)
        if category_id <= 0:
            return
        self._freq[category] += count

    def trim(self, min_frequency, max_frequency=-1):
        """Keeps categories seen more than min_frequency (and fewer than max_frequency) times."""
        # TF sorts by key, then stably by falling count: equal counts stay in key order.
        ordered = sorted(self._freq.items(), key=lambda item: (isinstance(item[0], str), item[0]))
        ordered = sorted(ordered, key=lambda item: item[1], reverse=True)
        self._mapping = {self._unknown_token: 0}
        if self._support_reverse:
            self._reverse_mapping = [self._unknown_token]
        idx = 1
        for category, count in ordered:
            if max_frequency > 0 and count >= max_frequency:
                continue
            if count <= min_frequency:
                break
            self._mapping[category] = idx
            idx += 1
            if self._support_reverse:
                self._reverse_mapping.append(category)
        self._freq = dict(ordered[:idx - 1])

    def reverse(self, class_id):
        """The category of class_id (needs support_reverse)."""
        if not self._support_reverse:
            raise ValueError("This vocabulary wasn't initialized with support_reverse to support reverse() function.")
        return self._reverse_mapping[class_id]
