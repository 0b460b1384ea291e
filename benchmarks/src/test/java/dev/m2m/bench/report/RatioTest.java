package dev.m2m.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ratio to the floor and its interval, on synthetic iterations whose true ratio is known. */
class RatioTest {

    private static final long SEED = 20261126L;

    @Test
    void shouldCoverTheTrueRatioAsOftenAsItsConfidenceSays() {
        // given 4,000 simulated comparisons, 2 forks x 10 iterations a side, 5% noise, a true ratio of 1.3
        var random = new Random(SEED);
        int experiments = 4_000;
        int covered = 0;
        for (int e = 0; e < experiments; e++) {
            var ratio = Ratio.of(iterations(random, 130, 0.05, 20), iterations(random, 100, 0.05, 20), 0.95);
            if (ratio.low() <= 1.3 && 1.3 <= ratio.high()) {
                covered++;
            }
        }

        // then a 95% interval holds the true ratio in 95% of them (within what 4,000 draws allow, seed above)
        assertThat(covered / (double) experiments).isCloseTo(0.95, within(0.015));
    }

    @Test
    void shouldWidenTheIntervalWhenThereAreFewIterations() {
        // the same spread, 5% either way, measured 3 times a side, then 21 times a side
        double[] pattern = {0.95, 1.0, 1.05};
        var few = Ratio.of(scaled(pattern, 130, 1), scaled(pattern, 100, 1), Ratio.CONFIDENCE);
        var many = Ratio.of(scaled(pattern, 130, 7), scaled(pattern, 100, 7), Ratio.CONFIDENCE);

        // on the log scale, 3 iterations a side give an interval several times as wide as 21 do
        assertThat(few.value()).isEqualTo(many.value());
        assertThat(Math.log(few.high() / few.low())).isGreaterThan(4 * Math.log(many.high() / many.low()));
    }

    @Test
    void shouldCallARatioWhoseIntervalHoldsOneATieNeverFasterThanTheFloor() {
        // a score 10% below the floor's, measured 3 times a side with 10% noise: not a measurable difference
        var tie = Ratio.of(new double[] {81, 90, 99}, new double[] {90, 100, 110}, Ratio.CONFIDENCE);
        var slower = Ratio.of(new double[] {149, 150, 151}, new double[] {99, 100, 101}, Ratio.CONFIDENCE);

        assertThat(tie.value()).isCloseTo(0.9, within(1e-9));
        assertThat(tie.tiesTheFloor()).isTrue();
        assertThat(tie.headline()).isEqualTo("= floor");
        assertThat(slower.tiesTheFloor()).isFalse();
        assertThat(slower.headline()).isEqualTo("1.50x");
        assertThat(slower.withInterval()).matches("1\\.50x \\(1\\.\\d\\d-1\\.\\d\\d\\)");
    }

    @Test
    void shouldGiveExactIterationsAnExactRatioAndASingleIterationNoInterval() {
        var exact = Ratio.of(new double[] {6, 6, 6}, new double[] {4, 4}, Ratio.CONFIDENCE);
        var once = Ratio.of(new double[] {6}, new double[] {4, 4}, Ratio.CONFIDENCE);

        assertThat(exact).isEqualTo(new Ratio(1.5, 1.5, 1.5));
        assertThat(once.value()).isEqualTo(1.5);
        assertThat(once.hasInterval()).isFalse();
        assertThat(once.withInterval()).isEqualTo("1.50x (no interval)");
    }

    private static double[] scaled(double[] pattern, double mean, int repeats) {
        double[] values = new double[pattern.length * repeats];
        for (int i = 0; i < values.length; i++) {
            values[i] = mean * pattern[i % pattern.length];
        }
        return values;
    }

    private static double[] iterations(Random random, double mean, double noise, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = mean * (1 + noise * random.nextGaussian());
        }
        return values;
    }
}
