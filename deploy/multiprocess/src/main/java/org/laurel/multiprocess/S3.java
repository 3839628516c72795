package org.laurel.multiprocess;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * An S3-compatible server in the driver's process: S3Proxy over a jclouds filesystem blobstore
 * in the run's directory, path-style, AWS signatures v2/v4 with a fixed key pair. The bucket
 * copy used by the backup check goes through the same blobstore API object by object.
 */
final class S3 implements AutoCloseable {

    static final String ACCESS_KEY = "laurel-multiprocess";
    static final String SECRET_KEY = "laurel-multiprocess-secret-key";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    final BlobStore store;
    final String endpoint;

    S3(Path dir, int port) throws Exception {
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", dir.toString());
        context = ContextBuilder.newBuilder("filesystem").overrides(p).credentials("identity", "credential")
                .build(BlobStoreContext.class);
        store = context.getBlobStore();
        endpoint = "http://127.0.0.1:" + port;
        proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create(endpoint))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        if (!"STARTED".equals(proxy.getState())) {
            throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
    }

    void createBucket(String bucket) {
        store.createContainerInLocation(null, bucket);
    }

    /** Every object of the bucket (recursively) as a file under dir; returns how many. */
    int copyToDirectory(String bucket, Path dir) throws IOException {
        int n = 0;
        String marker = null;
        do {
            ListContainerOptions o = ListContainerOptions.Builder.recursive();
            if (marker != null) {
                o.afterMarker(marker);
            }
            var page = store.list(bucket, o);
            for (StorageMetadata m : page) {
                if (m.getType() != org.jclouds.blobstore.domain.StorageType.BLOB) {
                    continue;
                }
                Blob blob = store.getBlob(bucket, m.getName());
                Path file = dir.resolve(m.getName()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IllegalStateException("object name escapes the directory: " + m.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = blob.getPayload().openStream()) {
                    Files.copy(in, file);
                }
                n++;
            }
            marker = page.getNextMarker();
        } while (marker != null);
        return n;
    }

    /** Puts every file under dir into the bucket under its relative path; returns how many. */
    int copyFromDirectory(Path dir, String bucket) throws IOException {
        int n = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String key = dir.relativize(f).toString().replace('\\', '/');
                store.putBlob(bucket, store.blobBuilder(key).payload(f.toFile()).contentLength(Files.size(f)).build());
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
