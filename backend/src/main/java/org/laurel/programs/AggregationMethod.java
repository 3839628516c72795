package org.laurel.programs;

/** How the judges' weighted totals of one entry become the entry's score. */
public enum AggregationMethod {
    /** The plain mean. */
    MEAN,
    /** Drop the k highest and k lowest totals (when at least 2k+1 exist), then the mean: roadshow practice. */
    TRIMMED_MEAN,
    /** The middle total (mean of the two middle ones for an even count). */
    MEDIAN,
    /** Standardise each judge's totals within the round, average per entry, map back onto the 0-100 scale. */
    ZSCORE
}
