package io.newsfuse.analyze;

import io.newsfuse.extract.Article;

/** The analysis stage: finds sentences, entities, dates, figures and quotes in an article. Thread-safe. */
public interface Analyzer {
    /** Analyses one article. */
    AnalyzedArticle analyze(Article article);
}
