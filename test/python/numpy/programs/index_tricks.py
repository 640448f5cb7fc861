# np.r_ and np.c_ as NumPy prints them. The .expected file is this program's stdout under
# python3-numpy: python3 index_tricks.py > index_tricks.expected
import numpy as np
print(np.r_[1:4, 0, 4])
print(np.r_[np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])])
print(np.r_[0:10:3, 7.5].tolist())
print(np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])])
m = 3
data = np.arange(6.).reshape(3, 2)
print(np.c_[np.ones((m, 1)), data])
print(np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])])
print(np.r_['0,2', [1, 2, 3], [4, 5, 6]])
print(np.r_['1,2,0', [1, 2, 3], [4, 5, 6]])
print(np.r_['-1', np.ones((2, 2)), np.zeros((2, 1))])
print(np.r_[np.zeros((1, 2)), np.ones((2, 2))].shape)
print(np.c_[1, 2].tolist())
