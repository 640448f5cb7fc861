"""Writes the small data files the corpus programs read (run once: python3 data/generate.py).

Each file imitates the layout of the file the modelled program reads (same delimiter, header and
column order) with our own synthetic values from a fixed NumPy seed.
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(20240)


def path(name):
    return os.path.join(HERE, name)


def birth_life():
    # Tab separated, a header line, then country, birth rate, life expectancy.
    n = 60
    rate = np.round(rng.uniform(1.1, 7.0, n), 3)
    life = np.round(85.0 - 5.6 * rate + rng.normal(0, 2.5, n), 3)
    with open(path('birth_life_2010.txt'), 'w') as f:
        f.write('Country\tBirth rate\tLife expectancy\n')
        for i in range(n):
            f.write('Country%02d\t%.3f\t%.3f\n' % (i, rate[i], life[i]))


def test_scores():
    # Three quiz scores and the final score, comma separated, no header.
    n = 25
    quiz = rng.randint(60, 100, size=(n, 3)).astype(float)
    final = np.round(quiz @ np.array([0.35, 0.55, 1.1]) + rng.normal(0, 2, n))
    with open(path('test_scores.csv'), 'w') as f:
        f.write('# EXAM1,EXAM2,EXAM3,FINAL\n')
        for q, y in zip(quiz, final):
            f.write('%d,%d,%d,%d\n' % (q[0], q[1], q[2], y))


def diabetes():
    # Eight features scaled to [-1, 1] and a 0/1 label, comma separated.
    n = 150
    x = rng.uniform(-1, 1, size=(n, 8))
    w = np.array([1.5, -2.0, 0.7, 1.0, -0.5, 2.2, 0.3, -1.2])
    y = ((x @ w + rng.normal(0, 0.6, n)) > 0).astype(int)
    np.savetxt(path('diabetes.csv'), np.column_stack([x, y]), delimiter=',', fmt=['%.6f'] * 8 + ['%d'])


def zoo():
    # Sixteen 0/1 animal traits and a class 0..6; the class decides four of the traits.
    n = 70
    rows = []
    for i in range(n):
        cls = i % 7
        traits = rng.randint(0, 2, size=16)
        code = [(cls >> k) & 1 for k in range(3)]
        traits[0:3] = code
        traits[3] = 1 if cls == 0 else 0
        rows.append(list(traits) + [cls])
    with open(path('zoo.csv'), 'w') as f:
        f.write('# hair,feathers,eggs,milk,airborne,aquatic,predator,toothed,backbone,breathes,venomous,fins,legs,tail,domestic,catsize,type\n')
        for r in rows:
            f.write(','.join(str(v) for v in r) + '\n')


def iris():
    # Iris layout: first line "count,features,names...", then 4 measurements and a class id.
    centers = np.array([[5.0, 3.4, 1.5, 0.25], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
    spread = np.array([0.35, 0.35, 0.25, 0.15])
    for name, n in (('iris_training.csv', 120), ('iris_test.csv', 30)):
        labels = np.arange(n) % 3
        rng.shuffle(labels)
        x = centers[labels] + rng.normal(0, 1, size=(n, 4)) * spread
        with open(path(name), 'w') as f:
            f.write('%d,4,setosa,versicolor,virginica\n' % n)
            for xi, yi in zip(x, labels):
                f.write('%.1f,%.1f,%.1f,%.1f,%d\n' % (xi[0], xi[1], xi[2], xi[3], yi))


def stock():
    # Daily prices, oldest first: Open, High, Low, Volume, Close.
    n = 240
    t = np.arange(n)
    close = 100 + 10 * np.sin(t / 12.0) + 0.05 * t + rng.normal(0, 0.4, n)
    open_ = close + rng.normal(0, 0.5, n)
    high = np.maximum(open_, close) + rng.uniform(0, 1, n)
    low = np.minimum(open_, close) - rng.uniform(0, 1, n)
    volume = rng.randint(100000, 200000, n)
    with open(path('stock_daily.csv'), 'w') as f:
        f.write('# Open,High,Low,Volume,Close\n')
        for i in range(n):
            f.write('%.2f,%.2f,%.2f,%d,%.2f\n' % (open_[i], high[i], low[i], volume[i], close[i]))


def animals():
    # golbin's data.csv layout: a comment header, then columns of 0/1 (fur, wings) and one-hot classes.
    rows = [[0, 0, 1, 0, 0], [1, 0, 0, 1, 0], [1, 1, 0, 0, 1], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 1, 0, 0, 1]]
    with open(path('animals.csv'), 'w') as f:
        f.write('# fur, wings, other, mammal, bird\n')
        for r in rows:
            f.write(','.join(str(v) for v in r) + '\n')
    # golbin keeps two feature columns and three class columns; ours: fur, wings | other, mammal, bird
    # (the first two numbers are the features, the last three the one-hot class).


def text():
    # A small English text for the word and character models.
    sentences = [
        'the quick brown fox jumps over the lazy dog',
        'the dog sleeps in the sun and the fox runs in the wood',
        'a king rules the land and a queen rules the land too',
        'the king and the queen walk in the garden',
        'the cat sits on the mat and the dog sits on the rug',
        'birds fly over the wood and the garden in the morning',
        'the fox and the dog are friends in the story',
        'a man and a woman read the story to the king',
    ]
    words = []
    for _ in range(40):
        for s in sentences:
            words.extend(s.split())
        rng.shuffle(sentences)
    with open(path('tiny_corpus.txt'), 'w') as f:
        f.write(' '.join(words) + '\n')
    with open(path('tiny_poem.txt'), 'w') as f:
        f.write('if you want to build a ship, do not drum up people to collect wood\n'
                'and do not assign them tasks and work, but rather teach them\n'
                'to long for the endless immensity of the sea.\n')


def points_csv():
    # x,y pairs with a header for the tf.data CSV examples: y = 3x - 1 exactly.
    with open(path('points.csv'), 'w') as f:
        f.write('x,y\n')
        for i in range(8):
            x = i * 0.5
            f.write('%.1f,%.1f\n' % (x, 3 * x - 1))


for make in (birth_life, test_scores, diabetes, zoo, iris, stock, animals, text, points_csv):
    make()
print('wrote', sorted(os.listdir(HERE)))
