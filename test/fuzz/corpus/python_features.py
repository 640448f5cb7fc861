# Plain Python that notebook cells use: classes, closures, exceptions, comprehensions, formatting.
class Meter:
    def __init__(self, name):
        self.name = name
        self.values = []

    def add(self, v):
        self.values.append(v)
        return self

    @property
    def mean(self):
        return sum(self.values) / len(self.values) if self.values else 0.0

    def __repr__(self):
        return 'Meter(%r, n=%d)' % (self.name, len(self.values))

def make_scaler(k):
    def scale(v):
        return v * k
    return scale

m = Meter('loss')
for v in map(make_scaler(0.5), [4, 3, 2, 1]):
    m.add(v)
print(m, m.mean)
squares = {i: i * i for i in range(6) if i % 2 == 0}
pairs = list(zip('abc', range(3)))
print(squares, pairs, sorted(pairs, key=lambda p: -p[1]))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
finally:
    print('done')
words = 'the quick brown fox'.split()
print(' '.join(w.capitalize() for w in words), f'{len(words):03d}', '{:>6}|{:<6}|'.format('r', 'l'))
total = 0
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    total += i
print(total, divmod(17, 5), 2 ** 10, 7 // 2, -7 % 3)
