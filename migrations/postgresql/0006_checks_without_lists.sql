-- 0006 (PostgreSQL/PostGIS): as migrations/0006_checks_without_lists.sql, the
-- claims_control index's WHERE spelled with `=` and `OR`, as the queries now
-- spell it (state_claim_sql), so that both dialects keep one condition.
-- PostgreSQL evaluates its CHECK constraints' lists cheaply: they stay.

DROP INDEX claims_control;
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id, run_id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND (change = 'captured' OR change = 'liberated' OR change = 'withdrew' OR change = 'contested')
      AND (change = 'contested' OR by_side IS NOT NULL);
