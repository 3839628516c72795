package org.laurel.judging;

/** Test access to the export's file-name rule from another package. */
public final class JudgingExportNames {

    private JudgingExportNames() {}

    public static String of(String roundName) {
        return JudgingExport.fileName(roundName);
    }
}
