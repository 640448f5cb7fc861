"""Writes mlcc_intro_to_pandas.txt (/usr/bin/python3 mlcc_intro_to_pandas_gen.py, with Debian's
python3-pandas 1.5.3): the lines the real pandas displays for the notebook's deterministic cells.

It runs the notebook's code cells in order, as IPython does (the value of a cell's last expression
is displayed with repr), and keeps what they print and display except for the cells whose output
is not pandas' to fix: the version cell (we say 0.24.2), the shuffles (np.random.permutation) and
the plot (the repr of matplotlib Axes). display.min_rows is unset as in pandas 0.2x (see
scripts/pandas-fixtures.sh); COLUMNS/LINES must be unset so frames are cut at 80 columns.
"""
import ast
import contextlib
import io
import json
import os

import matplotlib
matplotlib.use('Agg')
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOK = os.path.join(HERE, '..', '..', 'programs', 'notebooks', 'mlcc_intro_to_pandas.ipynb')
SKIP = ('pd.__version__', 'np.random', '.hist(')


def run_cell(source, namespace):
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, '<cell>', 'exec'), namespace)
    if last is not None:
        value = eval(compile(ast.Expression(last.value), '<cell>', 'eval'), namespace)
        if value is not None:
            print(repr(value))


def main():
    pd.set_option('display.min_rows', None)
    os.chdir(os.path.dirname(NOTEBOOK))
    namespace = {'__name__': '__main__'}
    lines = []
    for cell in json.load(open(NOTEBOOK))['cells']:
        if cell['cell_type'] != 'code':
            continue
        source = ''.join(cell['source'])
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            run_cell(source, namespace)
        if not any(s in source for s in SKIP):
            lines += [l for l in out.getvalue().split('\n') if l.strip()]
    with open(os.path.join(HERE, 'mlcc_intro_to_pandas.txt'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


main()
