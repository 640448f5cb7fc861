# hash() of numbers, dict/set keys across int/float/bool, sum/min/max/sorted, range with big
# bounds, and big ints as indices, counts and slice bounds (IndexError / OverflowError).
import sys

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

def assign(container, key):
    container[key] = 0
    return container

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -2**64, 2**100, -(10**30) - 7, 2**53 + 1, True, False]:
    print('hash', v, hash(v))
for v in [0.5, -0.5, 1.5, 1e300, -1e-300, 2.0**64, 5e-324, 0.1, float('inf'), float('-inf'), -0.0, 1e16 + 2]:
    print('hash', v, hash(v))
print(hash(2**64) == hash(float(2**64)), hash(10**20) == hash(1e20), hash(2**53 + 1) == hash(float(2**53 + 1)))
for t in [(), (1,), (1, 2), (1, 2**70, 0.5, -1), ((1, 2), (3, 4)), (True, False, 0.0)]:
    print('hash', t, hash(t))

d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d))
d = {2**64: 'a', float(2**64): 'b', 2**64 + 1: 'c', 2**53: 'd', 2.0**53: 'e', 2**53 + 1: 'f'}
print(d, d[2**64], d[float(2**53)], 2**64 + 1 in d, float(2**64 + 1) in d)
s = {2**64, 2**64 + 1, float(2**64), 10**30, 1e30, -2**70, -(2**70)}
print(len(s), sorted(s), 10**30 in s, int(1e30) in s)
print({(2**64, 1): 'x'}[(float(2**64), True)], {2**70: 1}.get(2**70 + 0), {-1: 'm'}[-1.0])

print(sum([2**60] * 10), sum([1, 2**70, 0.5]), sum([2**53, 1, 1]), sum(range(10**6)), sum([0.1] * 10), sum([], 2**70))
print(sum([2**62, 2**62, -2**63]), sum([True, 2**63]), sum((x * x for x in range(2**5))))
print(max([3, 2**64, -2**70]), min([3, 2**64, -2**70]), sorted([3, -1, 2**64, 2**63, -2**64, 0]), sorted([2**70, 2**69, 2**71], reverse=True))

r = range(2**64, 2**64 + 3)
print(r, list(r), len(r), r[0], r[-1], r[1:], 2**64 + 1 in r, 2**64 + 3 in r, float(2**64) in r, 5 in r)
big = range(0, 2**64, 3)
print(big, big[-1], big[10**18], big[::-2**60], big[2**60:2**60 + 7], bool(big), big == range(0, 2**64, 3))
print(list(reversed(range(2**64, 2**64 + 2))), list(range(2**53 - 2, 2**53 + 2)), list(range(-2**64, -2**64 - 7, -3)))
print(range(2**53) == range(0, 2**53, 1), range(0, 2**60, 2**59) == range(0, 2**59 + 1, 2**59), range(10)[2:2**70])
print([i for i in range(2**64, 2**64 + 10, 4)], sum(range(2**64, 2**64 + 4)), len(range(2**62)))
check('len huge range', lambda: len(range(2**64)))
check('range index', lambda: range(2**64)[2**64])
check('small range big index', lambda: range(10)[2**64])
check('range float', lambda: range(1.5))
check('range step zero', lambda: range(0, 2**64, 0))

for label, f in [('list index 2**62', lambda: [1][2**62]), ('list index 2**64', lambda: [1][2**64]),
                 ('list index -2**64', lambda: [1][-2**64]), ('str index', lambda: 'abc'[2**64]),
                 ('tuple index', lambda: (1, 2)[2**100]), ('list repeat 2**64', lambda: [1] * 2**64),
                 ('list repeat 2**62', lambda: [1] * 2**62), ('str repeat 2**62', lambda: 'a' * 2**62),
                 ('tuple repeat 2**63', lambda: (1,) * 2**63), ('neg repeat', lambda: [0] * (-2**64)),
                 ('str repeat -2**70', lambda: 'ab' * -2**70), ('bool repeat', lambda: 'x' * True),
                 ('slice big', lambda: [1, 2, 3][2**70:]), ('slice neg big', lambda: [1, 2, 3][-2**70:2**70]),
                 ('slice step big', lambda: [1, 2, 3][::2**70]), ('slice step neg big', lambda: [1, 2, 3][::-2**70]),
                 ('str slice big', lambda: 'hello'[1:2**100]), ('slice float', lambda: [1, 2][1.0:]),
                 ('list assign big', lambda: assign([1, 2], 2**64)), ('list assign 2**62', lambda: assign([1, 2], 2**62)),
                 ('dict assign big', lambda: assign({}, 2**64)), ('chr big', lambda: chr(2**64)),
                 ('chr neg', lambda: chr(-1)), ('chr range', lambda: chr(0x110000))]:
    check(label, f)
for label, f in [('insert big', lambda: [1].insert(2**64, 0)), ('pop big', lambda: [1].pop(2**64)),
                 ('find big start', lambda: 'abc'.find('b', 2**64)), ('find neg start', lambda: 'abc'.find('b', -2**64)),
                 ('count big end', lambda: 'aaa'.count('a', 0, 2**70)), ('list index big', lambda: [1, 2, 3].index(2, -2**70, 2**70)),
                 ('split big', lambda: 'a b'.split(' ', 2**64)), ('ljust big', lambda: 'a'.ljust(2**64)),
                 ('enumerate big', lambda: list(enumerate('ab', 2**64))), ('enumerate edge', lambda: list(enumerate('abc', 2**53 - 1))),
                 ('star width big', lambda: '%*d' % (2**64, 1)), ('format width big', lambda: format(1, '99999999999999999999')),
                 ('to_bytes zero signed', lambda: (0).to_bytes(0, 'big', signed=True)), ('to_bytes 127', lambda: (127).to_bytes(1, 'big', signed=True)),
                 ('to_bytes 128', lambda: (128).to_bytes(1, 'big', signed=True))]:
    check(label, f)
lst = [0, 1, 2, 3, 4]
del lst[2**62:]
print(lst)
lst[2**70:] = [9]
print(lst, lst[-2**70:1])
print([1, 2] * 3, 3 * 'ab', (2**64 - 2**64 + 2) * [7])
