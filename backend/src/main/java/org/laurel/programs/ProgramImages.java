package org.laurel.programs;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.laurel.programs.ProgramEvents.ProgramChanged;
import org.laurel.storage.ObjectStore;
import org.laurel.storage.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program's images, kept in the {@link ObjectStore} like attachments: its logo (public exactly
 * when its program is) and the signature printed on its certificates (only its organizers may
 * fetch it). An upload must decode as a PNG or JPEG of bounded size (the image is read whole once
 * here, so a broken or hostile file never reaches a page or a certificate).
 */
@Singleton
public class ProgramImages {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramImages.class);

    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 2000;

    /** What an image is for; its word is its key prefix, its address segment and what problems call it. */
    public enum Kind {
        LOGO("logo"),
        SIGNATURE("signature");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /**
     * An image to send; {@link #open()} streams its bytes from the store. {@code cacheable} when it
     * is a published program's logo (its address carries the version, so a cached copy is never stale).
     */
    public record Image(
            long programId, Kind kind, String key, String contentType, boolean cacheable, ObjectStore store) {
        public String version() {
            return ProgramImages.version(kind, key);
        }

        public InputStream open() {
            try {
                return store.open(key);
            } catch (ObjectStore.Missing e) {
                LOG.error("Program {} has no object {} in storage", programId, key);
                throw new ProgramProblems.ImageNotFound(kind, programId);
            } catch (IOException e) {
                LOG.error("Could not read {} {} from {}", kind.word(), key, store.describe(), e);
                throw new StorageUnavailable("The " + kind.word() + " could not be read from storage; try again.");
            }
        }

        /** The whole image (at most {@link #MAX_BYTES}), for documents that embed it. */
        public byte[] bytes() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                LOG.error("Could not read {} {} from {}", kind.word(), key, store.describe(), e);
                throw new StorageUnavailable("The " + kind.word() + " could not be read from storage; try again.");
            }
        }
    }

    /** A replaced or removed image's object, deleted once the change is committed. */
    record Released(String key) {}

    private final ProgramRepositories.Programs programs;
    private final ProgramService service;
    private final ObjectStore store;
    private final Clock clock;
    private final ApplicationEventPublisher<ProgramChanged> changed;
    private final ApplicationEventPublisher<Released> released;

    ProgramImages(
            ProgramRepositories.Programs programs,
            ProgramService service,
            ObjectStore store,
            Clock clock,
            ApplicationEventPublisher<ProgramChanged> changed,
            ApplicationEventPublisher<Released> released) {
        this.programs = programs;
        this.service = service;
        this.store = store;
        this.clock = clock;
        this.changed = changed;
        this.released = released;
    }

    /** Where the API serves a program's image; the version changes with the image. */
    @Nullable
    static String url(Kind kind, Program p) {
        String key = p.imageKey(kind);
        return key == null ? null : "/api/programs/" + p.getId() + "/" + kind.word() + "?v=" + version(kind, key);
    }

    @Transactional
    public ProgramView set(Kind kind, long programId, long organizerId, InputStream content) {
        service.requireOrganizer(programId, organizerId);
        String key = kind.word() + "-" + UUID.randomUUID();
        String type = keep(kind, key, content);
        try {
            Program program = programs.findById(programId).orElseThrow();
            String previous = program.changeImage(kind, key, type, clock.instant());
            programs.update(program);
            changed.publishEvent(new ProgramChanged(
                    organizerId, programId, Map.of(kind.word(), previous != null), Map.of(kind.word(), true)));
            if (previous != null) {
                released.publishEvent(new Released(previous));
            }
        } catch (RuntimeException e) {
            delete(key); // no row, no object
            throw e;
        }
        return service.requireOrganizer(programId, organizerId);
    }

    @Transactional
    public ProgramView remove(Kind kind, long programId, long organizerId) {
        service.requireOrganizer(programId, organizerId);
        Program program = programs.findById(programId).orElseThrow();
        String previous = program.changeImage(kind, null, null, clock.instant());
        if (previous != null) {
            programs.update(program);
            changed.publishEvent(
                    new ProgramChanged(organizerId, programId, Map.of(kind.word(), true), Map.of(kind.word(), false)));
            released.publishEvent(new Released(previous));
        }
        return service.requireOrganizer(programId, organizerId);
    }

    /**
     * The image as {@code viewerId} may fetch it: a logo of a program they may see (404 for
     * another's draft), a signature only for the program's organizers (403, or 404 for a draft);
     * 404 when there is none.
     */
    public Image get(Kind kind, long programId, @Nullable Long viewerId) {
        if (kind == Kind.LOGO) {
            service.get(programId, viewerId);
        } else if (viewerId == null) {
            throw new ProgramProblems.ProgramNotFound(programId); // the controller lets only organizers this far
        } else {
            service.requireOrganizer(programId, viewerId);
        }
        return find(kind, programId).orElseThrow(() -> new ProgramProblems.ImageNotFound(kind, programId));
    }

    /** For other modules (certificates): the image, whoever asks; empty when there is none. */
    public Optional<Image> find(Kind kind, long programId) {
        Program program =
                programs.findById(programId).orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
        String key = program.imageKey(kind);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new Image(
                programId, kind, key, program.imageType(kind), kind == Kind.LOGO && program.published(), store));
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onReleased(Released r) {
        delete(r.key());
    }

    /** Stages, checks and stores the upload under {@code key}; returns its content type. */
    private String keep(Kind kind, String key, InputStream content) {
        Path staged = null;
        try {
            staged = store.newStagingFile();
            long size;
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(staged)) {
                size = in.transferTo(new Bounded(out, MAX_BYTES));
            } catch (Bounded.Exceeded e) {
                throw new ProgramProblems.ImageTooLarge(kind, MAX_BYTES);
            }
            if (size == 0) {
                throw new ProgramProblems.ImageInvalid(kind, "The file is empty.");
            }
            String type = check(kind, staged);
            store.put(key, staged);
            staged = null;
            return type;
        } catch (IOException e) {
            LOG.error("Could not keep a {} in {}", kind.word(), store.describe(), e);
            throw new StorageUnavailable("The " + kind.word() + " could not be stored; nothing was saved, try again.");
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignored) {
                    // a leftover staging file is never referenced
                }
            }
        }
    }

    /** Decodes the image: PNG or JPEG, at most {@link #MAX_SIDE} pixels each way, readable to the end. */
    static String check(Kind kind, Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ProgramProblems.ImageInvalid(kind, "A " + kind.word() + " must be a PNG or JPEG image.");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String type = switch (format) {
                    case "png" -> "image/png";
                    case "jpeg", "jpg" -> "image/jpeg";
                    default ->
                        throw new ProgramProblems.ImageInvalid(
                                kind, "A " + kind.word() + " must be a PNG or JPEG image.");
                };
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Checked before decoding, so a small file claiming a huge picture is never inflated.
                if (width > MAX_SIDE || height > MAX_SIDE || width < 1 || height < 1) {
                    throw new ProgramProblems.ImageInvalid(
                            kind,
                            "A " + kind.word() + " may be at most " + MAX_SIDE + " x " + MAX_SIDE
                                    + " pixels; this one is " + width + " x " + height + ".");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new ProgramProblems.ImageInvalid(kind, "The image could not be read.");
                }
                return type;
            } catch (IOException | RuntimeException e) {
                if (e instanceof ProgramProblems.ImageInvalid invalid) {
                    throw invalid;
                }
                throw new ProgramProblems.ImageInvalid(
                        kind, "The image could not be read: it is damaged or incomplete.");
            } finally {
                reader.dispose();
            }
        }
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete image {} from {}; it is orphaned: {}", key, store.describe(), e.toString());
        }
    }

    private static String version(Kind kind, String key) {
        int from = kind.word().length() + 1;
        return key.substring(from, from + 8);
    }

    /** Refuses to write more than a limit, so an oversized upload is stopped without storing it all. */
    private static final class Bounded extends java.io.FilterOutputStream {
        private final long max;
        private long written;

        Bounded(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > max) {
                throw new Exceeded();
            }
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        static final class Exceeded extends IOException {}
    }
}
