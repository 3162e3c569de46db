/**
 * The web face of newsfuse: a JSON API over the store and a plain HTML/JS/CSS reader of the consolidated
 * stories, served by one process that also ingests uploaded files on a single background worker.
 * Every text shown comes from articles and is treated as hostile: the UI builds its DOM from text
 * nodes only and the server sends a strict Content-Security-Policy.
 */
package io.newsfuse.serve;
