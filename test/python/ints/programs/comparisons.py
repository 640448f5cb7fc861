# Exact comparisons and equality between ints, floats and bools, as CPython does them.
B = 2**53
pairs = [
    (B + 1, float(B + 1)), (B, float(B)), (2**64, float(2**64)), (2**64 + 1, float(2**64)),
    (10**30, 1e30), (2**1100, 1e308), (2**1100, float('inf')), (-2**1100, float('-inf')),
    (3, 3.0), (3, 3.5), (-(2**63), -9.223372036854776e18), (1, True), (0, False), (2**70, float('nan')),
]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a)
print(sorted([2**64, 1.5, 2**63, -2**70, True, 2**64 + 0.0, -1e300, 10**30]))
print(max(2**70, 1e21), min(2**70, 2**70 + 1.0), max([3, 2**64 - 1, 2**64 - 1.0]))
print(2**53 + 1 in [float(2**53 + 1)], 2**64 in [float(2**64)], [2**64] == [2.0**64], (2**70,) < (2**70, 1))
print(1 == 1.0 == True, 2**70 == 2**70, 2**70 is not None, 2**70 != 2**70 + 1)
x = 2**60
count = 0
while x > 1:
    x //= 2
    count += 1
print('halvings', count)
