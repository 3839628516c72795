package org.laurel.storage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code java -jar laurel.jar storage-copy}: copies every file of the local store
 * ({@code LAUREL_UPLOAD_DIR}) into the bucket ({@code LAUREL_S3_*}), skipping what the bucket
 * already holds, so it can be run again after an interruption. It reads the configuration the
 * server would read and starts nothing else (no database, no web server). Run it while the
 * old instance is stopped, then start the instances with {@code LAUREL_STORAGE=s3}.
 */
public final class StorageCopy {

    private StorageCopy() {}

    /** Copies, prints counts, and returns the process exit code (0 when every file is in the bucket). */
    public static int run(PrintStream out) {
        StorageConfig config = configuration();
        if (config.s3Bucket() == null || config.s3Bucket().isBlank()) {
            out.println("storage-copy: set LAUREL_S3_BUCKET (and LAUREL_S3_ENDPOINT, credentials) first.");
            return 2;
        }
        try (S3Client client = StorageFactory.client(config)) {
            ObjectStore from = new LocalObjectStore(Path.of(config.localDir()));
            ObjectStore to = new S3ObjectStore(client, config.s3Bucket().trim(), config.s3Prefix());
            return copy(from, to, out);
        }
    }

    static int copy(ObjectStore from, ObjectStore to, PrintStream out) {
        List<String> keys = new ArrayList<>();
        try {
            to.check();
            from.forEachKey(keys::add);
        } catch (IOException e) {
            out.println("storage-copy: " + e.getMessage());
            return 1;
        }
        int copied = 0;
        int present = 0;
        int failed = 0;
        for (String key : keys) {
            try {
                if (to.exists(key)) {
                    present++;
                    continue;
                }
                Path staged = to.newStagingFile();
                try (InputStream in = from.open(key)) {
                    Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
                }
                to.put(key, staged);
                copied++;
            } catch (IOException | RuntimeException e) {
                failed++;
                out.println("storage-copy: " + key + " failed: " + e.getMessage());
            }
        }
        out.printf(
                "storage-copy: %d files in %s; %d copied, %d already in %s, %d failed%n",
                keys.size(), from.describe(), copied, present, to.describe(), failed);
        return failed == 0 ? 0 : 1;
    }

    /** laurel.storage.* as the server would read it (application.yml and environment variables). */
    private static StorageConfig configuration() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment env = context.getEnvironment().start();
            return new StorageConfig(
                    env.getProperty("laurel.storage.kind", String.class, "local"),
                    env.getProperty("laurel.storage.local-dir", String.class, "./data/uploads"),
                    env.getProperty("laurel.storage.s3-endpoint", String.class).orElse(null),
                    env.getProperty("laurel.storage.s3-region", String.class, "us-east-1"),
                    env.getProperty("laurel.storage.s3-bucket", String.class).orElse(null),
                    env.getProperty("laurel.storage.s3-access-key", String.class)
                            .orElse(null),
                    env.getProperty("laurel.storage.s3-secret-key", String.class)
                            .orElse(null),
                    env.getProperty("laurel.storage.s3-path-style", Boolean.class, false),
                    env.getProperty("laurel.storage.s3-prefix", String.class).orElse(null));
        }
    }
}
