# Ints as text: repr, int(str, base), hex/oct/bin, format specs, %-formatting, literals,
# the 4300-digit limit in both directions, and the int methods.
import sys

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(2**100, -2**100, [2**64, -2**64], (2**70,), {2**65: -2**65}, str(2**80), repr(-(10**25)))
print(1_000_000, 0x_ff_ff, 0o7_7, 0b1010_1010, 0xffffffffffffffffffff, 0o777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(123456789012345678901234567890123456789, -9223372036854775808, 18446744073709551616)
for text, base in [('0x_1f', 0), ('0b1_0', 0), ('0o17', 0), (' -0o17 ', 0), ('z', 36), ('ZZ', 36), ('  12  ', 10),
                   ('-0', 10), ('+7', 10), ('1_000_000', 10), ('9' * 30, 10), ('f' * 30, 16), ('7' * 40, 8),
                   ('1' * 100, 2), ('0x10', 16), ('0B11', 2), ('000', 0), ('0_0', 0), ('1' * 50, 7), ('1z' * 20, 36)]:
    check('int(%r, %d)' % (text, base), lambda: int(text, base))
for text, base in [('1__0', 10), ('_1', 10), ('1_', 10), ('010', 0), ('0x', 16), ('0b', 0), ('12', 2), ('', 10),
                   ('1e3', 10), ('- 1', 10), ('0x1g', 16), ('12', 1), ('12', 37), ('1.5', 10)]:
    check('int(%r, %d)' % (text, base), lambda: int(text, base))
check('int(12, 10)', lambda: int(12, 10))
check('int("12", 2.0)', lambda: int('12', 2.0))
check('int(1e300)', lambda: int(1e300))
check('int(-1.5e300)', lambda: int(-1.5e300))
check('int(nan)', lambda: int(float('nan')))
check('int(inf)', lambda: int(float('-inf')))
check('float(2**1024)', lambda: float(2**1024))
check('float(2**1024 - 2**970)', lambda: float(2**1024 - 2**970))
check('float(2**1024 - 2**970 - 1)', lambda: float(2**1024 - 2**970 - 1))
check('float(10**308)', lambda: float(10**308))
check('float("1_000.5")', lambda: float('1_000.5'))
check('float("1__0")', lambda: float('1__0'))

for v in [0, 255, -255, 2**64, -2**70, 2**100 + 1]:
    print(hex(v), oct(v), bin(v), format(v, 'x'), format(v, '#X'), format(v, 'o'), format(v, '#b'))
for spec in ['', 'd', ',', '_', ',d', '_x', '>30', '<30', '^30', '+', ' ', '030', '030,', '=+30', 'e', '.3e', 'f', '.2%', 'g', 'n', '#x', '#o']:
    print(repr(spec), '|' + format(2**70, spec) + '|', '|' + format(-2**64, spec) + '|')
print(f'{2**64:,} {2**64:_} {-(2**70):x} {2**70!r} {2**70:>40} {2**53 + 1:e}')
print('{:,}'.format(2**70), '{0:>30}|{0:<30}|'.format(-2**65))
print('%d %i %u' % (2**70, -2**70, 2**64), '%x %X %o' % (2**70, -2**70, 2**64), '%#x %#o' % (2**70, 2**70))
print('%30d|%-30d|%030d|%+d|% d' % (2**64, 2**64, 2**64, 2**64, 2**64), '%.25d' % 2**64)
print('%d' % 1e20, '%d' % -3.99, '%f' % 2**70, '%e' % 2**70, '%g' % 2**70, '%c' % 65)
check('%x float', lambda: '%x' % 3.0)
check('%d str', lambda: '%d' % '3')
check('%f big', lambda: '%f' % 2**1100)
check('%c big', lambda: '%c' % 2**64)
check('format c big', lambda: format(2**64, 'c'))
check('format c range', lambda: format(2**40, 'c'))
check('format f big', lambda: format(2**1100, 'f'))
check('precision', lambda: format(2**70, '.3'))

print('default limit', sys.get_int_max_str_digits())
check('int 5000 digits', lambda: int('9' * 5000))
check('int 4300 digits', lambda: len(str(int('9' * 4300))))
check('int 4301 digits', lambda: int('9' * 4301))
check('int negative 4301', lambda: int('-' + '1' * 4301))
check('hex 5000 digits', lambda: int('f' * 5000, 16) % 1000)
check('base 7 5000 digits', lambda: int('1' * 5000, 7))
check('str 10**5000', lambda: str(10**5000))
check('repr 10**4300', lambda: len(repr(10**4300)))
check('str 10**4299', lambda: len(str(10**4299)))
check('str -10**4299', lambda: len(str(-10**4299)))
check('format 10**5000', lambda: format(10**5000, ','))
check('percent 10**5000', lambda: '%d' % 10**5000)
check('hex 10**5000', lambda: len(hex(10**5000)))
check('set 100', lambda: sys.set_int_max_str_digits(100))
check('set -1', lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(640)
print('limit', sys.get_int_max_str_digits())
check('int 641 digits', lambda: int('1' * 641))
check('int 640 digits', lambda: len(str(int('1' * 640))))
check('str 641 digits', lambda: str(10**640))
check('underscores', lambda: len(str(int('1_' * 600 + '1'))))
sys.set_int_max_str_digits(maxdigits=0)
print('unlimited', len(str(10**5000)), len(str(int('7' * 6000))))
sys.set_int_max_str_digits(4300)

for v in [0, 1, -1, 255, 2**64, -2**64, 2**100 - 1, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print((1000).to_bytes(2, 'little'), (1000).to_bytes(2, 'big'), (2**64).to_bytes(9, 'big'), (-1).to_bytes(2, 'big', signed=True))
print((-128).to_bytes(1, 'big', signed=True), (0).to_bytes(0, 'big'), (65).to_bytes(3, 'big'), (0x27227f0a09).to_bytes(5, 'big'))
print(list((258).to_bytes(2, 'big')), (258).to_bytes(2, 'big')[1], len((258).to_bytes(4, 'little')), (2).to_bytes(1) == (2).to_bytes(1))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(b'\xff' * 10, 'little'))
print(int.from_bytes(b'\x80\x00', 'big', signed=True), int.from_bytes(b'\xff', signed=True), int.from_bytes([], 'big'), bool.from_bytes(b'\x01', 'big'))
check('to_bytes small', lambda: (2**64).to_bytes(8, 'big'))
check('to_bytes negative', lambda: (-1).to_bytes(2, 'big'))
check('to_bytes signed', lambda: (-129).to_bytes(1, 'big', signed=True))
check('to_bytes order', lambda: (5).to_bytes(2, 'middle'))
check('to_bytes length', lambda: (5).to_bytes(-1, 'big'))
check('from_bytes range', lambda: int.from_bytes([256], 'little'))
print((0.1).as_integer_ratio(), (1e300).as_integer_ratio()[0] % 10**9, (-2.5).as_integer_ratio(), (1.5).hex(), (0.1).hex(), (5e-324).hex(), (-0.0).hex())
check('ratio inf', lambda: float('inf').as_integer_ratio())
check('ratio nan', lambda: float('nan').as_integer_ratio())
