# np.char with array-valued arguments broadcast against the strings (expected: python3 + NumPy 1.x).
import numpy as np
b = np.array([['Hello World', 'foo bar'], ['aXa', 'bb']])
print(np.char.count(b, np.array(['o', 'b'])))
print(np.char.startswith(b, ['H', 'b']), np.char.find(b, 'a', [0, 1]))
print(np.char.replace(np.array(['aa', 'ba']), ['a', 'b'], 'z'))
print(np.char.center(np.array(['x', 'y']), [3, 5], '*'))
print(np.char.zfill(np.array(['7']), [1, 2, 3]))
print(np.char.strip(np.array(['xax', 'yby']), np.array(['x', 'y'])))
print(np.char.split(np.array(['a,b', 'c;d']), [',', ';']))
print(np.char.multiply(np.array(['ab', 'c']), 2))
print(np.char.multiply(np.array(['ab', 'c']), np.array([[1], [2]])))
print(np.char.endswith(np.array(['ab', 'cb']), np.array(['b', 'c'])), np.char.rjust(np.array(['a']), np.array([2, 4]), '-'))
print(np.char.encode(np.array(['é']), ['utf-8', 'latin-1']))
