/**
 * Reads every figure in news text as an interval: the number as printed, its qualifier ("about",
 * "at least", "more than a dozen"), what it counts, where or whom it is about, and who gives it.
 * {@link io.newsfuse.analyze.figures.FigureReader} is the entry point; {@link
 * io.newsfuse.analyze.figures.Qualifier} is the table that turns a qualifier into an interval.
 */
package io.newsfuse.analyze.figures;
