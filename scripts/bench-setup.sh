#!/bin/sh
# Installs the bench's Python peers (issue 15): PyTorch and NumPy from Debian, with the threaded
# OpenBLAS NumPy's matmul uses. `npm run bench` runs without them and says which are missing.
# Run as root (or through sudo): sh scripts/bench-setup.sh
set -e
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends python3 python3-numpy python3-torch libopenblas0-pthread
/usr/bin/python3 -c "import numpy, torch; print('numpy', numpy.__version__, '· torch', torch.__version__)"
