-- newsfuse store, SQLite schema v3: an article's vectors (its own, its sentences', its quotes') are kept
-- as half-precision floats beside the analysis instead of as JSON numbers inside it: a fifth of the
-- space, and no number formatting or parsing when articles are written and read.
CREATE TABLE article_vectors (
    id      TEXT PRIMARY KEY NOT NULL REFERENCES articles (id),
    vectors BLOB NOT NULL
) WITHOUT ROWID;
