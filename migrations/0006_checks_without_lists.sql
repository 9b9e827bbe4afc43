-- 0006: no list of more than two values in a check that every inserted claim
-- runs. SQLite evaluates `x IN ('a','b','c',...)` of three values or more by
-- building a temporary table of the values, once per statement run: for
-- claims (CHECK on change, claims_control's WHERE) that was two temporary
-- tables per claim row, about a fifth of recording an article. The same
-- conditions spelled with `=` and `OR` are plain comparisons.
--
-- A CHECK constraint is changed in place, as SQLite documents for changes that
-- leave the stored rows valid (https://sqlite.org/lang_altertable.html, "Making
-- Other Kinds Of Table Schema Changes"): the rows already satisfy the new
-- constraint, which accepts exactly the same values. RESET reloads this
-- connection's schema; the index rebuilt below changes the schema version, so
-- every other connection reloads it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
    'CHECK (change IN (''captured'',''liberated'',''withdrew'',''advanced'',''repelled'',''contested'',''other''))',
    'CHECK (change = ''captured'' OR change = ''liberated'' OR change = ''withdrew'' OR change = ''advanced'' OR '
    || 'change = ''repelled'' OR change = ''contested'' OR change = ''other'')')
WHERE type = 'table' AND name = 'claims';
UPDATE sqlite_schema
SET sql = replace(sql,
    'CHECK (kind IN (''settlement'',''admin1'',''admin2'',''region'',''country'',''water'',''other''))',
    'CHECK (kind = ''settlement'' OR kind = ''admin1'' OR kind = ''admin2'' OR kind = ''region'' OR '
    || 'kind = ''country'' OR kind = ''water'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'places';
PRAGMA writable_schema = RESET;

-- The queries spell the condition the same way (state_claim_sql), so that
-- SQLite matches them to this partial index.
DROP INDEX claims_control;
CREATE INDEX claims_control ON claims(place_id, claimant_side, known_on, id, run_id)
    WHERE place_id IS NOT NULL AND background = 0 AND negated = 0
      AND (change = 'captured' OR change = 'liberated' OR change = 'withdrew' OR change = 'contested')
      AND (change = 'contested' OR by_side IS NOT NULL);
