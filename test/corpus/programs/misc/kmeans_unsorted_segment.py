# Models: gistable/gistable all-gists/265e68a5e879b5540ebc/snippet.py (dave andersen's "k-means in TensorFlow" gist)
# Checks: points in a tf.Variable, centroids sliced from points.initialized_value(), distances by
# tf.tile + tf.reshape to [N, K, 2], tf.argmin assignments, tf.reduce_any(tf.not_equal(...)) as
# the stopping test, bucket means from tf.unsorted_segment_sum, the update grouped under
# tf.control_dependencies, the loop stopping on its own, the centres found, and a scatter plot
# coloured with cmap='rainbow'. The points come from four NumPy blobs (the gist's are uniform)
# so the centres can be checked.
import tensorflow as tf
import numpy as np
import time
import matplotlib.pyplot as plt

N = 400
K = 4
MAX_ITERS = 100

np.random.seed(3)
true_centres = np.array([[0., 0.], [5., 5.], [0., 5.], [5., 0.]])
blobs = np.concatenate([c + 0.5 * np.random.randn(N // K, 2) for c in true_centres])
# Interleave the blobs so the first K points (the starting centroids) come from each blob.
data = blobs.reshape(K, N // K, 2).transpose(1, 0, 2).reshape(N, 2).astype(np.float32)

start = time.time()

points = tf.Variable(data)
cluster_assignments = tf.Variable(tf.zeros([N], dtype=tf.int64))

# Silly initialization: use the first K points as the starting centroids.
centroids = tf.Variable(tf.slice(points.initialized_value(), [0, 0], [K, 2]))

# Replicate to N copies of each centroid and K copies of each point, then subtract and compute
# the sum of squared distances.
rep_centroids = tf.reshape(tf.tile(centroids, [N, 1]), [N, K, 2])
rep_points = tf.reshape(tf.tile(points, [1, K]), [N, K, 2])
sum_squares = tf.reduce_sum(tf.square(rep_points - rep_centroids), reduction_indices=2)

# Use argmin to select the lowest-distance point.
best_centroids = tf.argmin(sum_squares, 1)
did_assignments_change = tf.reduce_any(tf.not_equal(best_centroids, cluster_assignments))


def bucket_mean(data, bucket_ids, num_buckets):
    total = tf.unsorted_segment_sum(data, bucket_ids, num_buckets)
    count = tf.unsorted_segment_sum(tf.ones_like(data), bucket_ids, num_buckets)
    return total / count


means = bucket_mean(points, best_centroids, K)

# Do not write to the assigned clusters variable until after computing whether the assignments
# have changed - hence with_dependencies.
with tf.control_dependencies([did_assignments_change]):
    do_updates = tf.group(
        centroids.assign(means),
        cluster_assignments.assign(best_centroids))

init = tf.global_variables_initializer()

sess = tf.Session()
sess.run(init)

changed = True
iters = 0

while changed and iters < MAX_ITERS:
    iters += 1
    [changed, _] = sess.run([did_assignments_change, do_updates])

[centers, assignments] = sess.run([centroids, cluster_assignments])
end = time.time()
print("Found in %.2f seconds" % (end - start), iters, "iterations")
print("Centroids:")
print(np.round(centers[np.argsort(centers[:, 0] * 100 + centers[:, 1])], 1))
print("Cluster sizes:", sorted(np.bincount(assignments, minlength=K).tolist()))
err = max(np.min(np.sum((centers - c) ** 2, axis=1)) for c in true_centres)
print("worst centre error: %.3f" % err)

plt.scatter(data[:, 0], data[:, 1], c=assignments, s=10, cmap='rainbow')
plt.scatter(centers[:, 0], centers[:, 1], c='k', marker='x', s=100)
plt.title("k-means, %d iterations" % iters)
plt.show()

# expect-count: /^Found in [\d.]+ seconds \d+ iterations$/ 1
# expect-value: /^Found in [\d.]+ seconds (\d+) iterations$/ < 100
# expect-line: Cluster sizes: [100, 100, 100, 100]
# expect-value: /^worst centre error: ([\d.]+)$/ < 0.05
