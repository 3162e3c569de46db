package io.newsfuse.ingest;

/**
 * How many documents a read accepted and how many files or records it rejected.
 *
 * @param accepted documents handed on
 * @param rejected files or records refused, each with a {@link Rejection}
 */
public record IngestSummary(long accepted, long rejected) {}
