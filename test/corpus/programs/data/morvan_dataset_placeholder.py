# Models: MorvanZhou/Tensorflow-Tutorial tutorial-contents/306_dataset.py
# Checks: tf.data fed from placeholders whose dtype is the NumPy data's (float64:
# tf.placeholder(npx_train.dtype, npx_train.shape)), np.split(npx, [800]) into train and test,
# Dataset.from_tensor_slices((tfx, tfy)).shuffle(1000).batch(32).repeat(3), a
# make_initializable_iterator run together with tf.global_variables_initializer() in one
# sess.run([...], feed_dict=...), float64 tf.layers.dense layers and tf.losses.mean_squared_error
# on the iterator's get_next() tensors, evaluation by feeding the get_next() outputs (bx, by)
# directly with the test arrays, the "step: %i/200 |train loss: ... |test loss: ..." log, and
# the tf.errors.OutOfRangeError that ends training after 3 epochs of 25 batches (step 75:
# "Finish the last epoch."). Seeded (tf.set_random_seed(1), np.random.seed(1)); the original is
# not. The checks: the dense layers are float64 but the loss is float32 (TF1's
# tf.losses.mean_squared_error casts both arguments with to_float), 8 log lines (steps 0-70), the
# break at step 75, and the test loss falling to <= 0.6 x its first value (the data's variance
# is about 0.1; plain SGD at 0.1 for 75 steps: Gradbook goes about 0.11 -> 0.02).
import tensorflow as tf
import numpy as np

tf.set_random_seed(1)
np.random.seed(1)

# load your data or create your data in here
npx = np.random.uniform(-1, 1, (1000, 1))                           # x data
npy = np.power(npx, 2) + np.random.normal(0, 0.1, size=npx.shape)   # y data
npx_train, npx_test = np.split(npx, [800])                          # training and test data
npy_train, npy_test = np.split(npy, [800])

# use placeholder, later you may need different data, pass the different data into placeholder
tfx = tf.placeholder(npx_train.dtype, npx_train.shape)
tfy = tf.placeholder(npy_train.dtype, npy_train.shape)

# create dataloader
dataset = tf.data.Dataset.from_tensor_slices((tfx, tfy))
dataset = dataset.shuffle(buffer_size=1000)   # choose data randomly from this buffer
dataset = dataset.batch(32)                   # batch size you will use
dataset = dataset.repeat(3)                   # repeat for 3 epochs
iterator = dataset.make_initializable_iterator()  # later we have to initialize this one

# your network
bx, by = iterator.get_next()                  # use batch to update
l1 = tf.layers.dense(bx, 10, tf.nn.relu)
out = tf.layers.dense(l1, npy.shape[1])
loss = tf.losses.mean_squared_error(by, out)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)

sess = tf.Session()
# need to initialize the iterator in this case
sess.run([iterator.initializer, tf.global_variables_initializer()], feed_dict={tfx: npx_train, tfy: npy_train})

print('dtypes', bx.dtype, out.dtype, loss.dtype)
for step in range(201):
    try:
        _, trainl = sess.run([train, loss])                       # train
        if step % 10 == 0:
            testl = sess.run(loss, {bx: npx_test, by: npy_test})    # test
            print('step: %i/200' % step, '|train loss:', trainl, '|test loss:', testl)
    except tf.errors.OutOfRangeError:     # if training takes more than 3 epochs, training will be stopped
        print('Finish the last epoch.')
        break
print('stopped at step', step, type(trainl).__name__)

# expect-line: dtypes <dtype: 'float64'> <dtype: 'float64'> <dtype: 'float32'>
# expect-count: /^step: \d+\/200 \|train loss: / 8
# expect-line: Finish the last epoch.
# expect-line: stopped at step 75 float32
# expect-decrease: /\|test loss: ([\d.e-]+)$/ 0.6
