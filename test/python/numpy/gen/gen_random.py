"""Generate RandomState stream fixtures: a sequence of calls per seed and what NumPy returned.

Run once from the repo root: python3 test/python/numpy/gen/gen_random.py
"""
import numpy as np
from common import enc_array, write


def enc(v):
    if isinstance(v, np.ndarray):
        return {'array': enc_array(v)}
    if isinstance(v, np.generic):
        return {'scalar': enc_array(np.asarray(v))}
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': v}
    return {'float': repr(float(v))}


# Each step: [method, args, kwargs]. Arrays in args are given as {'array': nested, 'dtype': d}.
SCRIPTS = {
    'rand': [['rand', [], {}], ['rand', [3], {}], ['rand', [2, 3], {}], ['random_sample', [], {'size': 4}],
             ['random', [[2, 2]], {}]],
    'randn odd counts keep the cached normal': [
        ['randn', [], {}], ['randn', [3], {}], ['randn', [2, 3], {}], ['standard_normal', [], {'size': 5}],
        ['rand', [], {}], ['randn', [], {}]],
    'normal uniform': [['normal', [], {}], ['normal', [1.5, 2.0], {'size': [3, 2]}],
                       ['uniform', [], {}], ['uniform', [-2.0, 5.0], {'size': 7}]],
    'randint': [['randint', [10], {}], ['randint', [10], {'size': 20}], ['randint', [-5, 5], {'size': [3, 4]}],
                ['randint', [0, 1], {'size': 3}], ['randint', [0, 256], {'size': 10}],
                ['randint', [0, 2 ** 32], {'size': 3}], ['randint', [0, 2 ** 40], {'size': 5}],
                ['randint', [-3, 1000000007], {'size': 6}], ['randint', [7], {'size': 5, 'dtype': 'int32'}]],
    'choice': [['choice', [5], {}], ['choice', [10], {'size': 6}], ['choice', [10], {'size': 6, 'replace': False}],
               ['choice', [{'array': [1.5, 2.5, 3.5], 'dtype': 'float64'}], {'size': [2, 2]}],
               ['choice', [4], {'size': 8, 'p': [0.1, 0.2, 0.3, 0.4]}],
               ['choice', [5], {'size': 3, 'replace': False, 'p': [0.1, 0.2, 0.3, 0.2, 0.2]}],
               ['choice', [{'array': [10, 20, 30], 'dtype': 'int64'}], {}]],
    'permutation shuffle': [['permutation', [10], {}], ['permutation', [{'array': [[1, 2], [3, 4], [5, 6]], 'dtype': 'int64'}], {}],
                            ['shuffle', [{'array': list(range(12)), 'dtype': 'float32'}], {}],
                            ['shuffle', [{'array': [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]], 'dtype': 'int32'}], {}],
                            ['permutation', [1], {}], ['rand', [], {}]],
    'binomial inversion and BTPE': [
        ['binomial', [1, 0.7], {'size': 12}], ['binomial', [10, 0.5], {}], ['binomial', [0, 0.5], {'size': 2}],
        ['binomial', [5, 0.0], {'size': 2}], ['binomial', [5, 1.0], {'size': 2}], ['binomial', [100, 0.4], {'size': 20}],
        ['binomial', [1000, 0.9], {'size': 20}], ['binomial', [100000, 0.01], {'size': 5}], ['binomial', [2.9, 0.5], {'size': 4}],
        ['binomial', [{'array': [1, 10, 100, 1000], 'dtype': 'int64'}, {'array': [0.5, 0.2, 0.6, 0.05], 'dtype': 'float64'}], {}],
        ['binomial', [{'array': [[1], [60]], 'dtype': 'int64'}, 0.7], {'size': [2, 3]}], ['rand', [], {}]],
    # Inversion constants are cached per (n, p): runs of one pair, a pair sharing the tail
    # probability (0.3 vs 0.7), then n and p changing back, must all give NumPy's draws.
    'binomial constants per (n, p)': [
        ['binomial', [{'array': [20, 20, 20, 20, 7, 7, 20, 20, 3, 20], 'dtype': 'int64'},
                      {'array': [0.3, 0.3, 0.7, 0.7, 0.7, 0.3, 0.3, 0.05, 0.05, 0.3], 'dtype': 'float64'}], {}],
        ['binomial', [1, 0.5], {'size': [40, 30]}], ['binomial', [1, 0.5], {}], ['rand', [], {}]],
    'array-valued normal and uniform': [
        ['normal', [{'array': [0.0, 10.0, 100.0], 'dtype': 'float64'}, 1.0], {}],
        ['normal', [{'array': [[0.0], [10.0]], 'dtype': 'float64'}, {'array': [1.0, 2.0, 3.0], 'dtype': 'float64'}], {}],
        ['normal', [{'array': [0.0, 10.0], 'dtype': 'float64'}, 1.0], {'size': [3, 2]}],
        ['uniform', [{'array': [0.0, 1.0], 'dtype': 'float64'}, {'array': [1.0, 5.0], 'dtype': 'float64'}], {}],
        ['uniform', [-1.0, {'array': [[1.0], [2.0]], 'dtype': 'float32'}], {'size': [2, 2]}], ['randn', [], {}]],
    'long stream crosses the 624-word refill': [['rand', [1000], {}], ['randn', [701], {}], ['randint', [0, 3], {'size': 500}]],
}


def build_arg(x):
    if isinstance(x, dict) and 'array' in x:
        return np.array(x['array'], dtype=x['dtype'])
    return x


fixtures = []
for seed in [0, 1, 42, 2 ** 32 - 1, 123456789]:
    for name, script in SCRIPTS.items():
        rs = np.random.RandomState(seed)
        results = []
        for method, args, kwargs in script:
            args = [build_arg(a) for a in args]
            kw = {k: (tuple(v) if k == 'size' and isinstance(v, list) else v) for k, v in kwargs.items()}
            out = getattr(rs, method)(*args, **kw)
            if method == 'shuffle':
                out = args[0]
            results.append(enc(out))
        fixtures.append({'seed': seed, 'name': name, 'script': script, 'results': results})

# Module-level functions share the global state.
np.random.seed(7)
global_results = [enc(np.random.rand(3)), enc(np.random.randn(3)), enc(np.random.randint(0, 10, size=4))]
fixtures.append({'seed': 7, 'name': 'global', 'script': [['rand', [3], {}], ['randn', [3], {}], ['randint', [0, 10], {'size': 4}]],
                 'results': global_results, 'global': True})
write('test/python/numpy/fixtures/random.json', fixtures)
print(len(fixtures), 'scripts')
