package org.laurel.judging;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Crowd Bradley-Terry (Chen, Bennett, Collins-Thompson and Horvitz, "Pairwise ranking aggregation
 * in a crowdsourced setting", WSDM 2013), the ranking of a {@code PAIRWISE} round. Each entry has a
 * Gaussian belief about its strength (mean {@code mu}, variance {@code sigmaSq}); each judge has a
 * Beta belief ({@code alpha}, {@code beta}) about how often they tell the better of two tables
 * apart (a judge who answers at random drifts towards alpha = beta and then moves the means
 * little). Every comparison updates the two entries and the judge once, by moment matching, so the
 * ranking is always current and costs nothing to read; replaying the comparisons in the order
 * they were committed rebuilds exactly the same state (see {@code PairwiseService}).
 *
 * <p>The same beliefs choose a judge's next table: the one whose comparison with the judge's last
 * table is expected to teach the most ({@link #expectedGain}), the expected Kullback-Leibler
 * divergence between the beliefs after and before.
 */
public final class CrowdBT {

    /** A new entry: strength 0, variance 1. */
    public static final double MU_PRIOR = 0;

    public static final double SIGMA_SQ_PRIOR = 1;

    /** A new judge is believed reliable (expected accuracy 10/11) until their answers say otherwise. */
    public static final double ALPHA_PRIOR = 10;

    public static final double BETA_PRIOR = 1;

    /** How much what is learnt about the judge counts against what is learnt about the entries. */
    static final double JUDGE_WEIGHT = 0.1;

    /** The variance never shrinks below this fraction in one step (keeps it positive). */
    static final double MIN_SHRINK = 1e-4;

    private CrowdBT() {}

    public record Entry(double mu, double sigmaSq) {
        public static final Entry PRIOR = new Entry(MU_PRIOR, SIGMA_SQ_PRIOR);
    }

    public record Judge(double alpha, double beta) {
        public static final Judge PRIOR = new Judge(ALPHA_PRIOR, BETA_PRIOR);

        /** The judge's expected accuracy, alpha / (alpha + beta). */
        public double reliability() {
            return alpha / (alpha + beta);
        }
    }

    /** The beliefs after one answer "winner is better than loser". */
    public record Update(Entry winner, Entry loser, Judge judge, double probability) {}

    /** Applies one comparison: every new value is computed from the old ones. */
    public static Update update(Judge judge, Entry winner, Entry loser) {
        double a = Math.exp(winner.mu());
        double b = Math.exp(loser.mu());
        double alpha = judge.alpha();
        double beta = judge.beta();

        // The judge: the probability that the winner is better, averaged over the entries'
        // uncertainty (a second-order expansion of the logistic), then the Beta posterior of the
        // judge's accuracy matched to its first two moments.
        double sum = a + b;
        double p = a / sum + 0.5 * (winner.sigmaSq() + loser.sigmaSq()) * a * b * (b - a) / (sum * sum * sum);
        double q = 1 - p;
        double evidence = (p * alpha + q * beta) / (alpha + beta);
        double s = alpha + beta;
        double m1 = (p * (alpha + 1) * alpha + q * alpha * beta) / (evidence * (s + 1) * s);
        double m2 = (p * (alpha + 2) * (alpha + 1) * alpha + q * (alpha + 1) * alpha * beta)
                / (evidence * (s + 2) * (s + 1) * s);
        double variance = m2 - m1 * m1;
        Judge updatedJudge =
                variance > 0 ? new Judge((m1 - m2) * m1 / variance, (m1 - m2) * (1 - m1) / variance) : judge;

        // The entries: a gradient step on the log-likelihood of the answer, scaled by each
        // entry's variance, and the variance shrunk by the curvature.
        double step = alpha * a / (alpha * a + beta * b) - a / (a + b);
        double curvature = alpha * a * beta * b / Math.pow(alpha * a + beta * b, 2) - a * b / Math.pow(a + b, 2);
        Entry w = new Entry(
                winner.mu() + winner.sigmaSq() * step,
                winner.sigmaSq() * Math.max(1 + winner.sigmaSq() * curvature, MIN_SHRINK));
        Entry l = new Entry(
                loser.mu() - loser.sigmaSq() * step,
                loser.sigmaSq() * Math.max(1 + loser.sigmaSq() * curvature, MIN_SHRINK));
        return new Update(w, l, updatedJudge, evidence);
    }

    /**
     * What comparing {@code a} with {@code b} is expected to teach, in nats: for each possible
     * answer, its probability times how far it would move the two entries' and the judge's beliefs.
     */
    public static double expectedGain(Judge judge, Entry a, Entry b) {
        return expectedGain(judge, Curvature.of(judge), a, b);
    }

    /** The same with the judge's {@link Curvature} computed once, for a choice among many tables. */
    static double expectedGain(Judge judge, Curvature curvature, Entry a, Entry b) {
        Update aWins = update(judge, a, b);
        Update bWins = update(judge, b, a);
        double p = aWins.probability();
        double ifA = divergence(aWins.winner(), a)
                + divergence(aWins.loser(), b)
                + JUDGE_WEIGHT * curvature.divergence(aWins.judge(), judge);
        double ifB = divergence(bWins.winner(), b)
                + divergence(bWins.loser(), a)
                + JUDGE_WEIGHT * curvature.divergence(bWins.judge(), judge);
        return p * ifA + (1 - p) * ifB;
    }

    /**
     * The Fisher information of the judge's Beta belief: KL(after || before) to second order in
     * the step, which one answer keeps small. The exact Beta divergence ({@link #divergence(Judge,
     * Judge)}) needs log-gamma and digamma per candidate table and took most of a choice's time;
     * this needs three trigamma values per choice and a few products per table.
     */
    record Curvature(double aa, double ab, double bb) {
        static Curvature of(Judge judge) {
            double both = Gamma.trigamma(judge.alpha() + judge.beta());
            return new Curvature(Gamma.trigamma(judge.alpha()) - both, -both, Gamma.trigamma(judge.beta()) - both);
        }

        double divergence(Judge after, Judge before) {
            double da = after.alpha() - before.alpha();
            double db = after.beta() - before.beta();
            return 0.5 * (aa * da * da + 2 * ab * da * db + bb * db * db);
        }
    }

    /** KL(after || before) of two Gaussians. */
    static double divergence(Entry after, Entry before) {
        double ratio = after.sigmaSq() / before.sigmaSq();
        double shift = after.mu() - before.mu();
        return shift * shift / (2 * before.sigmaSq()) + (ratio - 1 - Math.log(ratio)) / 2;
    }

    /** KL(after || before) of two Beta distributions. */
    static double divergence(Judge after, Judge before) {
        double a1 = after.alpha();
        double b1 = after.beta();
        double a2 = before.alpha();
        double b2 = before.beta();
        return Beta.logBeta(a2, b2)
                - Beta.logBeta(a1, b1)
                + (a1 - a2) * Gamma.digamma(a1)
                + (b1 - b2) * Gamma.digamma(b1)
                + (a2 - a1 + b2 - b1) * Gamma.digamma(a1 + b1);
    }
}
