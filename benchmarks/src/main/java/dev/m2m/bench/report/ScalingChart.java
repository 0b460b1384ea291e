package dev.m2m.bench.report;

import dev.m2m.bench.school.Size;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The two scaling curves, one line per approach with JMH's 99.9% margin as whiskers, both axes on log
 * scales: time per returned row against the answer's size (it must not grow with the answer: flat means each
 * row costs the same however many there are, falling means the call's fixed cost spreads over more rows),
 * and time per call against the table's size at a fixed answer (it must not grow with the table: flat means
 * the indexes work).
 */
final class ScalingChart {

    private ScalingChart() {
    }

    /** {@code rows}: one operation at one size, at several probes. */
    static void perAnswerRow(String title, List<Results.Row> rows, Path file) throws IOException {
        // time per row spans a decade or more: a log scale, ticks at powers of two
        var yAxis = new LogAxis("time per returned row, us (log scale)");
        yAxis.setBase(2);
        yAxis.setTickUnit(new NumberTickUnit(1));
        yAxis.setNumberFormatOverride(new DecimalFormat("#,##0.#"));
        write(title, "whiskers: JMH's 99.9% margin; lower is better, and time per row must not grow with the answer "
                + "(falling is the call's fixed cost spread over more rows)",
                rows, Results.Row::answerSize, Results.Row::answerSize, "rows in the answer (log scale)", yAxis, file);
    }

    /** {@code rows}: one operation and probe at several sizes. */
    static void perTableSize(String title, List<Results.Row> rows, Path file) throws IOException {
        // a linear scale from zero: flat is what should be seen, and a log scale would magnify the noise
        var yAxis = new NumberAxis("time per call, us");
        yAxis.setAutoRangeIncludesZero(true);
        write(title, "whiskers: JMH's 99.9% margin; lower is better, and the time must not grow with the table "
                + "(flat: the indexes work)",
                rows, row -> Size.valueOf(row.size()).students, row -> 1, "students in the school (log scale)", yAxis,
                file);
    }

    private static void write(String title, String subtitle, List<Results.Row> rows, ToDoubleFunction<Results.Row> x,
                              ToDoubleFunction<Results.Row> divisor, String xLabel, ValueAxis yAxis, Path file)
            throws IOException {
        var byVariant = new LinkedHashMap<String, YIntervalSeries>();
        for (var row : rows) {
            var series = byVariant.computeIfAbsent(row.variant(), variant -> new YIntervalSeries(RatioChart.humanName(variant)));
            double per = divisor.applyAsDouble(row);
            series.add(x.applyAsDouble(row), row.score() / per, (row.score() - row.error()) / per,
                    (row.score() + row.error()) / per);
        }
        var dataset = new YIntervalSeriesCollection();
        byVariant.values().forEach(dataset::addSeries);
        var xAxis = new LogAxis(xLabel);
        xAxis.setBase(10);
        xAxis.setTickUnit(new NumberTickUnit(1)); // powers of ten only
        xAxis.setNumberFormatOverride(new DecimalFormat("#,##0"));
        var renderer = RatioChart.whiskers(true);
        int index = 0;
        for (String variant : byVariant.keySet()) {
            renderer.setSeriesPaint(index, RatioChart.colour(variant));
            renderer.setSeriesStroke(index, new BasicStroke(2f));
            renderer.setSeriesShape(index, RatioChart.shape(variant));
            index++;
        }
        var plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        chart.addSubtitle(new TextTitle(subtitle));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 600);
    }
}
