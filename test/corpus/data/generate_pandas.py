"""Writes the CSV files the pandas corpus programs read (run once: python3 data/generate_pandas.py).

The modelled programs read files that are not bundled here (TF's boston_*.csv from the r1.4
input_fn tutorial, Kaggle's Titanic train.csv): each file below has the same layout (columns,
header line, quoting, missing fields) with our own synthetic values from a fixed NumPy seed.
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(20241)


def path(name):
    return os.path.join(HERE, name)


def boston():
    # A first line the program skips (skiprows=1, names=COLUMNS), then crim..ptratio and medv,
    # separated by ", " (read with skipinitialspace=True). The prediction file leaves medv empty.
    def rows(n, with_label=True):
        crim = np.round(rng.exponential(3.5, n), 5)
        zn = np.round(rng.choice([0.0, 0.0, 0.0, 12.5, 20.0, 25.0, 80.0], n), 1)
        indus = np.round(rng.uniform(0.5, 27.0, n), 2)
        nox = np.round(rng.uniform(0.39, 0.87, n), 3)
        rm = np.round(rng.normal(6.3, 0.7, n), 3)
        age = np.round(rng.uniform(3.0, 100.0, n), 1)
        dis = np.round(rng.uniform(1.1, 12.0, n), 4)
        tax = rng.randint(187, 712, n)
        ptratio = np.round(rng.uniform(12.6, 22.0, n), 1)
        medv = 22.5 + 8.5 * (rm - 6.3) - 0.9 * (ptratio - 18.5) - 0.25 * crim - 6.0 * (nox - 0.55) \
            - 0.012 * (tax - 400) + rng.normal(0, 2.0, n)
        medv = np.round(np.clip(medv, 5.0, 50.0), 1)
        out = []
        for i in range(n):
            fields = ['%g' % crim[i], '%g' % zn[i], '%g' % indus[i], '%g' % nox[i], '%g' % rm[i], '%g' % age[i],
                      '%g' % dis[i], '%d' % tax[i], '%g' % ptratio[i], ('%g' % medv[i]) if with_label else '']
            out.append(', '.join(fields).rstrip())
        return out
    for name, n, label in (('boston_train.csv', 400, True), ('boston_test.csv', 100, True),
                           ('boston_predict.csv', 6, False)):
        with open(path(name), 'w') as f:
            f.write('%d, 9, CRIM, ZN, INDUS, NOX, RM, AGE, DIS, TAX, PTRATIO, MEDV\n' % n)
            for line in rows(n, label):
                f.write(line + '\n')


def titanic():
    # Kaggle's train.csv columns; quoted names with commas; Age, Cabin and Embarked sometimes empty.
    n = 300
    first = ['John', 'Mary', 'William', 'Anna', 'James', 'Elizabeth', 'Thomas', 'Margaret', 'Henry', 'Alice']
    last = ['Smith', 'Brown', 'Johnson', 'Andersson', 'Kelly', 'Williams', 'Taylor', 'Davies', 'Palsson', 'Rice']
    with open(path('titanic_train.csv'), 'w') as f:
        f.write('PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked\n')
        for i in range(n):
            pclass = int(rng.choice([1, 2, 3], p=[0.24, 0.21, 0.55]))
            male = rng.rand() < 0.65
            age = rng.uniform(0.5, 75.0)
            sibsp = int(rng.choice([0, 0, 0, 1, 1, 2, 3]))
            parch = int(rng.choice([0, 0, 0, 0, 1, 2]))
            fare = {1: 85.0, 2: 21.0, 3: 13.0}[pclass] * rng.uniform(0.4, 1.8)
            score = 1.3 - 2.4 * male - 0.8 * (pclass - 2) - 0.015 * (age - 30) + rng.normal(0, 0.9)
            survived = int(score > 0)
            title = 'Mr.' if male else rng.choice(['Mrs.', 'Miss.'])
            name = '"%s, %s %s"' % (last[rng.randint(10)], title, first[rng.randint(10)])
            age_text = '' if rng.rand() < 0.2 else ('%.1f' % age if age < 1 else '%d' % int(age))
            cabin = '%s%d' % ('ABCDE'[rng.randint(5)], rng.randint(1, 130)) if pclass == 1 and rng.rand() < 0.7 else ''
            embarked = '' if rng.rand() < 0.01 else str(rng.choice(['S', 'C', 'Q'], p=[0.72, 0.19, 0.09]))
            f.write('%d,%d,%d,%s,%s,%s,%d,%d,%s,%.4f,%s,%s\n' % (
                i + 1, survived, pclass, name, 'male' if male else 'female', age_text, sibsp, parch,
                'A/%d' % rng.randint(1000, 99999), fare, cabin, embarked))


for make in (boston, titanic):
    make()
