# compute_gradients -> clip -> apply_gradients, with gradients worked out by hand:
# loss = sum((w * x - t)^2) with w = [1, 2], x = [3, 4], t = [0, 0]
#   dloss/dw = 2 * (w * x - t) * x = [2*3*3, 2*8*4] = [18, 64]
#   global norm = sqrt(18^2 + 64^2) = 66.483...; clip_by_global_norm(., 6.6483) scales by 0.1
import tensorflow as tf

w = tf.Variable([1.0, 2.0], name="w")
x = tf.constant([3.0, 4.0])
t = tf.constant([0.0, 0.0])
loss = tf.reduce_sum(tf.square(w * x - t))
opt = tf.train.GradientDescentOptimizer(learning_rate=0.1)
grads_and_vars = opt.compute_gradients(loss)
grads = [g for g, v in grads_and_vars]
print([v.name for g, v in grads_and_vars])
print(grads[0].name.startswith("gradients/"))
clipped, norm = tf.clip_by_global_norm(grads, 6.648308)
capped = [(tf.clip_by_value(g, -5.0, 5.0), v) for g, v in grads_and_vars]
train = opt.apply_gradients(capped)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    g, n, c = sess.run([grads[0], norm, clipped[0]])
    print("grad", g)
    print("norm %.3f" % n)
    print("clipped [%.4f %.4f]" % (c[0], c[1]))
    sess.run(train)
    print("w after", sess.run(w))
