# Int arithmetic across the 2**53 boundary: every operator, mixed signs and sizes.
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

B = 2**53
values = [0, 1, -1, 7, -7, B - 1, B, B + 1, -B - 1, 2**63 - 1, -2**63, 2**64 + 3, -(3**45), 10**30 + 17]
for a in values:
    for b in values:
        print(a, b, a + b, a - b, a * b, a == b, a < b, a >= b)
        if b:
            print('  div', a // b, a % b, divmod(a, b), a / b)
        print('  bits', a & b, a | b, a ^ b)

print('unary', [(-v, +v, abs(v), ~v) for v in values])
print('2**53 + 1 =', 2**53 + 1, 'and 2**64 =', 2**64, 'and 10**400 has', len(str(10**400)), 'digits')
print('pow', 3**100, (-3)**101, 2**-3, (-2)**-3, 0**0, 7**0, (2**70)**2, 10**22, 10**23)
print('shifts', 1 << 100, -1 << 70, 2**100 >> 37, -(2**100) >> 37, 5 >> 200, -5 >> 200, (2**53 - 1) << 1, 123 << 0)
print('mixed', 2**64 + 0.5, 2**64 * 1.0, 2**53 + 1.0, 3 / 2, 2**70 / 2**68, 10**400 / 10**399, 1 / 3 * 3)
print('truediv', (2**60 + 1) / (2**60 - 1), 123456789012345678901234567890 / 987654321, 5 / 2**1076, 1 / 10**320, -7 / 2**64)
print('floor', -7 // 2, 7 // -2, -7 % 2, 7 % -2, -(2**70) // 3, -(2**70) % 3, 2**70 // -3, 2**70 % -3, 7 // -(2**70), 7 % -(2**70))
print('bool', True + True, True * 2**60, -True, ~False, True << 62, True / 2, True // True)
print('float-int', 7.5 // 2, 7.5 % 2, -7.5 // 2, 2**70 % 2.5, divmod(7.5, 2), divmod(-2**70, 2.5))
print('pow3', pow(3, 2**70, 10**9 + 7), pow(-2**70, 3, -7), pow(2**70, 2**70, 2**65 + 1), pow(5, -2, 13), pow(7, 0, 1), pow(2, 10, -3))
print('inplace')
x = 2**52
for i in range(4):
    x += x
    print(' ', x, type(x).__name__)
y = 1
for i in range(70):
    y *= 3
print(' ', y)
y -= 3**70
print(' ', y, y == 0)

check('zero div', lambda: 2**70 // 0)
check('zero mod', lambda: 2**70 % 0)
check('zero true div', lambda: 2**70 / 0)
check('zero divmod', lambda: divmod(5, 0))
check('float divmod zero', lambda: divmod(5.5, 0))
check('neg shift', lambda: 1 << -1)
check('neg rshift', lambda: 2**70 >> -1)
check('neg pow zero', lambda: 0 ** -1)
check('overflow div', lambda: 10**400 / 3)
check('overflow div 2', lambda: 2**1024 / 1)
check('overflow mixed', lambda: 2**1024 * 1.0)
check('overflow mixed 2', lambda: 1.5 + 2**1100)
check('overflow pow', lambda: (2**1100) ** -1)
check('pow mod zero', lambda: pow(2, 3, 0))
check('pow mod float', lambda: pow(2.0, 3, 5))
check('pow not invertible', lambda: pow(2, -1, 4))
check('huge shift', lambda: 1 << 10**20)
check('shift by huge', lambda: 2**70 >> 10**20)
check('str plus int', lambda: 'a' + 2**70)
check('int plus none', lambda: 2**70 + None)
check('float mod zero', lambda: 5 % 0.0)
