/** Small shared utilities: JSON configuration and content hashes. */
package io.newsfuse.support;
