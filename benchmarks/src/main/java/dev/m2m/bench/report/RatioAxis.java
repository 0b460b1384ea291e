package dev.m2m.bench.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis of multiples whose ticks are round ratios a reader can name (0.8×, 1×, 1.25×, 2×), enough of
 * them whatever the range: JFreeChart's own log ticks fall at powers of the base only, which left a chart whose
 * ratios all lay between 0.5× and 2× with a single "1×" to read them by.
 */
final class RatioAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    /** The ratios between the powers of two that a tick may stand at, where the range leaves them room. */
    private static final double[] ROUND = {0.67, 0.8, 0.9, 1.1, 1.25, 1.5, 3, 6, 12};
    /** At most about this many ticks across the axis: one at least every tenth of its (log) width. */
    private static final int TICKS = 10;

    private final DecimalFormat format = new DecimalFormat("0.##'×'");

    RatioAxis(String label) {
        super(label);
        setBase(2);
        setSmallestValue(0.01);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(TextAnchor.TOP_CENTER);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(TextAnchor.CENTER_RIGHT);
    }

    /** The powers of two in range (1× among them), then each round ratio that is not too close to a tick. */
    private List<NumberTick> ticks(TextAnchor anchor) {
        var range = getRange();
        double gap = (log2(range.getUpperBound()) - log2(range.getLowerBound())) / TICKS;
        var values = new ArrayList<Double>();
        for (int exponent = (int) Math.floor(log2(range.getLowerBound()));
             exponent <= Math.ceil(log2(range.getUpperBound())); exponent++) {
            double power = Math.pow(2, exponent);
            if (range.contains(power)) {
                values.add(power);
            }
        }
        for (double round : ROUND) {
            double spare = Math.min(log2(round) - log2(range.getLowerBound()), log2(range.getUpperBound()) - log2(round));
            if (spare >= 0 && values.stream().allMatch(value -> Math.abs(log2(value) - log2(round)) >= gap)) {
                values.add(round);
            }
        }
        return values.stream().sorted()
                .map(value -> new NumberTick(TickType.MAJOR, value, format.format(value), anchor, TextAnchor.CENTER, 0.0))
                .toList();
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
