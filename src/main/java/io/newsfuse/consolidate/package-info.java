/** Consolidate: one story's consolidated report: entities, facts, quotes, timeline, sources, summary. */
package io.newsfuse.consolidate;
