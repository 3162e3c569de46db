/**
 * Extraction: from a {@link io.newsfuse.ingest.RawDocument} to an {@link io.newsfuse.extract.Article} with
 * clean story text mapped back to its source, headline, site, authors, date and language.
 */
package io.newsfuse.extract;
