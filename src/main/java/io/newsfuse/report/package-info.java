/** Report: renders stories as JSON (the report contract) and Markdown. */
package io.newsfuse.report;
