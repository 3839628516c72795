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
 * A program's logo, kept in the {@link ObjectStore} like attachments. An upload must decode as a
 * PNG or JPEG of bounded size (the image is read whole once here, so a broken or hostile file
 * never reaches a public page or a certificate). It is public exactly when its program is.
 */
@Singleton
public class ProgramLogos {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramLogos.class);

    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 2000;

    /**
     * A logo to send; {@link #open()} streams its bytes from the store. {@code cacheable} when its
     * program is published (its address carries the version, so a cached copy is never stale).
     */
    public record Logo(long programId, String key, String contentType, boolean cacheable, ObjectStore store) {
        public String version() {
            return ProgramLogos.version(key);
        }

        public InputStream open() {
            try {
                return store.open(key);
            } catch (ObjectStore.Missing e) {
                LOG.error("Program {} has no object {} in storage", programId, key);
                throw new ProgramProblems.LogoNotFound(programId);
            } catch (IOException e) {
                LOG.error("Could not read logo {} from {}", key, store.describe(), e);
                throw new StorageUnavailable("The logo could not be read from storage; try again.");
            }
        }
    }

    /** A replaced or removed logo's object, deleted once the change is committed. */
    record Released(String key) {}

    private final ProgramRepositories.Programs programs;
    private final ProgramService service;
    private final ObjectStore store;
    private final Clock clock;
    private final ApplicationEventPublisher<ProgramChanged> changed;
    private final ApplicationEventPublisher<Released> released;

    ProgramLogos(
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

    /** Where the API serves a program's logo; the version changes with the logo. */
    @Nullable
    static String url(Program p) {
        return p.getLogoKey() == null ? null : "/api/programs/" + p.getId() + "/logo?v=" + version(p.getLogoKey());
    }

    @Transactional
    public ProgramView set(long programId, long organizerId, InputStream content) {
        service.requireOrganizer(programId, organizerId);
        String key = "logo-" + UUID.randomUUID();
        String type = keep(key, content);
        try {
            Program program = programs.findById(programId).orElseThrow();
            String previous = program.changeLogo(key, type, clock.instant());
            programs.update(program);
            changed.publishEvent(
                    new ProgramChanged(organizerId, programId, Map.of("logo", previous != null), Map.of("logo", true)));
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
    public ProgramView remove(long programId, long organizerId) {
        service.requireOrganizer(programId, organizerId);
        Program program = programs.findById(programId).orElseThrow();
        String previous = program.changeLogo(null, null, clock.instant());
        if (previous != null) {
            programs.update(program);
            changed.publishEvent(
                    new ProgramChanged(organizerId, programId, Map.of("logo", true), Map.of("logo", false)));
            released.publishEvent(new Released(previous));
        }
        return service.requireOrganizer(programId, organizerId);
    }

    /** The logo of a program {@code viewerId} may see (404 for another's draft, or no logo). */
    public Logo get(long programId, @Nullable Long viewerId) {
        service.get(programId, viewerId);
        return find(programId).orElseThrow(() -> new ProgramProblems.LogoNotFound(programId));
    }

    /** For other modules (certificates): the logo, whoever asks; empty when there is none. */
    public Optional<Logo> find(long programId) {
        Program program =
                programs.findById(programId).orElseThrow(() -> new ProgramProblems.ProgramNotFound(programId));
        String key = program.getLogoKey();
        if (key == null) {
            return Optional.empty();
        }
        return Optional.of(new Logo(programId, key, program.getLogoType(), program.published(), store));
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onReleased(Released r) {
        delete(r.key());
    }

    /** Stages, checks and stores the upload under {@code key}; returns its content type. */
    private String keep(String key, InputStream content) {
        Path staged = null;
        try {
            staged = store.newStagingFile();
            long size;
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(staged)) {
                size = in.transferTo(new Bounded(out, MAX_BYTES));
            } catch (Bounded.Exceeded e) {
                throw new ProgramProblems.LogoTooLarge(MAX_BYTES);
            }
            if (size == 0) {
                throw new ProgramProblems.LogoInvalid("The file is empty.");
            }
            String type = check(staged);
            store.put(key, staged);
            staged = null;
            return type;
        } catch (IOException e) {
            LOG.error("Could not keep a logo in {}", store.describe(), e);
            throw new StorageUnavailable("The logo could not be stored; nothing was saved, try again.");
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
    static String check(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new ProgramProblems.LogoInvalid("A logo must be a PNG or JPEG image.");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String type = switch (format) {
                    case "png" -> "image/png";
                    case "jpeg", "jpg" -> "image/jpeg";
                    default -> throw new ProgramProblems.LogoInvalid("A logo must be a PNG or JPEG image.");
                };
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Checked before decoding, so a small file claiming a huge picture is never inflated.
                if (width > MAX_SIDE || height > MAX_SIDE || width < 1 || height < 1) {
                    throw new ProgramProblems.LogoInvalid("A logo may be at most " + MAX_SIDE + " x " + MAX_SIDE
                            + " pixels; this one is " + width + " x " + height + ".");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new ProgramProblems.LogoInvalid("The image could not be read.");
                }
                return type;
            } catch (IOException | RuntimeException e) {
                if (e instanceof ProgramProblems.LogoInvalid invalid) {
                    throw invalid;
                }
                throw new ProgramProblems.LogoInvalid("The image could not be read: it is damaged or incomplete.");
            } finally {
                reader.dispose();
            }
        }
    }

    private void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete logo {} from {}; it is orphaned: {}", key, store.describe(), e.toString());
        }
    }

    private static String version(String key) {
        return key.substring("logo-".length(), "logo-".length() + 8);
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
