/** Dedupe: groups near-copies of one text (a wire and its republications) so each counts as one source. */
package io.newsfuse.dedupe;
