"""Writes california_housing_train.csv for the Machine Learning Crash Course programs (run once:
python3 data/generate_california.py) and prints the least-squares fits their Checks compare with.

The MLCC exercises download california_housing_train.csv (17000 blocks of the 1990 census), which
cannot be fetched here: this file has its layout (the nine columns in that order, a header line,
every value written with six decimals, rows sorted by longitude so the programs' shuffle matters)
with our own synthetic values from a fixed NumPy seed, and fewer rows so that the exercises'
batch-of-one predictions over the whole frame stay quick.
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.RandomState(20251)
COLUMNS = ['longitude', 'latitude', 'housing_median_age', 'total_rooms', 'total_bedrooms', 'population',
           'households', 'median_income', 'median_house_value']
N = 400


def blocks(n, rng=rng):
    longitude = np.round(rng.uniform(-124.3, -114.3, n), 2)
    latitude = np.round(rng.uniform(32.5, 42.0, n), 2)
    age = np.round(rng.uniform(1, 52, n))
    households = np.round(np.exp(rng.normal(6.0, 0.55, n)))
    rooms_per_household = rng.normal(5.3, 1.0, n).clip(2.0, 9.0)
    total_rooms = np.round(households * rooms_per_household)
    total_bedrooms = np.round(households * rng.normal(1.07, 0.08, n))
    population = np.round(households * rng.normal(2.9, 0.5, n).clip(1.2, 5.0))
    rooms_per_person = total_rooms / population
    # A few blocks with few residents and many rooms (holiday homes): the outliers of
    # rooms_per_person the synthetic_features_and_outliers exercise clips.
    few = rng.choice(n, 4, replace=False)
    population[few] = np.round(population[few] / 12.0)
    median_income = np.round(np.exp(rng.normal(1.25, 0.45, n)), 4)
    # Values in dollars, capped at 500001 as the census file is; total_rooms and rooms per person
    # (before the outliers) carry part of the signal so the one-feature exercises have lines to learn.
    value = (20000.0 + 30000.0 * median_income + 15.0 * total_rooms + 40000.0 * (rooms_per_person - 1.8)
             + rng.normal(0, 40000.0, n))
    value = np.round(value.clip(14999.0, 500001.0))
    data = np.stack([longitude, latitude, age, total_rooms, total_bedrooms, population, households,
                     median_income, value], 1)
    return data[np.argsort(data[:, 0], kind='stable')]


def write(data, name='california_housing_train.csv'):
    with open(os.path.join(HERE, name), 'w') as f:
        f.write(','.join(COLUMNS) + '\n')
        for row in data:
            f.write(','.join('%.6f' % v for v in row) + '\n')


def fits(x, y, feature):
    """RMSE (target in thousands) of the fits the programs' Checks compare with."""
    zero = np.sqrt(np.mean(y ** 2))
    mean = np.sqrt(np.mean((y - y.mean()) ** 2))
    slope = np.dot(x, y) / np.dot(x, x)
    through_origin = np.sqrt(np.mean((y - slope * x) ** 2))
    a = np.stack([x, np.ones_like(x)], 1)
    coef = np.linalg.lstsq(a, y, rcond=None)[0]
    least_squares = np.sqrt(np.mean((y - a.dot(coef)) ** 2))
    print('%s -> median_house_value/1000 over %d rows:' % (feature, len(y)))
    print('  RMSE of the zero model          %.2f' % zero)
    print('  RMSE of the mean                %.2f' % mean)
    print('  RMSE of y = w*x (w=%.5f)      %.2f' % (slope, through_origin))
    print('  RMSE of least squares y = w*x+b %.2f (w=%.5f, b=%.2f)' % (least_squares, coef[0], coef[1]))


def clipped_descent(x, y, learning_rate, steps=500, batch_size=5, clip_norm=5.0, periods=10, seed=0):
    """The exercises' train_model in float64 NumPy: y = w*x + b from zeros, the summed squared error
    of a random batch per step, its gradient scaled to a global norm of at most clip_norm. Returns
    the RMSE over all rows after each period."""
    rng_ = np.random.RandomState(seed)
    w = b = 0.0
    rmse = []
    for step in range(steps):
        rows = rng_.randint(0, len(y), batch_size)
        error = w * x[rows] + b - y[rows]
        gw, gb = 2 * np.sum(error * x[rows]), 2 * np.sum(error)
        scale = clip_norm / max(np.sqrt(gw * gw + gb * gb), clip_norm)
        w, b = w - learning_rate * gw * scale, b - learning_rate * gb * scale
        if (step + 1) % (steps // periods) == 0:
            rmse.append(np.sqrt(np.mean((w * x + b - y) ** 2)))
    return rmse, w, b


def descent_runs(x, y, learning_rate):
    for seed in range(3):
        rmse, w, b = clipped_descent(x, y, learning_rate, seed=seed)
        print('  clipped descent (lr %g), seed %d: RMSE per period %s (w=%.5f, b=%.5f)'
              % (learning_rate, seed, ' '.join('%.1f' % r for r in rmse), w, b))


def first_steps(data):
    # first_steps_with_tensor_flow: total_rooms, learning rate 2e-5. Every step's gradient is
    # clipped (the feature is in the thousands), so each step moves the weight by about
    # learning_rate * clip_norm whatever the batch: the shuffle barely matters.
    x = data[:, COLUMNS.index('total_rooms')]
    y = data[:, COLUMNS.index('median_house_value')] / 1000.0
    fits(x, y, 'total_rooms')
    descent_runs(x, y, 0.00002)


def synthetic_features(data):
    # synthetic_features_and_outliers: rooms_per_person = total_rooms / population, learning rate
    # 0.05, before and after clipping the feature at 5.
    x = data[:, COLUMNS.index('total_rooms')] / data[:, COLUMNS.index('population')]
    y = data[:, COLUMNS.index('median_house_value')] / 1000.0
    fits(x, y, 'rooms_per_person')
    descent_runs(x, y, 0.05)
    x = np.minimum(x, 5)
    fits(x, y, 'rooms_per_person clipped at 5')
    descent_runs(x, y, 0.05)


def all_features(train, test, n_train=300):
    # intro_to_neural_nets and improving_neural_net_performance: the eight census features and
    # rooms_per_person, the first n_train shuffled rows to train on and the rest to validate. A
    # least-squares plane over all nine features (on the whole train file) is what a small network
    # can at least reach; the mean is the model that learned nothing.
    def features(data):
        x = np.stack([data[:, COLUMNS.index(c)] for c in COLUMNS[:-1]], 1)
        return np.concatenate([x, x[:, 3:4] / x[:, 5:6]], 1)
    x, y = features(train), train[:, -1] / 1000.0
    xt, yt = features(test), test[:, -1] / 1000.0
    a = np.concatenate([x, np.ones((len(x), 1))], 1)
    coef = np.linalg.lstsq(a, y, rcond=None)[0]
    at = np.concatenate([xt, np.ones((len(xt), 1))], 1)
    print('all nine features -> median_house_value/1000 (train %d rows, test %d):' % (len(y), len(yt)))
    print('  RMSE of the train mean on train %.2f, on test %.2f' % (np.std(y), np.sqrt(np.mean((yt - y.mean()) ** 2))))
    print('  RMSE of least squares on train %.2f, on test %.2f' % (np.sqrt(np.mean((a.dot(coef) - y) ** 2)),
                                                                  np.sqrt(np.mean((at.dot(coef) - yt) ** 2))))


if __name__ == '__main__':
    table = blocks(N)
    write(table)
    # The exercises' test file (california_housing_test.csv, 3000 rows there): the same model of
    # blocks from its own seed, so the training file above is unchanged by its addition.
    test_table = blocks(100, np.random.RandomState(20252))
    write(test_table, 'california_housing_test.csv')
    first_steps(table)
    synthetic_features(table)
    all_features(table, test_table)
