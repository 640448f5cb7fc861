"""Writes programs/string_arrays.expected and programs/string_array_text.expected: each program's
stdout under python3-numpy, printed in NumPy 1.x style (legacy='1.25': elements of
`[w for w in row]` print as 'the', not np.str_('the')), which is how Gradbook's NumPy 1.26 prints.
Run: python3 gen/gen_string_arrays.py"""
import contextlib
import io
import os
import warnings
import numpy as np

np.set_printoptions(legacy='1.25')
warnings.simplefilter('ignore', DeprecationWarning)
if not hasattr(np, 'in1d'):
    # NumPy 2.4 removed np.in1d; in NumPy 1.26 it is isin of the flattened first argument.
    np.in1d = lambda ar1, ar2, assume_unique=False, invert=False, *, kind=None: np.isin(
        np.asarray(ar1).ravel(), ar2, assume_unique=assume_unique, invert=invert, kind=kind)
here = os.path.dirname(os.path.abspath(__file__))
for name in ['string_arrays', 'string_array_text']:
    program = os.path.join(here, '..', 'programs', name + '.py')
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(open(program).read(), program, 'exec'), {'__name__': '__main__'})
    with open(program[:-3] + '.expected', 'w') as f:
        f.write(out.getvalue())
