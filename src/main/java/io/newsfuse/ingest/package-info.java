/**
 * Reading sources into {@link io.newsfuse.ingest.RawDocument}s: files, folders, JSON records, RSS/Atom
 * feeds, WARC web archives (streamed) and http(s) addresses (fetched politely by
 * {@link io.newsfuse.ingest.HttpFetcher}), decoded to text, with unreadable input turned into one-line
 * {@link io.newsfuse.ingest.Rejection}s.
 */
package io.newsfuse.ingest;
