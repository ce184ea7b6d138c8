-- Schema version 14 (issue #21): both Chinese scripts find each other. The word index holds Han
-- characters in their Simplified form (WordIndexText), so it is emptied here and written again from
-- the items by WordIndexRebuild; entity keys fold the same way and EntityKeyRefresh re-keys them,
-- making one entity of "字節跳動" and "字节跳动" (see SchemaMigrator).
INSERT INTO item_words(item_words) VALUES('delete-all');
