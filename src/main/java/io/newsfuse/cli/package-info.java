/** The command line (picocli): ingest, report, stories, extract, bench. */
package io.newsfuse.cli;
