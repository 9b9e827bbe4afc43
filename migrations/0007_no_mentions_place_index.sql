-- 0007: no index on mentions(place_id). No query looks mentions up by place:
-- record() writes them and `stats` counts them through mentions_run (a
-- covering scan); nothing deletes places, so no foreign-key action needs it.
-- It cost 14 B-tree inserts per dev-sized article, about 15 % of recording
-- one (Store::record, 411 K -> 348 K instructions per article; bench/PROFILE.md).
DROP INDEX IF EXISTS mentions_place;
