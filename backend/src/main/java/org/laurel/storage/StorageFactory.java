package org.laurel.storage;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Builds the one {@link ObjectStore} the configuration asks for. */
@Factory
class StorageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    StoreHolder objectStore(StorageConfig config) {
        if (config.isLocal()) {
            ObjectStore local = new LocalObjectStore(Path.of(config.localDir()));
            LOG.info("Files are kept in {}", local.describe());
            return new StoreHolder(local, null);
        }
        if (!config.isS3()) {
            throw new IllegalStateException("LAUREL_STORAGE must be local or s3, not '" + config.kind() + "'.");
        }
        if (config.s3Bucket() == null || config.s3Bucket().isBlank()) {
            throw new IllegalStateException("LAUREL_STORAGE is s3 but LAUREL_S3_BUCKET is not set.");
        }
        S3Client client = client(config);
        ObjectStore s3 = new S3ObjectStore(client, config.s3Bucket().trim(), config.s3Prefix());
        LOG.info(
                "Files are kept in {}{}",
                s3.describe(),
                config.s3Endpoint() == null ? "" : " at " + config.s3Endpoint());
        return new StoreHolder(s3, client);
    }

    @Singleton
    ObjectStore store(StoreHolder holder) {
        return holder.store();
    }

    static S3Client client(StorageConfig config) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.s3Region()))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.s3PathStyle())
                // Checksums only where S3 requires them: several S3-compatible servers refuse the
                // trailing checksums that the SDK otherwise adds to every upload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (config.s3Endpoint() != null && !config.s3Endpoint().isBlank()) {
            builder.endpointOverride(URI.create(config.s3Endpoint().trim()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageConfig config) {
        if (config.s3AccessKey() != null && !config.s3AccessKey().isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    config.s3AccessKey(), config.s3SecretKey() == null ? "" : config.s3SecretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** The store and, for S3, the client to close when the application stops. */
    record StoreHolder(ObjectStore store, S3Client client) implements AutoCloseable {
        @Override
        public void close() {
            if (client != null) {
                client.close();
            }
        }
    }
}
