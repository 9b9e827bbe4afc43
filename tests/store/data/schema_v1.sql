-- A database written by claimtrack when migrations/0001_initial.sql was its only
-- migration (sqlite3 .dump plus the two header pragmas). Never edit: it stands for
-- databases that exist in the field.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    checksum    TEXT NOT NULL,          -- SHA-256 of the file as embedded
    applied_at  TEXT NOT NULL
) STRICT;
INSERT INTO schema_migrations VALUES(1,'0001_initial.sql','39f677d7c1b9737a67f020831cd9fb6ec30203b835d58576da4edeef6173d320','2026-11-26T08:00:23.857Z');
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
INSERT INTO articles VALUES(1,'f8c2389eb0bdd1e57250aef4c111778c378f1a1b234ca98f4187b09ff348059d','https://example.org/v1 article','v1 article','Example Wire','2022-09-10','en','v1 article.txt','Russia''s defence ministry said its forces captured Vuhledar.','2026-11-26T08:00:23.859Z');
CREATE TABLE extraction_runs (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles(id),
    extractor_version  TEXT NOT NULL,
    recorded_at        TEXT NOT NULL,
    superseded_by      INTEGER REFERENCES extraction_runs(id),
    UNIQUE (article_id, extractor_version)
) STRICT;
INSERT INTO extraction_runs VALUES(1,1,'0.1.0','2026-11-26T08:00:23.859Z',NULL);
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
INSERT INTO places VALUES(701,'Vuhledar','Вугледар','settlement','PPL','UA',44.00999999999999801,48.0,'Donetsk',NULL,0);
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
INSERT INTO mentions VALUES(1,1,52,60,'Vuhledar',701,0.9000000000000000222,NULL,1,1);
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
INSERT INTO claims VALUES(1,1,'captured','RU',701,NULL,'Vuhledar','captured','MoD','RU','claimed','2022-09-10',NULL,NULL,'','2022-09-10',0,60,NULL,0.8000000000000000444,0,0,NULL);
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
CREATE INDEX places_name ON places(name COLLATE NOCASE);
CREATE INDEX places_name_local ON places(name_local COLLATE NOCASE);
CREATE INDEX mentions_run ON mentions(run_id);
CREATE INDEX mentions_place ON mentions(place_id);
CREATE INDEX claims_run ON claims(run_id);
CREATE INDEX claims_place ON claims(place_id, known_on);
CREATE INDEX claims_region ON claims(region_id) WHERE region_id IS NOT NULL;
CREATE INDEX claims_known_on ON claims(known_on);
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND change IN ('captured','liberated','withdrew','contested');
CREATE INDEX areas_run ON areas(run_id);
CREATE INDEX distances_run ON distances(run_id);
COMMIT;
PRAGMA user_version = 1;
PRAGMA application_id = 1131172971;
