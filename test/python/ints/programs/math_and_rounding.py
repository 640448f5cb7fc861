# math on big ints, round(), int(float) and float(int) exactness, and random with big ints.
import math
import random

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(math.factorial(0), math.factorial(30), math.factorial(100) % 10**20, len(str(math.factorial(1000))))
print(math.gcd(2**100, 6**50), math.gcd(-12, 18), math.gcd(), math.gcd(0, 0), math.gcd(7), math.gcd(2**70, 2**70 + 1, 6))
print(math.lcm(2**70, 3**40), math.lcm(-4, 6), math.lcm(0, 6), math.lcm(), math.lcm(2, 3, 4, 5))
print(math.isqrt(10**50), math.isqrt(2**200 + 1), math.isqrt(15), math.isqrt(0), math.isqrt(2**106 - 1), math.isqrt(True))
print(math.comb(100, 50), math.comb(10**20, 2), math.comb(5, 7), math.comb(60, 30), math.perm(30, 20), math.perm(5, 7), math.perm(6), math.perm(5, None))
print(math.prod([2**40, 2**40]), math.prod([]), math.prod([1.5, 2**70]), math.prod(range(1, 25)), math.prod([2, 3], start=2**70))
print(math.floor(1e300) % 10**12, math.ceil(-1e300) % 10**12, math.trunc(-2**70), math.floor(2**70), math.ceil(2.5), math.floor(-2.5), math.trunc(-2.5), math.floor(True))
print(math.log(10**500), math.log2(2**2000), math.log10(10**400), math.log(2**1100, 2), math.log10(3**1000), math.log2(3**1000), math.log(2**70))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(2**70), math.log(2**1100, 2**550))
print(math.sqrt(2**70), math.fabs(-2**70), math.copysign(2**70, -1), math.pow(2**70, 2), math.isclose(2**70, 2**70 + 1), math.isfinite(2**1000))
print(math.fsum([2**70, 1, -2**70]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum([float('inf'), 1.0]), math.fsum([1e308, 1e308, -1e308]) if False else 'skip')
for label, f in [('factorial neg', lambda: math.factorial(-1)), ('factorial float', lambda: math.factorial(5.0)),
                 ('factorial huge', lambda: math.factorial(2**64)), ('comb neg', lambda: math.comb(-1, 2)),
                 ('comb k neg', lambda: math.comb(5, -2)), ('perm neg', lambda: math.perm(-1)), ('perm k neg', lambda: math.perm(5, -1)),
                 ('gcd float', lambda: math.gcd(2.0, 4)), ('isqrt neg', lambda: math.isqrt(-1)), ('isqrt float', lambda: math.isqrt(1.5)),
                 ('sqrt huge', lambda: math.sqrt(2**2000)), ('exp huge', lambda: math.exp(2**70)), ('pow huge', lambda: math.pow(2, 2**70)),
                 ('log zero', lambda: math.log(0)), ('log neg big', lambda: math.log(-2**100)), ('log base one', lambda: math.log(10, 1)),
                 ('log10 zero', lambda: math.log10(0)), ('log2 neg', lambda: math.log2(-1)), ('trunc str', lambda: math.trunc('x')),
                 ('floor str', lambda: math.floor('x')), ('floor inf', lambda: math.floor(float('inf'))), ('ceil nan', lambda: math.ceil(float('nan'))),
                 ('fsum inf-inf', lambda: math.fsum([float('inf'), float('-inf')])), ('fsum big', lambda: math.fsum([2**1100]))]:
    check(label, f)

print(round(12345, -2), round(2**70 + 12345, -3), round(15, -1), round(25, -1), round(-25, -1), round(-35, -1), round(5, -400))
print(round(2**70, 2), round(True, -1), round(True), type(round(True)).__name__, round(7, None), round(-(2**70) - 5, -1), round(10**30 + 5 * 10**9, -10))
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.49999999999999994), round(1e300) % 10**9, round(1.5, 2**70), round(1.5, -2**70), round(2**52 + 0.5))
print(round(1234.5678, -2), round(1234.5678, 2), round(-0.0), type(round(2.5)).__name__, round(4503599627370497.0))
check('round inf', lambda: round(float('inf')))
check('round nan', lambda: round(float('nan')))
print(int(1e300) % 10**12, int(-1.5e300) // 10**290, int(2.0**64), int(1e20), int(-0.9), int(2**53 + 1.0), int(123456789.987))
print(float(2**64), float(-2**70), float(10**308), float(2**53 + 1), float(2**54 + 3), float(10**22), float(10**23), float(123456789012345678901234567890))
print(divmod(2**70, -3), divmod(-7, 2), divmod(-2**70, 7), divmod(7.5, 2), divmod(2**70, 2.5), abs(-2**70), abs(-7), abs(True))

random.seed(2**100 + 7)
print(random.random(), random.randrange(2**70), random.randint(-2**65, 2**65), random.getrandbits(100))
random.seed(-12345)
print(random.random(), random.randrange(10, 2**64, 7), random.randrange(2**64, 10, -2**40))
random.seed(0.5)
print(random.random())
random.seed(-2.25)
print(random.random())
random.seed(12)
print([random.randint(1, 6) for _ in range(5)], random.randrange(0, 100, 3), random.getrandbits(0), random.getrandbits(53), random.getrandbits(54), random.getrandbits(64))
check('randrange empty', lambda: random.randrange(2**64, 2**64))
check('randrange zero step', lambda: random.randrange(0, 2**64, 0))
