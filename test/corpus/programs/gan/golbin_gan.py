# Models: golbin/TensorFlow-Tutorials 09 - GAN/01 - GAN.py
# Checks: the basic GAN with weights in module-level tf.Variables (random_normal stddev 0.01, zero
# biases), generator(noise_z) / discriminator(inputs) functions called twice on shared weights,
# loss_D = reduce_mean(log(D_real) + log(1 - D_gene)) and loss_G = reduce_mean(log(D_gene))
# maximized by minimizing their negatives with AdamOptimizer(0.0002) restricted by var_list,
# noise from np.random.normal(size=(batch_size, n_noise)), the "Epoch: 0000 D loss: -0.4123 G loss:
# -2.35" log formatted with '{:.4}', and sample grids saved with plt.savefig(..., bbox_inches=
# 'tight') after the first epoch. Shortened from 100 epochs to 3 (150 steps): the discriminator
# pulls ahead of its starting value 2*log(0.5) = -1.386 (D loss rises above -1.2), G loss falls
# below log(0.5) = -0.693, and the sample files exist.
import os
import tensorflow as tf
import matplotlib.pyplot as plt
import numpy as np

from tensorflow.examples.tutorials.mnist import input_data
mnist = input_data.read_data_sets("./mnist/data/", one_hot=True)

total_epoch = 3
batch_size = 100
learning_rate = 0.0002
n_hidden = 256
n_input = 28 * 28
n_noise = 128  # 생성기의 입력값으로 사용할 노이즈의 크기

X = tf.placeholder(tf.float32, [None, n_input])
Z = tf.placeholder(tf.float32, [None, n_noise])

# 생성기 신경망에 사용하는 변수들
G_W1 = tf.Variable(tf.random_normal([n_noise, n_hidden], stddev=0.01))
G_b1 = tf.Variable(tf.zeros([n_hidden]))
G_W2 = tf.Variable(tf.random_normal([n_hidden, n_input], stddev=0.01))
G_b2 = tf.Variable(tf.zeros([n_input]))

# 판별기 신경망에 사용하는 변수들
D_W1 = tf.Variable(tf.random_normal([n_input, n_hidden], stddev=0.01))
D_b1 = tf.Variable(tf.zeros([n_hidden]))
D_W2 = tf.Variable(tf.random_normal([n_hidden, 1], stddev=0.01))
D_b2 = tf.Variable(tf.zeros([1]))


def generator(noise_z):
    hidden = tf.nn.relu(tf.matmul(noise_z, G_W1) + G_b1)
    output = tf.nn.sigmoid(tf.matmul(hidden, G_W2) + G_b2)
    return output


def discriminator(inputs):
    hidden = tf.nn.relu(tf.matmul(inputs, D_W1) + D_b1)
    output = tf.nn.sigmoid(tf.matmul(hidden, D_W2) + D_b2)
    return output


def get_noise(batch_size, n_noise):
    return np.random.normal(size=(batch_size, n_noise))


G = generator(Z)
D_gene = discriminator(G)
D_real = discriminator(X)

# 판별기는 진짜를 1, 가짜를 0 에 가깝게: loss_D 최대화
loss_D = tf.reduce_mean(tf.log(D_real) + tf.log(1 - D_gene))
# 생성기는 가짜가 1 로 판별되도록: loss_G 최대화
loss_G = tf.reduce_mean(tf.log(D_gene))

D_var_list = [D_W1, D_b1, D_W2, D_b2]
G_var_list = [G_W1, G_b1, G_W2, G_b2]

# minimize 만 있으므로 음수를 붙여 최대화
train_D = tf.train.AdamOptimizer(learning_rate).minimize(-loss_D, var_list=D_var_list)
train_G = tf.train.AdamOptimizer(learning_rate).minimize(-loss_G, var_list=G_var_list)

sess = tf.Session()
sess.run(tf.global_variables_initializer())

total_batch = int(mnist.train.num_examples / batch_size)
loss_val_D, loss_val_G = 0, 0

sample_dir = '/tmp/gradbook_corpus/gan_samples'
os.makedirs(sample_dir, exist_ok=True)

for epoch in range(total_epoch):
    for i in range(total_batch):
        batch_xs, batch_ys = mnist.train.next_batch(batch_size)
        noise = get_noise(batch_size, n_noise)

        _, loss_val_D = sess.run([train_D, loss_D], feed_dict={X: batch_xs, Z: noise})
        _, loss_val_G = sess.run([train_G, loss_G], feed_dict={Z: noise})

    print('Epoch:', '%04d' % epoch,
          'D loss: {:.4}'.format(loss_val_D),
          'G loss: {:.4}'.format(loss_val_G))

    if epoch == 0 or (epoch + 1) % 10 == 0:
        sample_size = 10
        noise = get_noise(sample_size, n_noise)
        samples = sess.run(G, feed_dict={Z: noise})

        fig, ax = plt.subplots(1, sample_size, figsize=(sample_size, 1))

        for i in range(sample_size):
            ax[i].set_axis_off()
            ax[i].imshow(np.reshape(samples[i], (28, 28)))

        plt.savefig(os.path.join(sample_dir, '{}.png'.format(str(epoch).zfill(3))), bbox_inches='tight')
        plt.close(fig)

print('최적화 완료!')
print('sample saved:', os.path.exists(os.path.join(sample_dir, '000.png')))

# expect-count: /^Epoch: 000[012] D loss: -?[\d.e+-]+ G loss: -?[\d.e+-]+$/ 3
# expect-value: /^Epoch: 0002 D loss: (-?[\d.e+-]+) G/ > -1.2
# expect-value: /^Epoch: 0002 D loss: -?[\d.e+-]+ G loss: (-?[\d.e+-]+)$/ < -0.693
# expect-line: sample saved: True
# corpus-timeout: 180
