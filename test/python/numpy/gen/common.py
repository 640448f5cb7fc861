"""Shared helpers for the fixture generators: encode arrays exactly as JSON."""
import json
import math
import numpy as np

np.set_printoptions(legacy='1.25')


def enc_value(v, dtype):
    if dtype.kind == 'f':
        f = float(v)
        if math.isnan(f):
            return 'nan'
        if math.isinf(f):
            return 'inf' if f > 0 else '-inf'
        return repr(f)
    if dtype.kind == 'b':
        return bool(v)
    return int(v)


def enc_array(a):
    a = np.asarray(a)
    return {'dtype': str(a.dtype), 'shape': list(a.shape),
            'data': [enc_value(v, a.dtype) for v in a.ravel()]}


def write(path, obj):
    # One entry per line: compact, yet diffs stay readable.
    with open(path, 'w') as f:
        if isinstance(obj, list):
            f.write('[\n' + ',\n'.join(json.dumps(o) for o in obj) + '\n]\n')
        else:
            json.dump(obj, f)
            f.write('\n')
