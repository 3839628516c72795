package org.laurel.storage;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code laurel.storage.*}: which {@link ObjectStore} keeps the files. {@code local} is a
 * directory on this machine, fit for one instance; {@code s3} is a bucket on AWS or on an
 * S3-compatible server (MinIO, Ceph RGW: set {@code pathStyle}), which every instance shares.
 * Blank credentials mean the AWS SDK's default chain (environment, instance or pod role).
 */
@ConfigurationProperties("laurel.storage")
public record StorageConfig(
        @Bindable(defaultValue = "local") String kind,
        @Bindable(defaultValue = "./data/uploads") String localDir,
        @Nullable String s3Endpoint,
        @Bindable(defaultValue = "us-east-1") String s3Region,
        @Nullable String s3Bucket,
        @Nullable String s3AccessKey,
        @Nullable String s3SecretKey,
        @Bindable(defaultValue = "false") boolean s3PathStyle,
        @Nullable String s3Prefix) {

    public boolean isS3() {
        return "s3".equalsIgnoreCase(kind.trim());
    }

    public boolean isLocal() {
        return "local".equalsIgnoreCase(kind.trim());
    }
}
