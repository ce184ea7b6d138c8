-- Imports store text; extraction catches up behind them (decision 0016). The case remembers the
-- last item an extraction pass has read. Cases written before this version were extracted on import.
INSERT INTO case_info(key, value) SELECT 'extracted_through', coalesce(max(id), 0) FROM items;
