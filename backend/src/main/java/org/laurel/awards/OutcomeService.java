package org.laurel.awards;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.laurel.awards.AwardParts.Announcement;
import org.laurel.awards.AwardParts.Certificate;
import org.laurel.awards.AwardViews.CertificateCheck;
import org.laurel.awards.AwardViews.Content;
import org.laurel.awards.AwardViews.Feedback;
import org.laurel.awards.AwardViews.Outcome;
import org.laurel.awards.AwardViews.PublishedWinner;
import org.laurel.entries.EntryService;
import org.laurel.entries.EntryViews.EntryView;
import org.laurel.judging.ScoringService;
import org.laurel.programs.ProgramImages;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.ProblemException;

/** The applicant's outcome and feedback, and certificates: the PDF and its public verification. */
@Singleton
public class OutcomeService {

    private final AwardParts.Announcements announcements;
    private final AwardParts.Certificates certificates;
    private final AnnouncementDocuments documents;
    private final EntryService entries;
    private final ProgramService programs;
    private final ScoringService scoring;
    private final CertificatePdf pdf;
    private final ProgramImages images;
    private final org.laurel.shared.ReaderLanguage readers;
    private final Map<String, byte[]> rendered =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > 256;
                }
            });

    OutcomeService(
            AwardParts.Announcements announcements,
            AwardParts.Certificates certificates,
            AnnouncementDocuments documents,
            EntryService entries,
            ProgramService programs,
            ScoringService scoring,
            CertificatePdf pdf,
            ProgramImages images,
            org.laurel.shared.ReaderLanguage readers) {
        this.announcements = announcements;
        this.certificates = certificates;
        this.documents = documents;
        this.entries = entries;
        this.programs = programs;
        this.scoring = scoring;
        this.pdf = pdf;
        this.images = images;
        this.readers = readers;
    }

    /** Only the applicant sees it; feedback only once the latest announcement released it. */
    public Outcome outcome(long entryId, long applicantId) {
        EntryView entry = entries.getOwn(entryId, applicantId);
        Optional<Announcement> latest = announcements.findFirstByProgramIdOrderByVersionDesc(entry.programId());
        if (latest.isEmpty()) {
            return new Outcome(entryId, entry.status().name(), null, null, null, null, false, List.of());
        }
        Announcement a = latest.get();
        Optional<Certificate> cert = certificates.findByAnnouncementIdAndEntryId(a.id(), entryId);
        List<Feedback> feedback = a.releaseFeedback()
                ? scoring.feedbackFor(entryId).stream()
                        .map(f -> new Feedback(f.roundName(), f.judgeNumber(), f.judgeName(), f.text()))
                        .toList()
                : List.of();
        return new Outcome(
                entryId,
                entry.status().name(),
                cert.map(Certificate::tierName).orElse(null),
                a.version(),
                a.publishedAt(),
                cert.map(Certificate::code).orElse(null),
                a.releaseFeedback(),
                feedback);
    }

    public CertificateCheck check(String code) {
        Certificate c = find(code);
        Announcement a = announcements.findById(c.announcementId()).orElseThrow();
        ProgramView program = programs.find(c.programId());
        PublishedWinner w = winner(documents.read(a.content()), c.entryId());
        boolean current = announcements
                .findFirstByProgramIdOrderByVersionDesc(c.programId())
                .map(latest -> latest.id().equals(a.id()) || stillWinner(latest, c))
                .orElse(false);
        return new CertificateCheck(
                c.code(),
                true,
                current,
                program.title(),
                program.slug(),
                c.tierName(),
                w.title(),
                w.organization(),
                a.version(),
                c.createdAt());
    }

    /** The certificate; one a later correction took back says so on its face. Rendered PDFs are kept (they never change). */
    public byte[] pdf(String code) {
        CertificateCheck check = check(code);
        Certificate c = find(code);
        ProgramView program = programs.find(c.programId());
        Optional<ProgramImages.Image> logo = images.find(ProgramImages.Kind.LOGO, c.programId());
        Optional<ProgramImages.Image> signature = images.find(ProgramImages.Kind.SIGNATURE, c.programId());
        ProgramView.Brand brand = program.brand();
        // The program's brand is printed too, and the texts are in the reader's language: a
        // rendering is kept for exactly what it shows.
        String key = String.join(
                ":",
                check.code(),
                String.valueOf(check.current()),
                readers.current().tag(),
                program.title(),
                logo.map(ProgramImages.Image::version).orElse("-"),
                signature.map(ProgramImages.Image::version).orElse("-"),
                String.valueOf(brand.accentColor()),
                brand.signerName(),
                brand.signerTitle());
        return rendered.computeIfAbsent(key, k -> {
            Announcement a = announcements.findById(c.announcementId()).orElseThrow();
            var date = a.publishedAt().atZone(ZoneId.of(program.timeZone())).toLocalDate();
            return pdf.render(new CertificatePdf.Facts(
                    program.title(),
                    c.tierName(),
                    check.entryTitle(),
                    check.organization() == null ? "" : check.organization(),
                    date.format(DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA)),
                    date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
                    c.code(),
                    !check.current(),
                    logo.map(ProgramImages.Image::bytes).orElse(null), // at most 1 MB (ProgramImages.MAX_BYTES)
                    brand.accentColor() == null
                            ? null
                            : new CertificatePdf.Accent(brand.accentColor(), brand.accentText()),
                    signature.isEmpty()
                                    && brand.signerName().isEmpty()
                                    && brand.signerTitle().isEmpty()
                            ? null
                            : new CertificatePdf.Signer(
                                    signature.map(ProgramImages.Image::bytes).orElse(null),
                                    brand.signerName(),
                                    brand.signerTitle())));
        });
    }

    private Certificate find(String code) {
        return certificates
                .findById(Codes.normalize(code))
                .orElseThrow(() -> new ProblemException.NotFound(
                        "certificate-not-found", "No certificate has the code " + code.strip() + "."));
    }

    private boolean stillWinner(Announcement latest, Certificate c) {
        return documents.read(latest.content()).tiers().stream()
                .anyMatch(t -> t.name().equals(c.tierName())
                        && t.winners().stream().anyMatch(w -> w.entryId() == c.entryId()));
    }

    private static PublishedWinner winner(Content content, long entryId) {
        return content.tiers().stream()
                .flatMap(t -> t.winners().stream())
                .filter(w -> w.entryId() == entryId)
                .findFirst()
                .orElseThrow();
    }
}
