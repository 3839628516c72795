-- The audit trail becomes a hash chain: each record carries the hash of the one before it in
-- the chain. Records are written without their link (so writers never queue behind one lock)
-- and a sealer links them in order shortly after they commit; the head row holds the chain's
-- last link, so even deleting the newest records is detected.
ALTER TABLE audit_record ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_record ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_record ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX ux_audit_chain_seq ON audit_record (chain_seq);
CREATE INDEX ix_audit_program ON audit_record (program_id, id);

CREATE TABLE audit_chain_head (
    id         INT PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, updated_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP);
