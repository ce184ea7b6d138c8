-- Version 21, as the laptop's (migration/sqlite/V21.sql): each claim counts its changes, so that a
-- change made from what a member saw is refused when another came first.
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
