// Builders of the rnn helper ops (tf.reverse, tf.reverse_sequence, embeddings, sampled losses).
export { embeddingLookup } from './rnn/embedding';
export type { EmbeddingLookupOptions } from './rnn/embedding';
export { computeSampledLogits, nceLoss, sampledSoftmaxLoss } from './rnn/sampled_losses';
export type { SampledLogitsArgs } from './rnn/sampled_losses';
export { logUniformCandidateSampler, uniformCandidateSampler } from './rnn/candidate_sampler';
