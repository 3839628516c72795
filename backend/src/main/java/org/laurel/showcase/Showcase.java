package org.laurel.showcase;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.laurel.live.StageSlots.SlotRef;

/** What the public showcase shows: nothing but what the teams opted in to, of published programs. */
public final class Showcase {

    private Showcase() {}

    /**
     * One project: {@code award} the prize it won once announced (null before); {@code slot} where it
     * pitches or pitched on the expo's stages, if anywhere.
     */
    @Serdeable
    public record Project(
            long entryId,
            String title,
            String summary,
            @Nullable String organization,
            List<String> team,
            List<String> institutions,
            @Nullable Long categoryId,
            @Nullable String categoryName,
            List<Topic> topics,
            @Nullable String award,
            @Nullable SlotRef slot) {}

    @Serdeable
    public record Topic(long id, String name) {}

    @Serdeable
    public record Category(long id, String name) {}

    /**
     * A program's gallery: {@code total} the projects shown before the filters, {@code items} those
     * the filters keep; {@code categories} and {@code topics} the choices to filter by; times (a
     * slot's) are shown in {@code timeZone}, the program's.
     */
    @Serdeable
    public record Gallery(
            String programSlug,
            String programTitle,
            String timeZone,
            @Nullable String event,
            int total,
            List<Category> categories,
            List<Topic> topics,
            List<Project> items) {}
}
