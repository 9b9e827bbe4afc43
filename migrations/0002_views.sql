-- 0002: read-only views for analysts working in the sqlite3 shell.
-- The program itself queries the tables.

-- Claims of the current (not superseded) extraction run of each article.
CREATE VIEW current_claims AS
SELECT c.*, r.article_id, r.extractor_version, r.recorded_at
FROM claims c
JOIN extraction_runs r ON r.id = c.run_id
WHERE r.superseded_by IS NULL;

-- Every claim ever recorded, superseded ones included, with place and source.
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
