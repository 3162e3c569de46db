-- newsfuse store, SQLite schema v1.
-- articles.analysis holds the whole AnalyzedArticle as JSON; the other columns repeat what queries need.

CREATE TABLE articles (
    id        TEXT PRIMARY KEY NOT NULL,
    source    TEXT NOT NULL,
    title     TEXT,
    published TEXT,            -- ISO-8601 date (yyyy-mm-dd), NULL when undated
    language  TEXT,
    site      TEXT,
    text      TEXT NOT NULL,
    analysis  TEXT NOT NULL,   -- Json.write(AnalyzedArticle)
    created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE INDEX articles_by_source ON articles (source);
CREATE INDEX articles_by_published ON articles (published, id);

CREATE TABLE stories (
    id       TEXT PRIMARY KEY NOT NULL,
    title    TEXT,
    report   TEXT NOT NULL,     -- the consolidated story report as JSON
    position INTEGER NOT NULL   -- order in which the stories were given
);

CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

CREATE INDEX story_articles_by_article ON story_articles (article_id);
