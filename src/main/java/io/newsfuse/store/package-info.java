/** Store: SQLite (Flyway migrations) for articles and stories, Lucene for search; transactional and idempotent. */
package io.newsfuse.store;
