/** Ingest: reads files, folders and archives into raw documents, rejecting bad input with a one-line reason. */
package io.newsfuse.ingest;
