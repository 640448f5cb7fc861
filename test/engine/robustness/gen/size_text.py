# Generates size_text.json: NumPy's size text in "Unable to allocate ... for an array" errors,
# for the byte counts below (run with numpy 2.x: python3 size_text.py > ../size_text.json).
import json
from numpy._core._exceptions import _ArrayMemoryError

SIZES = [0, 1, 800, 1023, 1024, 1025, 10**6, 1073427251, 40050570035, 8 * 10**12,
         1073204953088, 1073956572364, 2**60, 2**70, 2**80, 4 * 10**10, 8 * 10**10 - 1]
print(json.dumps([[n, _ArrayMemoryError._size_to_string(n)] for n in SIZES], indent=1))
