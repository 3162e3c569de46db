/**
 * Reading sources into {@link io.newsfuse.ingest.RawDocument}s: files, folders and JSON records,
 * decoded to text, with unreadable input turned into one-line {@link io.newsfuse.ingest.Rejection}s.
 */
package io.newsfuse.ingest;
