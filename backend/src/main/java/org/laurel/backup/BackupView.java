package org.laurel.backup;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A backup file written by the server: its name, where it is on the server's disk, its size and SHA-256. */
@Serdeable
public record BackupView(String name, String path, long bytes, String sha256, Instant createdAt) {}
