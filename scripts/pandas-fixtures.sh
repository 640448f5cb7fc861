#!/bin/sh
# Regenerates test/python/pandas/fixtures/*.expected with the real pandas (Debian's python3-pandas
# 1.5.3 over NumPy 1.24, run as /usr/bin/python3; its reprs, dtypes and statistics match pandas 0.2x
# for what these fixtures print, once display.min_rows, new in 1.0, is unset: then a long frame
# shows its first and last max_rows // 2 rows as 0.2x did, not 5 and 5). The tests compare
# Gradbook's stdout with these files byte for byte and never run Python.
set -e
cd "$(dirname "$0")/../test/python/pandas/fixtures"
for f in *.py; do
  env -u COLUMNS -u LINES /usr/bin/python3 -c "
import runpy, sys
import pandas as pd
pd.set_option('display.min_rows', None)
runpy.run_path(sys.argv[1], run_name='__main__')
" "$f" > "${f%.py}.expected"
done
