package org.laurel.entries;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.laurel.entries.EntryViews.ScreeningRow;
import org.laurel.programs.FieldType;
import org.laurel.programs.ProgramService;
import org.laurel.programs.ProgramView;
import org.laurel.shared.PageView;
import org.laurel.shared.SpreadsheetText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The screening table as a file, with the same filters, one column per form answer. CSV cells
 * that a spreadsheet would run as formulas are neutralised; XLSX cells are typed text, which
 * spreadsheets never evaluate.
 */
@Singleton
class EntryExport {

    record File(byte[] bytes, String contentType, String fileName) {
    }

    private static final int CHUNK = 500;

    private final EntryService entries;
    private final ProgramService programs;

    EntryExport(EntryService entries, ProgramService programs) {
        this.entries = entries;
        this.programs = programs;
    }

    File export(long programId, long organizerId, @Nullable EntryStatus status, @Nullable Long categoryId,
                @Nullable String q, String format) {
        ProgramView program = programs.requireOrganizer(programId, organizerId);
        List<ProgramView.FormFieldView> fields = program.formFields().stream().filter(f -> f.type() != FieldType.FILE).toList();
        List<String> header = new ArrayList<>(List.of("ID", "Title", "Category", "Status", "Organization", "Applicant",
                "Applicant email", "Team", "Submitted at (" + program.timeZone() + ")", "Eligibility reason", "Files"));
        fields.forEach(f -> header.add(f.label()));

        List<List<String>> rows = new ArrayList<>();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(program.timeZone()));
        for (int page = 0; ; page++) {
            PageView<EntryService.ExportRow> chunk = entries.exportRows(programId, organizerId, status, categoryId, q,
                    Pageable.from(page, CHUNK, Sort.of(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))));
            for (EntryService.ExportRow r : chunk.items()) {
                ScreeningRow s = r.row();
                List<String> row = new ArrayList<>(List.of(String.valueOf(s.id()), s.title(), nz(s.categoryName()),
                        s.status().name(), nz(s.organization()), s.applicant().displayName(), s.applicant().email(),
                        String.join("; ", r.team().stream().map(m -> m.name() + (m.role() == null ? "" : " (" + m.role() + ")")).toList()),
                        s.submittedAt() == null ? "" : time.format(s.submittedAt()), nz(s.eligibilityReason()),
                        String.valueOf(s.attachmentCount())));
                for (ProgramView.FormFieldView f : fields) {
                    row.add(text(r.answers().get(f.key())));
                }
                rows.add(row);
            }
            if ((long) (page + 1) * CHUNK >= chunk.total()) {
                break;
            }
        }
        String base = program.slug() + "-entries";
        return format.equals("xlsx")
                ? new File(xlsx(header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx")
                : new File(csv(header, rows), "text/csv; charset=utf-8", base + ".csv");
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF"); // BOM: Excel then reads UTF-8 (Chinese) correctly
        appendCsv(out, header);
        rows.forEach(r -> appendCsv(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCsv(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(SpreadsheetText.csv(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static byte[] xlsx(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Laurel", "1.0");
            Worksheet sheet = workbook.newWorksheet("Entries");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
