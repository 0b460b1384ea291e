package dev.m2m.bench.report;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A score divided by the floor's, with a confidence interval, from the measurement iterations of both.
 *
 * <p>The interval is the delta method on the logarithm of the ratio of two means: the log-ratio's
 * variance is close to the sum of each mean's squared relative standard error, and its degrees of
 * freedom are Welch's, so two runs of few or noisy iterations get the wide interval they deserve (JMH
 * does the same with a Student t for each score's own margin). Taken on the log scale, the interval is
 * never below zero and is as wide in "times slower" as in "times faster".
 *
 * @param value the ratio of the two means
 * @param low   the interval's lower end
 * @param high  the interval's upper end
 */
record Ratio(double value, double low, double high) {

    /** The confidence of every interval the report prints: that of JMH's own error margins. */
    static final double CONFIDENCE = 0.999;

    static Ratio of(double[] iterations, double[] floorIterations, double confidence) {
        double mean = mean(iterations);
        double floorMean = mean(floorIterations);
        double value = mean / floorMean;
        if (iterations.length < 2 || floorIterations.length < 2) {
            return new Ratio(value, Double.NaN, Double.NaN); // one iteration tells nothing of the spread
        }
        double relative = relativeSquaredError(iterations, mean);
        double floorRelative = relativeSquaredError(floorIterations, floorMean);
        double variance = relative + floorRelative;
        if (variance == 0) {
            return new Ratio(value, value, value);
        }
        double degrees = variance * variance / (share(relative, iterations) + share(floorRelative, floorIterations));
        double t = new TDistribution(degrees).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double spread = t * Math.sqrt(variance);
        return new Ratio(value, value * Math.exp(-spread), value * Math.exp(spread));
    }

    boolean hasInterval() {
        return !Double.isNaN(low);
    }

    /** The interval contains 1: no difference from the floor can be told at this confidence. */
    boolean tiesTheFloor() {
        return hasInterval() && low <= 1 && 1 <= high;
    }

    /** "1.23x", or "= floor" when the interval contains 1: never "0.9x" for a tie. */
    String headline() {
        return tiesTheFloor() ? "= floor" : value(2);
    }

    /** The ratio alone, to so many decimals: "1.2x". */
    String value(int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "fx", value);
    }

    /** The headline with its interval, rounded outwards: "1.23x (1.10-1.37)", "= floor (0.91-1.08)". */
    String withInterval() {
        if (!hasInterval()) {
            return headline() + " (no interval)";
        }
        return headline() + " " + interval(2);
    }

    /**
     * The interval to so many decimals, rounded outwards, so that a tie never shows an interval that seems
     * to exclude 1: "(1.10-1.37)".
     */
    String interval(int decimals) {
        double scale = Math.pow(10, decimals);
        return String.format(Locale.ROOT, "(%." + decimals + "f-%." + decimals + "f)",
                Math.floor(low * scale) / scale, Math.ceil(high * scale) / scale);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** The squared standard error of the mean, relative to the mean. */
    private static double relativeSquaredError(double[] values, double mean) {
        double squares = Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
        return squares / (values.length - 1) / values.length / (mean * mean);
    }

    private static double share(double relativeSquaredError, double[] values) {
        return relativeSquaredError * relativeSquaredError / (values.length - 1);
    }
}
