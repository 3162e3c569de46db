/** Summary: an extractive, cited summary of a story. */
package io.newsfuse.consolidate.summary;
