package io.newsfuse.pipeline;

import java.util.Locale;

/** The stages of a run, in the order documents pass them. */
public enum Stage {
    /** Files, archives and addresses read into documents. */
    READ,
    /** Main text and metadata of each document. */
    EXTRACT,
    /** Sentences, names, dates, figures, quotes and vectors of each new article. */
    ANALYSE,
    /** New articles written to the store. */
    STORE,
    /** New articles joined to stories (or opening new ones); stories merged. */
    STORIES,
    /** Changed stories consolidated again. */
    CONSOLIDATE;

    /** The stage's name as shown to a user ("analyse"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
