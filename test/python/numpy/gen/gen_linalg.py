"""Generate np.linalg fixtures: each expression's NumPy result (LAPACK), compared to 1e-10.

Run once from the repo root with Debian's NumPy 1.24: /usr/bin/python3 test/python/numpy/gen/gen_linalg.py
"""
import numpy as np
from common import enc_array, write

A = 'np.array([[1., 2.], [3., 4.], [5., 7.]])'
M = 'np.array([[4., 7., 1.], [2., 6., 0.5], [1., -3., 8.]])'
EXPRS = [
    f'np.linalg.lstsq({A}, np.array([1., 2., 2.5]), rcond=None)[0]', f'np.linalg.lstsq({A}, np.array([1., 2., 2.5]), rcond=None)[1]',
    f'np.linalg.lstsq({A}, np.array([[1., 0.], [2., 1.], [2.5, 3.]]), rcond=None)[0]', f'np.linalg.lstsq({A}, np.array([1., 2., 2.5]), rcond=None)[3]',
    f'np.linalg.inv({M})', f'np.linalg.det({M})', f'np.linalg.solve({M}, np.array([1., 2., 3.]))', f'np.linalg.pinv({A})',
    f'np.linalg.pinv({A}.T)', f'np.linalg.norm({M})', f'np.linalg.norm({M}, axis=0)', f'np.linalg.norm({M}, 1)', f'np.linalg.norm({M}, -np.inf)',
    f'np.linalg.norm({M}, 2)', f"np.linalg.norm({M}, 'nuc')", 'np.linalg.norm(np.array([3., -4., 0.]), 1)', 'np.linalg.norm(np.array([3., -4., 0.]), 0)',
    f'np.linalg.norm({M}, axis=1, keepdims=True)', f'np.linalg.svd({A}, compute_uv=False)', f'np.linalg.matrix_rank({A})',
    'np.linalg.matrix_rank(np.array([[1., 2.], [2., 4.]]))', 'np.linalg.inv(np.array([[1, 2], [3, 4]]))',
]
write('test/python/numpy/fixtures/linalg.json', [{'expr': e, 'array': enc_array(eval(e))} for e in EXPRS])
