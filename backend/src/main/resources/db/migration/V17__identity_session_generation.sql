-- Counts how often all of an account's sessions were ended (signing out everywhere, a password
-- change or reset, deactivation). Signed file links carry the count they were made under and stop
-- working once it moves on.
ALTER TABLE app_user ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
