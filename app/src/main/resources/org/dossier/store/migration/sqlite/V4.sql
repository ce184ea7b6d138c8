-- Schema version 4: the timeline reads its events from what the case already holds (decision 0011):
-- messages and documents by their times, date mentions by their value. These indexes serve its
-- range queries; the events table keeps only what a reporter adds or pins.
CREATE INDEX mentions_date   ON mentions(date_value) WHERE date_value IS NOT NULL;
CREATE INDEX items_created   ON items(created_at) WHERE created_at IS NOT NULL;
CREATE INDEX items_modified  ON items(modified_at) WHERE modified_at IS NOT NULL;
