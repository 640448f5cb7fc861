# Models: chiphuyen/stanford-tensorflow-tutorials 2017/examples/05_csv_reader.py
# Checks: the TF1 queue input pipeline: tf.train.string_input_producer over a CSV file,
# tf.TextLineReader(skip_header_lines=1), reader.read, tf.decode_csv with record_defaults,
# tf.train.batch, start_queue_runners with a Coordinator; the first batch's values are exact.
import tensorflow as tf

DATA_PATH = '../../data/points.csv'
BATCH_SIZE = 4
N_FEATURES = 1


def batch_generator(filenames):
    filename_queue = tf.train.string_input_producer(filenames, shuffle=False)
    reader = tf.TextLineReader(skip_header_lines=1)
    _, value = reader.read(filename_queue)
    record_defaults = [[0.0], [0.0]]
    content = tf.decode_csv(value, record_defaults=record_defaults)
    features = tf.stack(content[:N_FEATURES])
    label = content[-1]
    min_after_dequeue = 10 * BATCH_SIZE
    capacity = 20 * BATCH_SIZE
    data_batch, label_batch = tf.train.batch([features, label], batch_size=BATCH_SIZE, capacity=capacity)
    return data_batch, label_batch


def generate_batches(data_batch, label_batch):
    with tf.Session() as sess:
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(coord=coord)
        for _ in range(2):
            features, labels = sess.run([data_batch, label_batch])
            print(features.ravel(), labels)
        coord.request_stop()
        coord.join(threads)


def main():
    data_batch, label_batch = batch_generator([DATA_PATH])
    print(data_batch.shape, label_batch.shape)
    generate_batches(data_batch, label_batch)


if __name__ == '__main__':
    main()

# expect-line: (4, 1) (4,)
# expect-line: [0.  0.5 1.  1.5] [-1.   0.5  2.   3.5]
# expect-line: [2.  2.5 3.  3.5] [5.  6.5 8.  9.5]
