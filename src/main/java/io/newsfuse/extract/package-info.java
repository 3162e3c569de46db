/** Extract: main text and metadata (title, site, date, language, authors) of each document, boilerplate removed. */
package io.newsfuse.extract;
