-- 0003: make `state` and `conflicts` independent of the number of claims.
-- They seek, per place and claimant side, the latest control claim on or
-- before a date. The index now covers that seek (run_id included, so that
-- superseded runs are skipped without reading the claim rows) and carries
-- the "acting side known" condition in its WHERE.

DROP INDEX claims_control;
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id, run_id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND change IN ('captured','liberated','withdrew','contested')
      AND (change = 'contested' OR by_side IS NOT NULL);

-- Superseded runs are few: a small index to test "run is current" against.
CREATE INDEX extraction_runs_superseded ON extraction_runs(id) WHERE superseded_by IS NOT NULL;
