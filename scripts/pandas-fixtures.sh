#!/bin/sh
# Regenerates test/python/pandas/fixtures/*.expected with the real pandas (Debian's python3-pandas
# 1.5.3 over NumPy 1.24, run as /usr/bin/python3; its reprs, dtypes and statistics match pandas 0.2x
# for what these fixtures print). The tests compare Gradbook's stdout with these files byte for
# byte and never run Python.
set -e
cd "$(dirname "$0")/../test/python/pandas/fixtures"
for f in *.py; do
  /usr/bin/python3 "$f" > "${f%.py}.expected"
done
