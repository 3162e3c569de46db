-- newsfuse store, SQLite schema v2: stories grow in place.
-- A story keeps its id as it gains articles; when two merge, the older keeps its id and the other id
-- becomes an alias that still answers. Each article's clustering features are kept beside it, so a
-- new article is compared with candidate stories without decoding any analysis.

ALTER TABLE stories ADD COLUMN created TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN updated TEXT NOT NULL DEFAULT '';
UPDATE stories SET created = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');

-- the id of a story merged into another, and the story that absorbed it
CREATE TABLE story_aliases (
    old_id   TEXT PRIMARY KEY NOT NULL,
    story_id TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX story_aliases_by_story ON story_aliases (story_id);

-- ArticleFeatures of each article, in the binary form FeatureCodec writes
CREATE TABLE article_features (
    id       TEXT PRIMARY KEY NOT NULL REFERENCES articles (id),
    features BLOB NOT NULL
) WITHOUT ROWID;
