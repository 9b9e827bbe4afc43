-- 0005: syndicated copies. An article is stored once, by its text (the first
-- copy recorded keeps its URL, title, source and date in `articles`); every
-- further copy of the same text under another URL or source -- wire copy that
-- several outlets carry -- is recorded here, so that provenance reads
-- "carried by N outlets" and no URL is lost. Rows are inserted, never updated.
CREATE TABLE article_carriers (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    url          TEXT NOT NULL,          -- '' when the copy has none
    source       TEXT NOT NULL,          -- '' when the copy names none
    title        TEXT,
    published    TEXT,                   -- YYYY-MM-DD
    file         TEXT,
    recorded_at  TEXT NOT NULL,
    UNIQUE (article_id, url, source)
) STRICT;
