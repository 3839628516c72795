package org.laurel.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.laurel.shared.FieldError;
import org.laurel.shared.ProblemException;

/**
 * An admin's bulk import of judges from a spreadsheet saved as CSV. Each row is invited on its
 * own (its own transaction), so one bad row is reported and the others still go in; the report
 * names every row's outcome.
 */
@Singleton
public class JudgeImport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JudgeImport.class);

    /** A contest's whole jury fits; a file beyond this is a mistake, not a jury. */
    static final int MAX_ROWS = 2_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Header names accepted per column, in English and Chinese, compared case-insensitively. */
    private static final Map<String, Set<String>> HEADERS = Map.of(
            "email", Set.of("email", "e-mail", "邮箱", "电子邮箱"),
            "name", Set.of("name", "displayname", "display name", "姓名", "名字"),
            "organization", Set.of("organization", "organisation", "affiliation", "单位", "机构"),
            "language", Set.of("language", "lang", "语言"));

    private final JudgeInvitations invitations;

    JudgeImport(JudgeInvitations invitations) {
        this.invitations = invitations;
    }

    @Serdeable
    public record Row(int line, String email, String outcome, Long userId, String message) {}

    @Serdeable
    public record Report(int created, int roleAdded, int alreadyJudges, int failed, List<Row> rows) {}

    public Report run(long adminId, String csv) {
        List<CSVRecord> records = parse(csv);
        Map<String, Integer> columns = columns(records.get(0));
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0, added = 0, already = 0, failed = 0;
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = (int) record.getRecordNumber();
            String email = cell(record, columns.get("email")).toLowerCase(Locale.ROOT);
            String name = cell(record, columns.get("name"));
            String organization = cell(record, columns.get("organization"));
            String language = cell(record, columns.get("language"));
            if (email.isEmpty() && name.isEmpty() && organization.isEmpty()) {
                continue; // a blank line a spreadsheet left behind
            }
            String problem = check(email, name, organization, language, seen);
            if (problem != null) {
                rows.add(new Row(line, email, "FAILED", null, problem));
                failed++;
                continue;
            }
            seen.add(email);
            try {
                JudgeInvitations.Invited invited = invitations.invite(
                        adminId,
                        email,
                        name.isEmpty() ? null : name, // a new address without a name is refused, and reported
                        organization.isEmpty() ? null : organization,
                        language.isEmpty() ? null : language);
                rows.add(new Row(line, invited.email(), invited.outcome().name(), invited.userId(), null));
                switch (invited.outcome()) {
                    case CREATED -> created++;
                    case ROLE_ADDED -> added++;
                    case ALREADY_JUDGE -> already++;
                }
            } catch (ProblemException e) {
                rows.add(new Row(line, email, "FAILED", null, e.getMessage()));
                failed++;
            } catch (RuntimeException e) {
                // One row's failure (the database refusing it, say) is that row's, not the file's.
                LOG.warn("Judge import: row {} ({}) failed", line, email, e);
                rows.add(new Row(line, email, "FAILED", null, "This row could not be imported."));
                failed++;
            }
        }
        return new Report(created, added, already, failed, rows);
    }

    private static String check(String email, String name, String organization, String language, Set<String> seen) {
        if (email.isEmpty()) {
            return "The email address is missing.";
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return "\"" + email + "\" is not an email address.";
        }
        if (seen.contains(email)) {
            return "This email address appears on an earlier row of the file.";
        }
        if (name.length() > 100) {
            return "The name is longer than 100 characters.";
        }
        if (organization.length() > 200) {
            return "The organization is longer than 200 characters.";
        }
        if (!language.isEmpty() && !language.equals("zh-CN") && !language.equals("en")) {
            return "The language must be zh-CN or en (or empty).";
        }
        return null;
    }

    private static List<CSVRecord> parse(String csv) {
        String text = csv == null ? "" : csv.replace("\uFEFF", ""); // Excel's UTF-8 byte-order mark
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(new StringReader(text))) {
            // Read no further than a file may go: a huge body is refused without holding it all as records.
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    throw invalid(
                            "The file has more than " + MAX_ROWS + " rows; import at most " + MAX_ROWS + " at a time.");
                }
            }
            if (records.isEmpty()) {
                throw invalid("The file is empty: it needs a header row (email, name, organization, language).");
            }
            if (records.size() - 1 > MAX_ROWS) {
                throw invalid(
                        "The file has " + (records.size() - 1) + " rows; import at most " + MAX_ROWS + " at a time.");
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw invalid("The file is not valid CSV: " + e.getMessage());
        }
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> found = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> column : HEADERS.entrySet()) {
                if (column.getValue().contains(name)) {
                    found.putIfAbsent(column.getKey(), i);
                }
            }
        }
        if (!found.containsKey("email")) {
            throw invalid("The first row must name the columns, with at least \"email\" (also name, organization,"
                    + " language).");
        }
        return found;
    }

    private static String cell(CSVRecord record, Integer column) {
        return column == null || column >= record.size()
                ? ""
                : record.get(column).strip();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException.Invalid(detail, List.of(new FieldError("file", detail)));
    }
}
