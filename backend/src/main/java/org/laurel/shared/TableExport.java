package org.laurel.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreadsheet downloads (CSV or XLSX) written while they are sent: the caller's row source
 * pushes rows a chunk at a time (reading the database page by page), a writer thread turns them
 * into the file, and the response streams it, so a large export never sits in memory whole.
 * Cells are neutralised ({@link SpreadsheetText}) so no spreadsheet runs them as formulas.
 */
public final class TableExport {

    private static final Logger LOG = LoggerFactory.getLogger(TableExport.class);
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "laurel-export");
        t.setDaemon(true);
        return t;
    });

    /** Receives rows; {@link #flush()} after each chunk lets the XLSX writer let go of it. */
    public interface Sink {
        void row(List<String> cells) throws IOException;

        void flush() throws IOException;
    }

    /** Pushes every row into the sink, reading its data in chunks. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Sink sink) throws IOException;
    }

    private TableExport() {}

    /** "csv" (the default) or "xlsx"; anything else is a 400 naming the parameter. */
    public static String format(String format) {
        String f = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new ProblemException.Invalid(
                    "format must be csv or xlsx", List.of(new FieldError("format", "must be csv or xlsx")));
        }
        return f;
    }

    /** The download response. Call only after every permission check: from here on, errors can only cut the file short. */
    public static HttpResponse<StreamedFile> download(
            String baseName, String format, String sheetName, List<String> header, Rows rows) {
        PipedInputStream in = new PipedInputStream(64 * 1024);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean xlsx = format.equals("xlsx");
        WRITERS.submit(() -> {
            try (OutputStream o = out) {
                if (xlsx) {
                    writeXlsx(o, sheetName, header, rows);
                } else {
                    writeCsv(o, header, rows);
                }
            } catch (Exception e) {
                LOG.warn("Export {} stopped part-way: {}", baseName, e.toString());
            }
        });
        MediaType type = xlsx
                ? MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.of("text/csv; charset=utf-8");
        return HttpResponse.ok(new StreamedFile(in, type))
                .header("Content-Disposition", Downloads.attachment(baseName + (xlsx ? ".xlsx" : ".csv")));
    }

    static void writeCsv(OutputStream o, List<String> header, Rows rows) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
        w.write('\uFEFF'); // BOM: Excel then reads UTF-8 (Chinese) correctly
        Sink sink = new Sink() {
            @Override
            public void row(List<String> cells) throws IOException {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(SpreadsheetText.csv(cells.get(i)));
                }
                w.write("\r\n");
            }

            @Override
            public void flush() throws IOException {
                w.flush();
            }
        };
        sink.row(header);
        rows.writeTo(sink);
        w.flush();
    }

    static void writeXlsx(OutputStream o, String sheetName, List<String> header, Rows rows) throws IOException {
        Workbook workbook = new Workbook(o, "Laurel", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] r = {1};
        rows.writeTo(new Sink() {
            @Override
            public void row(List<String> cells) {
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    sheet.value(r[0], c, v == null ? "" : v); // typed text: spreadsheets never evaluate it
                }
                r[0]++;
            }

            @Override
            public void flush() throws IOException {
                sheet.flush();
            }
        });
        workbook.finish();
    }
}
