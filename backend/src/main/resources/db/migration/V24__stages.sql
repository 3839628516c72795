-- The expo's days: a live session runs on a named stage (a hall), and programs that share an
-- event (the expo) share one public schedule of their stages.
ALTER TABLE live_session ADD COLUMN stage VARCHAR(80);
ALTER TABLE program ADD COLUMN event_slug VARCHAR(80);
CREATE INDEX ix_program_event_slug ON program (event_slug);
