package org.laurel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closing table: every "@ db figure metric value" line of a run log, grouped, with the
 * median and the range (min-max) over the runs, so one lucky or unlucky run cannot stand
 * for a figure.
 */
final class Summary {

    private Summary() {}

    static void print(List<Path> logs) throws IOException {
        Map<String, List<Double>> byFigure = collect(logs);
        System.out.printf("%-44s %5s %12s %25s%n", "database / figure / metric", "runs", "median", "range");
        byFigure.forEach((key, values) -> {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-44s %5d %12s %25s%n", key, v.length, format(median(v)),
                    format(v[0]) + " - " + format(v[v.length - 1]));
        });
    }

    static Map<String, List<Double>> collect(List<Path> logs) throws IOException {
        Map<String, List<Double>> byFigure = new LinkedHashMap<>();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 5 && f[0].equals("@")) {
                    byFigure.computeIfAbsent(f[1] + " " + f[2] + " " + f[3], k -> new ArrayList<>()).add(Double.parseDouble(f[4]));
                }
            }
        }
        return byFigure;
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%.2f", v);
    }

    static double[] sorted(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }
}
