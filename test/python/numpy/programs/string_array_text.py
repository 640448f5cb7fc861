# What TF1 text programs do with string arrays beyond building them: np.char cleaning and
# tokenising, vocabularies with Counter / dict(zip(...)), np.append, np.isin, np.full, a.item().
# The .expected file is this program's stdout under python3-numpy (gen/gen_string_arrays.py).
import collections
import numpy as np
a = np.array(['The', ' cat ', 'Sat'])
print(repr(np.char.lower(a)), repr(np.char.upper(a)), repr(np.char.strip(a)), repr(np.char.lstrip(a)), repr(np.char.rstrip(a)))
print(repr(np.char.strip(np.array(['xxaxx', 'bx']), 'x')), repr(np.char.capitalize(np.array(['hello world']))), repr(np.char.title(np.array(['hello world']))))
print(repr(np.char.swapcase(a)), repr(np.char.lower(['A', 'Bc'])), repr(np.char.upper(np.array([b'ab', b'c']))))
print(repr(np.char.split(np.array(['a b  c', 'd']))), repr(np.char.split(np.array(['a,b', 'c']), ',')), np.char.split(np.array(['a b c']), maxsplit=1)[0])
print(repr(np.char.rsplit(np.array(['a b c']), None, 1)))
print(repr(np.char.join('-', a)), repr(np.char.join(np.array(['-', '+']), np.array(['ab', 'cd']))))
print(repr(np.char.add(a, 'x')), repr(np.char.add('x', a)), repr(np.char.add(a, a)), repr(np.char.add(np.array([['a'], ['b']]), np.array(['c', 'dd']))))
print(repr(np.char.add(np.array([b'a']), np.array([b'bc']))))
print(repr(np.char.replace(a, 'a', 'o')), repr(np.char.replace(np.array(['aaa', 'b']), 'a', 'xy', 2)))
print(np.char.startswith(a, 'T'), np.char.endswith(a, 't'), np.char.startswith(np.array([b'ab', b'b']), b'a'), np.char.startswith(a, 'a', 2))
print(repr(np.char.encode(a)), repr(np.char.decode(np.array([b'x', b'yz']))), repr(np.char.encode(np.array(['é']), 'utf-8')))
print(repr(np.char.str_len(a)), repr(np.char.find(a, 'a')), repr(np.char.count(np.array(['aXa', 'b']), 'a')))
print(repr(np.char.isdigit(np.array(['12', 'a1', '']))), repr(np.char.isalpha(np.array(['ab', 'a1']))), repr(np.char.isspace(np.array([' ', 'a']))))
sentences = np.array(['The cat sat', 'the dog  sat', 'A cat'])
tokens = [w for s in np.char.split(np.char.lower(sentences)) for w in s]
counts = collections.Counter(tokens)
print(counts.most_common(3), collections.Counter(np.array(['b', 'a', 'b'])))
vocab = np.array(sorted(counts))
word_to_id = dict(zip(vocab, range(len(vocab))))
print(word_to_id, [word_to_id[w] for w in sentences[0].lower().split()])
print(repr(vocab.item(0)), np.array(['q']).item(), vocab.item(-1), np.array([['a', 'b'], ['c', 'd']]).item(1, 0), np.array([['a', 'b'], ['c', 'd']]).item((0, 1)))
print(type(vocab.item(1)).__name__, np.array([b'x']).item())
print(repr(np.append(a, 'zz')), repr(np.append(a, ['zz', 'longer!'])), repr(np.append(np.array([['a']]), np.array([['bb']]), axis=0)))
print(repr(np.append([1, 2], [3])), repr(np.append(np.array([[1.5]]), 2)), repr(np.append(np.array([[1, 2]]), np.array([[3, 4]]), axis=0)))
print(repr(np.isin(a, ['Sat', 'dog'])), repr(np.isin(np.array([['a', 'b'], ['c', 'a']]), np.array(['a']))), repr(np.isin(a, ['The'], invert=True)))
print(repr(np.in1d(np.array([['a', 'b'], ['c', 'a']]), ['a', 'c'])), repr(np.isin([1, 2, 3], [2, 5])), repr(np.in1d(np.array([1.0, 2.5]), np.array([2.5]))))
print(repr(np.isin(np.array([b'a', b'b']), [b'b'])), repr(np.isin(np.array(['a', 'b']), [b'a'])), repr(np.isin('a', ['a'])), repr(np.char.lower(np.array('ABC'))), repr(np.char.upper('abc')))
print(repr(np.full(3, 'x')), repr(np.full((2, 2), 'ab')), repr(np.full((1, 2), b'yz')), repr(np.full((), 'q')))
mask = np.isin(vocab, ['the', 'a'], invert=True)
print(vocab[mask], {w: i for i, w in enumerate(vocab[mask])})
print('bb'.__eq__('a'), 'bb'.__ne__('a'), 'a'.__lt__('b'), 'a'.__eq__(1), b'a'.__eq__(b'a'), b'a'.__lt__(b'b'), b'a'.__eq__('a'))
# Saving a vocabulary: savetxt of a '<U' array, and .npy/.npz files byte-identical to NumPy's.
import hashlib
import os
import tempfile
d = tempfile.mkdtemp()
np.savetxt(os.path.join(d, 'vocab.txt'), vocab, fmt='%s')
np.savetxt(os.path.join(d, 'pairs.txt'), np.array([['a', 'bb'], ['c', 'd']]), fmt='%s', delimiter=',', header='w1,w2')
print(repr(open(os.path.join(d, 'vocab.txt')).read()), repr(open(os.path.join(d, 'pairs.txt')).read()))
try:
    np.savetxt(os.path.join(d, 'bad.txt'), vocab)
except TypeError as e:
    print('TypeError:', e)
np.save(os.path.join(d, 'vocab'), np.append(vocab, 'é'))
np.save(os.path.join(d, 'b.npy'), np.array([[b'x', b'yz']]))
np.save(os.path.join(d, 'l.npy'), ['ab', 'c'])
np.save(os.path.join(d, 's.npy'), np.array('abc'))
for name in ['vocab.npy', 'b.npy', 'l.npy', 's.npy']:
    with open(os.path.join(d, name), 'rb') as f:
        print(name, hashlib.md5(f.read()).hexdigest(), repr(np.load(os.path.join(d, name))))
np.savez(os.path.join(d, 'z.npz'), vocab=vocab, ids=np.arange(3))
with np.load(os.path.join(d, 'z.npz')) as z:
    print(repr(z['vocab']), repr(z['ids']), sorted(z.files))
# Reading a vocabulary back: loadtxt(dtype=str), shaped as loadtxt shapes numbers.
with open(os.path.join(d, 'words.txt'), 'w') as f:
    f.write('the\ncat # a comment\n\n# only a comment\nsat\n')
print(repr(np.loadtxt(os.path.join(d, 'words.txt'), dtype=str)), repr(np.loadtxt(os.path.join(d, 'words.txt'), dtype='U2')), repr(np.loadtxt(os.path.join(d, 'words.txt'), dtype=str, ndmin=2)))
with open(os.path.join(d, 'pairs.csv'), 'w') as f:
    f.write('a,1\nbb, 2\n')
csv = os.path.join(d, 'pairs.csv')
print(repr(np.loadtxt(csv, dtype=str, delimiter=',')), repr(np.loadtxt(csv, dtype=str, delimiter=',', usecols=0)), repr(np.loadtxt(csv, dtype=str, delimiter=',', unpack=True)))
print(repr(np.loadtxt(['x y', 'z w'], dtype=str)), repr(np.loadtxt(['x'], dtype=str)), repr(np.loadtxt(csv, dtype=bytes, delimiter=',')))
print(repr(np.loadtxt(os.path.join(d, 'vocab.txt'), dtype=str)), (np.loadtxt(os.path.join(d, 'vocab.txt'), dtype=str) == vocab).all())
# Shape helpers on text: np.repeat, np.squeeze, np.expand_dims, np.array_equal.
w = np.array([['the', 'cat']])
print(repr(np.repeat(vocab[:2], 2)), repr(np.repeat(w, [1, 2], axis=1)), repr(np.squeeze(w)), repr(np.expand_dims(vocab[:2], 1)), repr(np.squeeze(np.array([['a']]))))
print(np.array_equal(w, w.copy()), np.array_equal(w, [['the', 'cat']]), np.array_equal(w, np.array(['the', 'cat'])), np.array_equal(w, [['the', 'dog']]), np.array_equal(np.array([b'a']), np.array(['a'])))
# Padding and repetition.
print(repr(np.char.center(vocab[:3], 5)), repr(np.char.ljust(vocab[:2], 4, '.')), repr(np.char.rjust(np.array([b'ab']), 4)), repr(np.char.zfill(np.array(['7', '-3']), 3)))
print(repr(np.char.multiply(vocab[:2], 2)), repr(np.char.isupper(np.array(['AB', 'Ab']))), repr(np.char.islower(np.array(['ab', 'Ab']))), repr(np.char.isalnum(np.array(['a1', 'a-']))), repr(np.char.isnumeric(np.array(['12', 'x']))), repr(np.char.isdecimal(np.array(['12', 'x']))))
print(repr(np.char.mod('%s!', vocab[:2])), repr(np.char.mod(np.array(['%d', 'n=%03d']), np.arange(2))), repr(np.char.mod('%s!', ('a', 'b'))), repr(np.char.mod(np.array(['%.2f']), [1.5, 2])))
