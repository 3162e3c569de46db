-- newsfuse store, PostgreSQL schema v1: what SQLite schemas v1-v3 hold, plus what the SQLite store keeps
-- in its Lucene index, so that every process writing to one database sees the same search and the same
-- clustering candidates and rarity. Ids sort by code point (COLLATE "C"), as in SQLite.

CREATE TABLE articles (
    id        TEXT COLLATE "C" PRIMARY KEY,
    source    TEXT NOT NULL,
    title     TEXT,
    published DATE,            -- NULL when undated
    language  TEXT,
    site      TEXT,
    text      TEXT NOT NULL,
    analysis  TEXT NOT NULL,   -- Json.write(AnalyzedArticle) without its vectors
    created   TIMESTAMPTZ NOT NULL DEFAULT now(),
    search    TSVECTOR NOT NULL -- folded title (weight A) and text (weight B), 'simple' configuration
);

CREATE INDEX articles_by_source ON articles (source);
CREATE INDEX articles_by_published ON articles (published, id);
CREATE INDEX articles_search ON articles USING GIN (search);

-- an article's vectors (its own, its sentences', its quotes') as half-precision floats (VectorCodec)
CREATE TABLE article_vectors (
    id      TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
    vectors BYTEA NOT NULL
);

-- an article's clustering features in the binary form FeatureCodec writes
CREATE TABLE article_features (
    id       TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id),
    features BYTEA NOT NULL
);

-- the clustering terms of each article, one row per term ('k:' name, day and number keys; 'w:' content
-- words) with the article's publication day (days since 1970-01-01, NULL when undated): the inverted
-- index that candidate articles are found through, by a join on the terms chosen
CREATE TABLE article_terms (
    term TEXT COLLATE "C" NOT NULL,
    id   TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
    day  INTEGER,
    PRIMARY KEY (term, id) INCLUDE (day)
);

-- how many articles hold each clustering term (document frequency), kept in the transaction that stores them
CREATE TABLE term_frequencies (
    term     TEXT COLLATE "C" PRIMARY KEY,
    articles INTEGER NOT NULL
);

CREATE SEQUENCE story_positions;

CREATE TABLE stories (
    id       TEXT COLLATE "C" PRIMARY KEY,
    title    TEXT,
    report   TEXT NOT NULL,    -- the consolidated story report as JSON
    position BIGINT NOT NULL,  -- order in which the stories were first written
    created  TEXT NOT NULL,    -- ISO-8601 instants, as the SQLite store keeps them
    updated  TEXT NOT NULL
);

CREATE TABLE story_articles (
    story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

-- an article is in one story at most, whatever processes write at once
CREATE UNIQUE INDEX story_articles_by_article ON story_articles (article_id);

-- the id of a story merged into another, and the story that absorbed it
CREATE TABLE story_aliases (
    old_id   TEXT COLLATE "C" PRIMARY KEY,
    story_id TEXT COLLATE "C" NOT NULL
);

CREATE INDEX story_aliases_by_story ON story_aliases (story_id);
