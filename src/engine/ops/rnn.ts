// Builders of the rnn helper ops (tf.reverse, tf.reverse_sequence, embeddings, sampled losses).
export { reverse, reverseSequence } from './rnn/reverse';
