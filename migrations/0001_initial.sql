-- 0001: the claims store.
-- Valid time (stated_on, event_from/event_to) is kept apart from transaction
-- time (articles.ingested_at, extraction_runs.recorded_at). Ingestion only
-- inserts rows; the one update it makes is extraction_runs.superseded_by.
-- Dates are ISO 'YYYY-MM-DD' text (sortable); timestamps ISO 8601 UTC.
-- Sides are 'UA', 'RU' or NULL (unknown / neither).

CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    checksum    TEXT NOT NULL,          -- SHA-256 of the file as embedded
    applied_at  TEXT NOT NULL
) STRICT;

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE, -- SHA-256 (hex) of the text
    url           TEXT,
    title         TEXT,
    source        TEXT,
    published     TEXT,
    language      TEXT,
    file          TEXT,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
) STRICT;

CREATE TABLE extraction_runs (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles(id),
    extractor_version  TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    superseded_by      INTEGER REFERENCES extraction_runs(id),
    UNIQUE (article_id, extractor_version)
) STRICT;

-- Copied from the gazetteer so that a database stands alone.
CREATE TABLE places (
    id            INTEGER PRIMARY KEY,  -- GeoNames id or the project's own range
    name          TEXT NOT NULL,
    name_local    TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('settlement','admin1','admin2','region','country','water','other')),
    feature_code  TEXT,
    country       TEXT,
    lon           REAL,
    lat           REAL,
    admin1        TEXT,
    admin2        TEXT,
    population    INTEGER
) STRICT;
CREATE INDEX places_name ON places(name COLLATE NOCASE);
CREATE INDEX places_name_local ON places(name_local COLLATE NOCASE);

CREATE TABLE mentions (
    id               INTEGER PRIMARY KEY,
    run_id           INTEGER NOT NULL REFERENCES extraction_runs(id),
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    surface          TEXT NOT NULL,
    place_id         INTEGER REFERENCES places(id),
    confidence       REAL NOT NULL,
    runner_up_id     INTEGER REFERENCES places(id),
    precision        INTEGER NOT NULL,
    candidate_count  INTEGER NOT NULL
) STRICT;
CREATE INDEX mentions_run ON mentions(run_id);
CREATE INDEX mentions_place ON mentions(place_id);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES extraction_runs(id),
    change          TEXT NOT NULL CHECK (change IN ('captured','liberated','withdrew','advanced','repelled','contested','other')),
    by_side         TEXT CHECK (by_side IN ('UA','RU')),
    place_id        INTEGER REFERENCES places(id),
    region_id       INTEGER REFERENCES places(id),
    surface         TEXT NOT NULL,
    verb            TEXT NOT NULL,
    claimant        TEXT NOT NULL,
    claimant_side   TEXT CHECK (claimant_side IN ('UA','RU')),
    status          TEXT NOT NULL CHECK (status IN ('claimed','assessed')),
    stated_on       TEXT,
    event_from      TEXT,
    event_to        TEXT,
    time_precision  TEXT NOT NULL,
    -- The date the claim is ordered by: stated_on, else the article's
    -- publication date, else event_to. Derived once at recording.
    known_on        TEXT,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    -- NULL when the evidence is exactly the article text at the span
    -- (read back with substr), which keeps claims small.
    evidence        TEXT,
    confidence      REAL NOT NULL,
    background      INTEGER NOT NULL CHECK (background IN (0, 1)),
    negated         INTEGER NOT NULL CHECK (negated IN (0, 1)),
    area_km2        REAL
) STRICT;
CREATE INDEX claims_run ON claims(run_id);
CREATE INDEX claims_place ON claims(place_id, known_on);
CREATE INDEX claims_region ON claims(region_id) WHERE region_id IS NOT NULL;
CREATE INDEX claims_known_on ON claims(known_on);
-- Claims that say who controls a place: the basis of state and conflicts.
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND change IN ('captured','liberated','withdrew','contested');

CREATE TABLE areas (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES extraction_runs(id),
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    surface      TEXT NOT NULL,
    km2          REAL NOT NULL,
    km2_max      REAL,
    qualifier    TEXT NOT NULL,
    unit         TEXT NOT NULL,
    value        REAL NOT NULL,
    by_side      TEXT CHECK (by_side IN ('UA','RU')),
    region       TEXT NOT NULL,
    territorial  INTEGER NOT NULL CHECK (territorial IN (0, 1))
) STRICT;
CREATE INDEX areas_run ON areas(run_id);

CREATE TABLE distances (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES extraction_runs(id),
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    surface     TEXT NOT NULL,
    min_km      REAL,
    max_km      REAL,
    qualifier   TEXT NOT NULL,
    type        TEXT NOT NULL,
    direction   TEXT NOT NULL,
    anchor      TEXT NOT NULL
) STRICT;
CREATE INDEX distances_run ON distances(run_id);
