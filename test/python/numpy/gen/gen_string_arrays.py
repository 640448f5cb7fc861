"""Writes programs/string_arrays.expected: the program's stdout under python3-numpy, printed in
NumPy 1.x style (legacy='1.25': elements of `[w for w in row]` print as 'the', not np.str_('the')),
which is how Gradbook's NumPy 1.26 prints. Run: python3 gen/gen_string_arrays.py"""
import contextlib
import io
import os
import numpy as np

np.set_printoptions(legacy='1.25')
here = os.path.dirname(os.path.abspath(__file__))
program = os.path.join(here, '..', 'programs', 'string_arrays.py')
out = io.StringIO()
with contextlib.redirect_stdout(out):
    exec(compile(open(program).read(), program, 'exec'), {'__name__': '__main__'})
with open(program[:-3] + '.expected', 'w') as f:
    f.write(out.getvalue())
