package dev.m2m.bench.report;

import static java.util.Map.entry;

import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One chart per database and size, for a reader who will not read the table: each approach's time per
 * call as a multiple of plain JDBC, a dot with its 99.9% interval as whiskers, around the floor drawn
 * as a line at 1; one operation (and probe) per band, down the side. A log scale, so that 2x slower and 2x faster are as far from the line. Whiskers that
 * cross the line are ties.
 */
final class RatioChart {

    /**
     * The approaches' names as a reader knows them, and the Okabe-Ito colours, safe for colour-blind eyes (all
     * eight are taken: Spring Data JPA has a dark brown and Spring Data JDBC a dark navy, apart by lightness from JPA's
     * vermilion and Spring JDBC's blue).
     */
    private static final Map<String, Style> STYLES = Map.ofEntries(
            entry(Implementation.ONE_ROUND_TRIP.name(), new Style("one round trip (auto-commit)", Color.BLACK)),
            entry(Implementation.JDBC.name(), new Style("Spring JDBC", new Color(0, 114, 178))),
            entry(Implementation.JPA.name(), new Style("JPA/Hibernate", new Color(213, 94, 0))),
            entry(Implementation.MYBATIS.name(), new Style("MyBatis", new Color(0, 158, 115))),
            entry(Implementation.MYBATIS_FLAT_ROWS.name(), new Style("MyBatis, flat rows folded", new Color(204, 121, 167))),
            entry(Implementation.SPRING_DATA_JPA.name(), new Style("Spring Data JPA", new Color(110, 60, 20))),
            entry(Implementation.SPRING_DATA_JDBC.name(), new Style("Spring Data JDBC", new Color(30, 50, 110))),
            entry(Implementation.JOOQ.name(), new Style("jOOQ", new Color(150, 30, 40))),
            entry(Implementation.JOOQ_FLAT_JOIN.name(), new Style("jOOQ, flat join folded", new Color(240, 128, 128))),
            entry(Implementation.JOOQ_RENDERED_ONCE.name(), new Style("jOOQ, MULTISET rendered once", new Color(90, 0, 20))),
            entry(NaiveLoading.JDBC_QUERY_PER_ROW.name(), new Style("JDBC, a query per row", new Color(86, 180, 233))),
            entry(NaiveLoading.JPA_LAZY_LOADING.name(), new Style("JPA lazy loading", new Color(230, 159, 0))),
            entry(NaiveLoading.MYBATIS_NESTED_SELECT.name(), new Style("MyBatis nested select", new Color(120, 120, 120))),
            entry(NaiveLoading.SPRING_DATA_JPA_OPEN_IN_VIEW.name(),
                    new Style("Spring Data JPA, open in view", new Color(180, 120, 60))),
            entry(NaiveLoading.SPRING_DATA_JPA_PAGEABLE_GRAPH.name(),
                    new Style("Spring Data JPA, Pageable entity graph", new Color(160, 100, 50))),
            entry(NaiveLoading.SPRING_DATA_JPA_PAGEABLE_IDS_THEN_GRAPH.name(),
                    new Style("Spring Data JPA, Pageable ids then graph", new Color(200, 150, 90))));

    private record Style(String name, Color colour) {
    }

    private RatioChart() {
    }

    static Color colour(String variant) {
        return STYLES.containsKey(variant) ? STYLES.get(variant).colour() : Color.DARK_GRAY;
    }

    /** Dots with vertical 99.9% whiskers, joined by lines or not: the renderer of every chart here. */
    static XYErrorRenderer whiskers(boolean lines) {
        var renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(lines);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        return renderer;
    }

    static String humanName(String variant) {
        return variant.equals(Implementation.PLAIN_JDBC.name()) ? "plain JDBC"
                : STYLES.containsKey(variant) ? STYLES.get(variant).name() : variant;
    }

    static void write(String title, List<Results.Row> rows, Results results, Path file) throws IOException {
        var operations = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(Results.Row::operation).toList()));
        var variants = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(Results.Row::variant)
                .filter(variant -> !variant.equals(Implementation.PLAIN_JDBC.name())).toList()));
        // within an operation's band, the approaches measured for it side by side, so that whiskers do not hide
        // each other and an operation measured for two approaches is not squeezed into the room of five
        Map<String, List<String>> present = new LinkedHashMap<>();
        for (var row : rows) {
            if (variants.contains(row.variant())) {
                present.computeIfAbsent(row.operation(), any -> new ArrayList<>()).add(row.variant());
            }
        }
        int widest = present.values().stream().mapToInt(List::size).max().orElse(1);
        var dataset = new YIntervalSeriesCollection();
        for (String variant : variants) {
            var series = new YIntervalSeries(humanName(variant));
            for (var row : rows) {
                if (row.variant().equals(variant)) {
                    var ratio = results.ratioToFloor(row);
                    if (ratio.isPresent()) {
                        var r = ratio.get();
                        var inBand = present.get(row.operation());
                        int position = inBand.indexOf(variant);
                        double offset = inBand.size() == 1 ? 0 : -0.36 + 0.72 * position / (inBand.size() - 1);
                        double x = operations.indexOf(row.operation()) + offset;
                        series.add(x, r.value(), r.hasInterval() ? r.low() : r.value(),
                                r.hasInterval() ? r.high() : r.value());
                    }
                }
            }
            dataset.addSeries(series);
        }
        var domain = new SymbolAxis(null, operations.toArray(String[]::new));
        domain.setGridBandsVisible(false);
        domain.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        domain.setInverted(true); // the first operation at the top
        var range = new LogAxis("time per call, × plain JDBC (log scale; lower is better)");
        // ticks at powers of two (0.5, 1, 2, 4, ...): "twice as slow" reads off the axis
        range.setBase(2);
        range.setTickUnit(new NumberTickUnit(1));
        range.setNumberFormatOverride(new DecimalFormat("0.##'×'"));
        range.setSmallestValue(0.1);
        var renderer = whiskers(false);
        for (int v = 0; v < variants.size(); v++) {
            renderer.setSeriesPaint(v, colour(variants.get(v)));
        }
        var plot = new XYPlot(dataset, domain, range, renderer);
        // operations down the side, written out in full on one line each, never broken mid-word
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinesVisible(false);
        plot.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f)));
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        chart.addSubtitle(new TextTitle("the line: plain JDBC; dots: the ratio of mean times; whiskers: its 99.9% "
                + "interval (whiskers that cross the line cannot be told from plain JDBC)"));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 220 + (14 + 13 * widest) * operations.size());
    }
}
