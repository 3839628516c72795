-- The installation's token-signing secret, generated on first start when LAUREL_JWT_SECRET is
-- not set. One row (id = 1), inserted with ON CONFLICT DO NOTHING, so instances that start
-- together on one database all end up with the same secret.
CREATE TABLE signing_secret (
    id         INT          PRIMARY KEY,
    secret     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Accounts can be deactivated by an admin; signing out everywhere refuses access tokens
-- issued before tokens_valid_after.
ALTER TABLE app_user ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN tokens_valid_after TIMESTAMP WITH TIME ZONE;

-- Refresh tokens rotate: each use marks the token used and issues the next one in the same
-- family (one sign-in); presenting a used token again revokes the whole family.
ALTER TABLE refresh_token ADD COLUMN family VARCHAR(36);
UPDATE refresh_token SET family = CAST(id AS VARCHAR(36));
ALTER TABLE refresh_token ALTER COLUMN family SET NOT NULL;
ALTER TABLE refresh_token ADD COLUMN used_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_refresh_token_family ON refresh_token (family);
CREATE INDEX ix_refresh_token_user ON refresh_token (user_id);

-- Throttling counters, one row per key (account+address, account, address, registration
-- address). An attempt is reserved by one conditional UPDATE of its rows before the password is
-- looked at, so parallel attempts cannot all slip through.
CREATE TABLE throttle_counter (
    throttle_key    VARCHAR(400) PRIMARY KEY,
    attempts        INT          NOT NULL,
    last_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    next_allowed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_throttle_counter_last ON throttle_counter (last_at);

-- Superseded by throttle_counter.
DROP TABLE login_failure;
