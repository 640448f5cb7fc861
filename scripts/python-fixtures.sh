#!/bin/sh
# Regenerates test/python/fixtures/*.expected with CPython 3.11 (run from the repository root).
# The tests compare our interpreter's stdout with these files byte for byte; they never run Python.
set -e
cd "$(dirname "$0")/../test/python/fixtures"
for f in *.py; do
  python3 "$f" > "${f%.py}.expected"
done
# Multi-file programs (imports, files): each folder's main.py, run in a scratch copy of its folder.
cd ../programs
for d in */; do
  work=$(mktemp -d)
  cp -r "$d". "$work"
  (cd "$work" && python3 main.py > main.expected)
  cp "$work/main.expected" "$d"
  rm -rf "$work"
done
