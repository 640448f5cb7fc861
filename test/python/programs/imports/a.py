import b
X = 1
