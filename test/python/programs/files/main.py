x = 5
print(eval('x * 2'))
exec('y = x + 1\nprint(y)')
print(y)
d = {'a': 1}
exec('b = a + 1', d)
print(d['b'], eval('a + b', d))
print(globals()['x'])
try:
    eval('x = ')
except SyntaxError as e:
    print('SyntaxError', e)
with open('data.txt', 'w') as f:
    f.write('line1\nline2\r\nline3')
with open('data.txt') as f:
    print(repr(f.read()))
with open('data.txt', newline='') as f:
    print(f.readlines())
for line in open('data.txt'):
    print(repr(line))
f = open('data.txt', 'rb')
data = f.read()
print(len(data), data[:5], data[0], f.tell(), f.closed)
f.close()
print(f.closed)
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    open('data.txt', 'x')
except FileExistsError as e:
    print(e)
try:
    open('subdir')
except IsADirectoryError as e:
    print(e)
with open('data.txt', 'a') as f:
    f.write('\nmore')
with open('data.txt') as f:
    f.readline()
    print(f.tell())
    print(f.read(4))
    f.seek(0)
    print(f.readline(), end='')
with open('latin.txt', 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
with open('latin.txt', 'rb') as f:
    print(f.read())
try:
    with open('latin.txt') as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
print(open('latin.txt', encoding='latin-1').read())
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open('data.txt', 'rw')
except ValueError as e:
    print(e)
w = open('data.txt', 'w')
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
w.close()
