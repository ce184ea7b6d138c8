-- Fewer index entries per message (issue #9: a chat of a million messages writes each index a
-- million times): only attachments and embedded documents have a parent, so only they need an
-- entry in items_parent.
DROP INDEX items_parent;
CREATE INDEX items_parent ON items(parent_item_id) WHERE parent_item_id IS NOT NULL;
