package org.laurel.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Files in one directory, outside anything the web server serves. Staging files live in its
 * {@code .staging} subdirectory, on the same file system, so keeping one is an atomic rename:
 * a reader never sees half a file, and a crash leaves at most a stray staging file.
 */
final class LocalObjectStore implements ObjectStore {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Path root;
    private final Path staging;

    LocalObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
    }

    @Override
    public Path newStagingFile() throws IOException {
        Files.createDirectories(staging);
        return Files.createTempFile(staging, "upload-", ".part");
    }

    @Override
    public void put(String key, Path staged) throws IOException {
        Path target = file(key);
        // Written through to the disk before it is named, so an acknowledged upload survives a power cut.
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (staged.getParent() != null && staged.getParent().equals(staging)) {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Path temp = newStagingFile();
            Files.copy(staged, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            throw new Missing(key);
        }
        return Files.newInputStream(file);
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public void forEachKey(Consumer<String> action) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && KEY.matcher(name).matches()) {
                    action.accept(name);
                }
            }
        }
    }

    @Override
    public void check() throws IOException {
        Path probe = newStagingFile();
        Files.delete(probe);
    }

    @Override
    public String describe() {
        return "local " + root;
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key);
    }
}
