"""Writes programs/NAME.out: what python3 + NumPy 2.4 prints for programs/NAME.py.

Run once when a program changes (python3 test/python/modules/numpy/gen_expected.py); the
tests compare our interpreter's stdout with these files byte for byte and need no Python.
"""
import pathlib
import subprocess
import sys

here = pathlib.Path(__file__).parent / 'programs'
for program in sorted(here.glob('*.py')):
    out = subprocess.run([sys.executable, program.name], cwd=here, capture_output=True, text=True, check=True).stdout
    program.with_suffix('.out').write_text(out)
    print(program.name, len(out.splitlines()), 'lines')
