package org.laurel.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.laurel.support.Api;
import org.laurel.support.S3Server;
import org.laurel.support.Seasons;

/** Attachments through the API with {@code LAUREL_STORAGE=s3}, against an S3-compatible server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3AttachmentApiTest implements TestPropertyProvider {

    private static final String BUCKET = "laurel-attachments";

    private S3Server s3;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        try {
            s3 = S3Server.start(BUCKET);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "laurel.storage.kind",
                "s3",
                "laurel.storage.s3-endpoint",
                s3.endpoint(),
                "laurel.storage.s3-bucket",
                BUCKET,
                "laurel.storage.s3-access-key",
                S3Server.ACCESS_KEY,
                "laurel.storage.s3-secret-key",
                S3Server.SECRET_KEY,
                "laurel.storage.s3-path-style",
                "true",
                "laurel.storage.s3-prefix",
                "attachments");
    }

    @AfterAll
    void stop() throws Exception {
        s3.close();
    }

    Api api() {
        return new Api(client);
    }

    Api.Result upload(long entryId, byte[] bytes, String token) {
        return api().upload(
                        HttpMethod.POST,
                        "/api/entries/" + entryId + "/attachments",
                        "deck.pdf",
                        MediaType.APPLICATION_PDF_TYPE,
                        bytes,
                        token);
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private long objects() {
        return s3.blobs().list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive()).stream()
                .filter(m -> m.getType() == org.jclouds.blobstore.domain.StorageType.BLOB)
                .map(StorageMetadata::getName)
                .filter(n -> n.startsWith("attachments/"))
                .count();
    }

    @Test
    void anUploadIsKeptInTheBucketAndStreamedBackWhole() {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        byte[] deck = pdf(1_500_000);
        long before = objects();

        Api.Result r = upload(a.entryId(), deck, a.token());

        assertThat(r.status()).isEqualTo(201);
        assertThat(objects()).isEqualTo(before + 1);
        byte[] back = client.toBlocking()
                .retrieve(HttpRequest.GET(r.header("Location")).bearerAuth(a.token()), byte[].class);
        assertThat(back).isEqualTo(deck);
    }

    @Test
    void removingADraftFileDeletesItsObject() {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        String location = upload(a.entryId(), pdf(2048), a.token()).header("Location");
        long withFile = objects();

        assertThat(api().send(HttpRequest.DELETE(location), a.token()).status()).isEqualTo(204);

        assertThat(objects()).isEqualTo(withFile - 1);
        assertThat(api().get(location, a.token()).status()).isEqualTo(404);
    }

    @Test
    void anUnreachableBucketGets503AndNoHalfWrittenAttachment() throws Exception {
        Seasons.Applicant a = new Seasons(api()).draft(new Seasons(api()).openAward(Duration.ofDays(3)));
        String downloadable = upload(a.entryId(), pdf(4096), a.token()).header("Location");
        String gone = "laurel-moved-away";
        s3.blobs().createContainerInLocation(null, gone);
        // Take the bucket away by moving its objects aside, then deleting it.
        for (StorageMetadata m :
                s3.blobs().list(BUCKET, org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive())) {
            s3.blobs().putBlob(gone, s3.blobs().getBlob(BUCKET, m.getName()));
        }
        s3.blobs().deleteContainer(BUCKET);
        try {
            Api.Result r = upload(a.entryId(), pdf(4096), a.token());
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.get("type").toString()).endsWith("/storage-unavailable");
            assertThat(api().get(downloadable, a.token()).status()).isIn(404, 503);
        } finally {
            s3.blobs().createContainerInLocation(null, BUCKET);
            for (StorageMetadata m :
                    s3.blobs().list(gone, org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive())) {
                s3.blobs().putBlob(BUCKET, s3.blobs().getBlob(gone, m.getName()));
            }
        }
        Api.Result entry = api().get("/api/entries/" + a.entryId(), a.token());
        assertThat(entry.list("attachments"))
                .as("the refused upload left no row")
                .hasSize(1);
        assertThat(api().get(downloadable, a.token()).status()).isEqualTo(200);
    }
}
