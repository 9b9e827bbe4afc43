-- 0004: assessed control layers and the verdicts claims get against them.
-- A control snapshot is one dated polygon layer of one source (e.g.
-- DeepStateMap's occupied territory on 2024-10-07), stored once: its content
-- hash is the SHA-256 of its geometry (WKB, WGS 84 lon/lat). Snapshots are
-- inserted, never updated.
CREATE TABLE control_snapshots (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    snapshot_date TEXT NOT NULL,          -- YYYY-MM-DD
    date_from     TEXT NOT NULL,          -- attribute NAME, file name, --date
    coverage      TEXT NOT NULL,          -- ISO country code of the territory the layer assesses
    content_hash  TEXT NOT NULL,
    file          TEXT NOT NULL,          -- as imported
    features      INTEGER NOT NULL,
    polygons      INTEGER NOT NULL,
    repaired      TEXT NOT NULL,          -- features repaired with MakeValid, '' when none
    min_lon       REAL NOT NULL,
    min_lat       REAL NOT NULL,
    max_lon       REAL NOT NULL,
    max_lat       REAL NOT NULL,
    geometry      BLOB NOT NULL,          -- WKB MultiPolygon
    imported_at   TEXT NOT NULL,
    UNIQUE (source, snapshot_date)
) STRICT;
CREATE INDEX control_snapshots_hash ON control_snapshots(source, content_hash);

-- Derived data: a claim's verdict against one source's snapshots, recomputed
-- by `claimtrack corroborate` (rows change only when the verdict does), never
-- edited by hand. The snapshots that decided it are in verdict_snapshots.
CREATE TABLE verdicts (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER NOT NULL REFERENCES claims(id),
    source       TEXT NOT NULL,
    window_days  INTEGER NOT NULL,
    verdict      TEXT NOT NULL
                 CHECK (verdict IN ('corroborated','premature','contradicted','pending','not_applicable')),
    implied      TEXT CHECK (implied IN ('UA','RU')),  -- the controller the claim implies
    lag_days     INTEGER,
    reason       TEXT NOT NULL,                        -- why pending or not applicable
    computed_at  TEXT NOT NULL,
    UNIQUE (claim_id, source)
) STRICT;
CREATE INDEX verdicts_source ON verdicts(source, verdict);

CREATE TABLE verdict_snapshots (
    verdict_id   INTEGER NOT NULL REFERENCES verdicts(id) ON DELETE CASCADE,
    snapshot_id  INTEGER NOT NULL REFERENCES control_snapshots(id),
    PRIMARY KEY (verdict_id, snapshot_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX verdict_snapshots_snapshot ON verdict_snapshots(snapshot_id);
