package org.laurel.awards;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laurel.awards.AwardParts.Announcement;
import org.laurel.awards.AwardViews.AnnouncementView;
import org.laurel.awards.AwardViews.Candidate;
import org.laurel.awards.AwardViews.Content;
import org.laurel.awards.AwardViews.PublishRequest;
import org.laurel.awards.AwardViews.PublishedTier;
import org.laurel.awards.AwardViews.PublishedWinner;
import org.laurel.identity.IdentityService;
import org.laurel.programs.ProgramView;

/**
 * An announcement's published document (the canonical JSON that is hashed) and how a version is
 * shown: to its organizers with who published it and why it departs, to the public without.
 */
@Singleton
class AnnouncementDocuments {

    private final AwardParts.Announcements announcements;
    private final IdentityService identity;
    private final JsonMapper json;

    AnnouncementDocuments(AwardParts.Announcements announcements, IdentityService identity, JsonMapper json) {
        this.announcements = announcements;
        this.identity = identity;
        this.json = json;
    }

    /** The published document of a version: its tiers in the program's order, each with its winners. */
    static Content content(ProgramView program, PublishRequest request, Map<Long, Candidate> contenders, int version) {
        Map<Long, List<PublishedWinner>> byTier = new LinkedHashMap<>();
        request.winners().forEach(w -> {
            Candidate c = contenders.get(w.entryId());
            byTier.computeIfAbsent(w.prizeTierId(), k -> new ArrayList<>())
                    .add(new PublishedWinner(
                            c.entryId(),
                            c.title(),
                            c.organization(),
                            request.publishScores() ? c.rank() : null,
                            request.publishScores() ? c.score() : null));
        });
        List<PublishedTier> published = program.prizeTiers().stream()
                .filter(t -> byTier.containsKey(t.id()))
                .map(t -> new PublishedTier(
                        t.id(),
                        t.name(),
                        t.rank(),
                        t.categoryId(),
                        program.categoryName(t.categoryId()),
                        // By rank when ranks are published; otherwise by title, so the order gives no ranking away.
                        byTier.get(t.id()).stream()
                                .sorted(
                                        request.publishScores()
                                                ? java.util.Comparator.comparing(PublishedWinner::rank)
                                                        .thenComparing(PublishedWinner::entryId)
                                                : java.util.Comparator.comparing(PublishedWinner::title)
                                                        .thenComparing(PublishedWinner::entryId))
                                .toList()))
                .toList();
        return new Content(program.title(), version, published);
    }

    AnnouncementView view(Announcement a, ProgramView program, int latest, boolean forOrganizer) {
        Instant first = a.version() == 1
                ? a.publishedAt()
                : announcements
                        .findByProgramIdAndVersion(a.programId(), 1)
                        .map(Announcement::publishedAt)
                        .orElse(null);
        String by = forOrganizer
                ? identity.getAll(List.of(a.publishedBy())).values().stream()
                        .findFirst()
                        .map(u -> u.displayName())
                        .orElse(null)
                : null;
        return view(a, program, latest, first, by, forOrganizer);
    }

    AnnouncementView view(
            Announcement a, ProgramView program, int latest, Instant first, String by, boolean forOrganizer) {
        Content content = read(a.content());
        return new AnnouncementView(
                a.programId(),
                program.slug(),
                a.version(),
                latest,
                a.publishedAt(),
                first,
                a.version() > 1,
                a.note(),
                a.publishScores(),
                a.releaseFeedback(),
                a.sha256(),
                inReadersLanguage(content.tiers(), program),
                by,
                forOrganizer ? a.departureReason() : null);
    }

    /**
     * The hashed document keeps the tier and category names as they were published (in the
     * publisher's language); a reader sees the program's current names in their own language for
     * the tiers and categories that still exist.
     */
    private static List<PublishedTier> inReadersLanguage(List<PublishedTier> tiers, ProgramView program) {
        Map<Long, String> names = new java.util.HashMap<>();
        program.prizeTiers().forEach(t -> names.put(t.id(), t.name()));
        return tiers.stream()
                .map(t -> new PublishedTier(
                        t.tierId(),
                        names.getOrDefault(t.tierId(), t.name()),
                        t.tierRank(),
                        t.categoryId(),
                        t.categoryId() == null || program.categoryName(t.categoryId()) == null
                                ? t.categoryName()
                                : program.categoryName(t.categoryId()),
                        t.winners()))
                .toList();
    }

    Map<Long, String> winnersOf(Announcement a) {
        Map<Long, String> out = new LinkedHashMap<>();
        read(a.content()).tiers().forEach(t -> t.winners().forEach(w -> out.put(w.entryId(), t.name())));
        return out;
    }

    Content read(String content) {
        try {
            return json.readValue(content, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
