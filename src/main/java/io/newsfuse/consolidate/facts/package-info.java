/**
 * Reconciles the figures of a story's articles: every figure that counts the same real-world quantity
 * (the people arrested, the troops sent, the price of fuel) becomes one {@link
 * io.newsfuse.consolidate.facts.Fact}, marked agreed, conflicting or single-source by whether the
 * intervals its sources allow can all hold at once.
 */
package io.newsfuse.consolidate.facts;
