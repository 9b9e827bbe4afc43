-- 0002 (PostgreSQL/PostGIS): the analysts' views of migrations/0002_views.sql,
-- and claims_current: the current claims with their place's point, a layer
-- QGIS (or ogr2ogr, GeoServer) adds directly: PG:"dbname=..." claims_current.

CREATE VIEW current_claims AS
SELECT c.*, r.article_id, r.extractor_version, r.recorded_at
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
WHERE r.superseded_by IS NULL;

CREATE VIEW claim_history AS
SELECT c.id AS claim_id, c.known_on, p.name AS place, p.admin1 AS oblast, p.admin2 AS raion,
       g.name AS region, c.change, c.by_side, c.claimant, c.claimant_side, c.status,
       c.stated_on, c.event_from, c.event_to, c.negated, c.background, c.confidence,
       a.title, a.url, a.source, a.published, r.extractor_version, r.recorded_at,
       r.superseded_by IS NOT NULL AS superseded
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN places p ON p.id = c.place_id
LEFT JOIN places g ON g.id = c.region_id;

-- One row per current claim that points at a place with coordinates (a
-- region claim without a settlement takes the region's point). claim_id is
-- the layer's key.
CREATE VIEW claims_current AS
SELECT c.id AS claim_id, c.known_on, COALESCE(p.name, g.name) AS place, COALESCE(p.id, g.id) AS place_id,
       COALESCE(p.admin1, g.admin1) AS oblast, g.name AS region, c.change, c.by_side, c.claimant,
       c.claimant_side, c.status, c.stated_on, c.negated, c.background, c.confidence,
       a.title, a.url, a.source, a.published, r.extractor_version,
       COALESCE(p.geom, g.geom)::geometry(Point, 4326) AS geom
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN places p ON p.id = c.place_id
LEFT JOIN places g ON g.id = c.region_id
WHERE r.superseded_by IS NULL AND COALESCE(p.geom, g.geom) IS NOT NULL;
