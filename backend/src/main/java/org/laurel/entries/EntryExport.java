package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.laurel.entries.EntryViews.ScreeningRow;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.ExportLabels;
import org.laurel.shared.PageView;
import org.laurel.shared.TableExport;

/**
 * The screening table as a file, with the same filters, one column per form answer. CSV cells
 * that a spreadsheet would run as formulas are neutralised; XLSX cells are typed text, which
 * spreadsheets never evaluate.
 */
@Singleton
class EntryExport {

    private static final int CHUNK = 500;

    private final ScreeningService entries;
    private final ProgramService programs;
    private final EntryFileLinks links;

    EntryExport(ScreeningService entries, ProgramService programs, EntryFileLinks links) {
        this.entries = entries;
        this.programs = programs;
        this.links = links;
    }

    HttpResponse<StreamedFile> export(
            long programId,
            long organizerId,
            @Nullable EntryStatus status,
            @Nullable Long categoryId,
            @Nullable String q,
            String format,
            ExportLabels labels) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        if (status == EntryStatus.DRAFT) { // checked here too: the rows are read after the response has started
            entries.exportRows(programId, organizerId, status, categoryId, q, Pageable.from(0, 1));
        }
        List<ProgramView.FormFieldView> fields = program.formFields().stream()
                .filter(f -> f.type() != FieldType.FILE)
                .toList();
        DateTimeFormatter time =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(program.timeZone()));
        // Every link in one file expires together, so the header can say when.
        EntryFileLinks.Batch batch = links.batch(organizerId);
        java.time.Instant expiresAt = batch.expiresAt();
        List<String> header = new ArrayList<>(List.of(
                labels.get("col.id"),
                labels.get("col.title"),
                labels.get("col.category"),
                labels.get("col.status"),
                labels.get("col.organization"),
                labels.get("col.applicant"),
                labels.get("col.applicantEmail"),
                labels.get("col.team"),
                labels.get("col.submittedAt", program.timeZone()),
                labels.get("col.eligibilityReason"),
                labels.get("col.files"),
                labels.get("col.fileLinks", time.format(expiresAt))));
        fields.forEach(f -> header.add(f.label()));
        return TableExport.download(program.slug() + "-entries", format, labels.get("sheet.entries"), header, sink -> {
            for (int page = 0; ; page++) {
                PageView<ScreeningService.ExportRow> chunk = entries.exportRows(
                        programId,
                        organizerId,
                        status,
                        categoryId,
                        q,
                        Pageable.from(page, CHUNK, Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))));
                for (ScreeningService.ExportRow r : chunk.items()) {
                    ScreeningRow s = r.row();
                    List<String> row = new ArrayList<>(List.of(
                            String.valueOf(s.id()),
                            s.title(),
                            nz(s.categoryName()),
                            labels.value("entryStatus", s.status()),
                            nz(s.organization()),
                            s.applicant().displayName(),
                            s.applicant().email(),
                            String.join(
                                    "; ",
                                    r.team().stream()
                                            .map(m -> m.name() + (m.role() == null ? "" : " (" + m.role() + ")"))
                                            .toList()),
                            s.submittedAt() == null ? "" : time.format(s.submittedAt()),
                            nz(s.eligibilityReason()),
                            String.valueOf(s.attachmentCount()),
                            String.join("\n", links.addresses(s.id(), r.fileIds(), batch))));
                    for (ProgramView.FormFieldView f : fields) {
                        row.add(text(r.answers().get(f.key())));
                    }
                    sink.row(row);
                }
                sink.flush();
                if ((long) (page + 1) * CHUNK >= chunk.total()) {
                    break;
                }
            }
        });
    }

    private static String text(Object answer) {
        if (answer == null) {
            return "";
        }
        if (answer instanceof Collection<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        if (answer instanceof Map<?, ?>) {
            return "";
        }
        return String.valueOf(answer);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
