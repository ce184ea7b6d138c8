-- Schema version 7: a pinned event keeps the words it was pinned for and where they are, so an
-- export quotes them as they were and cites them exactly (V5's pins keep their title instead).
ALTER TABLE story_events ADD COLUMN excerpt TEXT;
ALTER TABLE story_events ADD COLUMN span_start INTEGER;
ALTER TABLE story_events ADD COLUMN span_end INTEGER;
