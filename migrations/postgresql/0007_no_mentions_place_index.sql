-- 0007: no index on mentions(place_id), as migrations/0007 for SQLite: no
-- query looks mentions up by place, and each recorded mention paid for it.
DROP INDEX IF EXISTS mentions_place;
