#!/bin/sh
# Regenerates test/python/fixtures/*.expected with CPython 3.11 (run from the repository root).
# The tests compare our interpreter's stdout with these files byte for byte; they never run Python.
set -e
cd "$(dirname "$0")/../test/python/fixtures"
for f in *.py; do
  python3 "$f" > "${f%.py}.expected"
done
