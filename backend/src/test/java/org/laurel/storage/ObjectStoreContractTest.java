package org.laurel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laurel.support.S3Server;

/** The same promises from both stores: what is put can be read back whole, listed, and deleted. */
class ObjectStoreContractTest {

    private static S3Server s3;

    @TempDir
    Path dir;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Server.start("contract", "copy-target");
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    private ObjectStore store(String kind, String bucket) {
        if (kind.equals("local")) {
            return new LocalObjectStore(dir.resolve("store"));
        }
        StorageConfig config = new StorageConfig(
                "s3",
                null,
                s3.endpoint(),
                "us-east-1",
                bucket,
                S3Server.ACCESS_KEY,
                S3Server.SECRET_KEY,
                true,
                "laurel/files");
        return new S3ObjectStore(StorageFactory.client(config), bucket, config.s3Prefix());
    }

    private static Path staged(ObjectStore store, byte[] bytes) throws IOException {
        Path file = store.newStagingFile();
        Files.write(file, bytes);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void whatIsPutIsReadBackWholeListedAndDeleted(String kind) throws IOException {
        ObjectStore store = store(kind, "contract");
        // Larger than any buffer on the way, so streaming in both directions is exercised.
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        Path staged = staged(store, bytes);
        String key = kind + "-0b5c6b0e-1";

        store.put(key, staged);

        assertThat(staged).as("the staging file is handed over").doesNotExist();
        assertThat(store.exists(key)).isTrue();
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        List<String> keys = new ArrayList<>();
        store.forEachKey(keys::add);
        assertThat(keys).contains(key);

        store.delete(key);
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(ObjectStore.Missing.class);
        store.delete(key); // deleting what is gone is not an error
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "s3"})
    void aReachableStorePassesItsCheck(String kind) throws IOException {
        store(kind, "contract").check();
    }

    @Test
    void aMissingBucketFailsTheCheckAndRefusesPuts() throws IOException {
        ObjectStore store = store("s3", "no-such-bucket");
        assertThatThrownBy(store::check).isInstanceOf(IOException.class).hasMessageContaining("no-such-bucket");
        Path staged = staged(store, "x".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store.put("k1", staged)).isInstanceOf(IOException.class);
        assertThat(staged).as("a refused put leaves no staging file").doesNotExist();
    }

    @Test
    void aLocalKeyCannotLeaveTheDirectory() {
        ObjectStore store = store("local", null);
        assertThatThrownBy(() -> store.open("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(".staging")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCopyCommandCopiesALocalStoreIntoTheBucketAndCanBeRunAgain() throws IOException {
        ObjectStore local = store("local", null);
        ObjectStore bucket = store("s3", "copy-target");
        for (int i = 0; i < 3; i++) {
            local.put("file-" + i, staged(local, ("content " + i).getBytes(StandardCharsets.UTF_8)));
        }
        local.newStagingFile(); // a stray staging file is not a stored file

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertThat(StorageCopy.copy(local, bucket, new PrintStream(first, true, StandardCharsets.UTF_8)))
                .isZero();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertThat(StorageCopy.copy(local, bucket, new PrintStream(second, true, StandardCharsets.UTF_8)))
                .isZero();

        assertThat(first.toString(StandardCharsets.UTF_8)).contains("3 files", "3 copied", "0 already", "0 failed");
        assertThat(second.toString(StandardCharsets.UTF_8)).contains("0 copied", "3 already");
        for (int i = 0; i < 3; i++) {
            try (InputStream in = bucket.open("file-" + i)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("content " + i);
            }
        }
        assertThat(local.exists("file-0"))
                .as("the local store is left as it was")
                .isTrue();
    }
}
