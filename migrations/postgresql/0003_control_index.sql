-- 0003 (PostgreSQL/PostGIS): as migrations/0003_control_index.sql, the index
-- behind `state` and `conflicts`: the latest control claim per place and
-- claimant side, with the "acting side known" condition in its WHERE.

DROP INDEX claims_control;
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id, run_id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND change IN ('captured','liberated','withdrew','contested')
      AND (change = 'contested' OR by_side IS NOT NULL);

CREATE INDEX extraction_runs_superseded ON extraction_runs(id) WHERE superseded_by IS NOT NULL;
