-- Schema version 21 (issue #26): each claim counts its changes. A change made from what a member
-- saw names the version it saw, and is refused when another change came first (two members of a
-- team case rewording one claim, an editor approving words a reporter has just changed): no update
-- is lost, and the window says who changed the claim and reloads it.
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
