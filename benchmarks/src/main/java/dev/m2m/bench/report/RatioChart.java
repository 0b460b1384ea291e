package dev.m2m.bench.report;

import static java.util.Map.entry;

import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One chart per database and size, for a reader who will not read the table: each approach's time per
 * call as a multiple of plain JDBC, a dot with its 99.9% interval as whiskers, around the floor drawn
 * as a line at 1; one operation (and probe) per band, down the side, every other band shaded. A log scale,
 * so that 2x slower and 2x faster are as far from the line, with round ratios for ticks ({@link RatioAxis}).
 * Whiskers that cross the line are ties. Each approach keeps its colour and marker from chart to chart.
 */
final class RatioChart {

    /**
     * The approaches' names as a reader knows them, each with its own colour and marker in every chart: the
     * Okabe-Ito colours, safe for colour-blind eyes (all eight are taken: Spring Data JPA has a dark brown and
     * Spring Data JDBC a dark navy, apart by lightness from JPA's vermilion and Spring JDBC's blue), and
     * JFreeChart's ten standard shapes, so that no two approaches share both.
     */
    private static final Map<String, Style> STYLES = Map.ofEntries(
            entry(Implementation.PLAIN_JDBC.name(), new Style("plain JDBC", new Color(64, 64, 64), 0)),
            entry(Implementation.ONE_ROUND_TRIP.name(), new Style("one round trip (auto-commit)", Color.BLACK, 4)),
            entry(Implementation.JDBC.name(), new Style("Spring JDBC", new Color(0, 114, 178), 1)),
            entry(Implementation.JPA.name(), new Style("JPA/Hibernate", new Color(213, 94, 0), 2)),
            entry(Implementation.MYBATIS.name(), new Style("MyBatis", new Color(0, 158, 115), 3)),
            entry(Implementation.MYBATIS_FLAT_ROWS.name(),
                    new Style("MyBatis, flat rows folded", new Color(204, 121, 167), 5)),
            entry(Implementation.SPRING_DATA_JPA.name(), new Style("Spring Data JPA", new Color(110, 60, 20), 7)),
            entry(Implementation.SPRING_DATA_JDBC.name(), new Style("Spring Data JDBC", new Color(30, 50, 110), 9)),
            entry(Implementation.JOOQ.name(), new Style("jOOQ", new Color(150, 30, 40), 6)),
            entry(Implementation.JOOQ_FLAT_JOIN.name(),
                    new Style("jOOQ, flat join folded", new Color(240, 128, 128), 8)),
            entry(Implementation.JOOQ_RENDERED_ONCE.name(),
                    new Style("jOOQ, MULTISET rendered once", new Color(90, 0, 20), 5)),
            entry(NaiveLoading.JDBC_QUERY_PER_ROW.name(),
                    new Style("JDBC, a query per row", new Color(86, 180, 233), 5)),
            entry(NaiveLoading.JPA_LAZY_LOADING.name(), new Style("JPA lazy loading", new Color(230, 159, 0), 6)),
            entry(NaiveLoading.MYBATIS_NESTED_SELECT.name(),
                    new Style("MyBatis nested select", new Color(120, 120, 120), 7)),
            entry(NaiveLoading.SPRING_DATA_JPA_OPEN_IN_VIEW.name(),
                    new Style("Spring Data JPA, open in view", new Color(180, 120, 60), 8)),
            entry(NaiveLoading.SPRING_DATA_JPA_PAGEABLE_GRAPH.name(),
                    new Style("Spring Data JPA, Pageable entity graph", new Color(160, 100, 50), 9)),
            entry(NaiveLoading.SPRING_DATA_JPA_PAGEABLE_IDS_THEN_GRAPH.name(),
                    new Style("Spring Data JPA, Pageable ids then graph", new Color(200, 150, 90), 4)));

    private static final Shape[] SHAPES = DefaultDrawingSupplier.createStandardSeriesShapes();

    private record Style(String name, Color colour, int shape) {
    }

    private RatioChart() {
    }

    static Color colour(String variant) {
        return STYLES.containsKey(variant) ? STYLES.get(variant).colour() : Color.DARK_GRAY;
    }

    /** The variant's own marker, the same in every chart. */
    static Shape shape(String variant) {
        return SHAPES[STYLES.containsKey(variant) ? STYLES.get(variant).shape() : 0];
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
        return STYLES.containsKey(variant) ? STYLES.get(variant).name() : variant;
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
        var range = new RatioAxis("time per call, × plain JDBC (log scale; lower is better)");
        var renderer = whiskers(false);
        for (int v = 0; v < variants.size(); v++) {
            renderer.setSeriesPaint(v, colour(variants.get(v)));
            renderer.setSeriesShape(v, shape(variants.get(v)));
        }
        var plot = new XYPlot(dataset, domain, range, renderer);
        // operations down the side, written out in full on one line each, never broken mid-word
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinesVisible(false);
        plot.addRangeMarker(new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1.5f)));
        // every other operation's band shaded, so that a reader sees where one operation's dots end
        for (int o = 1; o < operations.size(); o += 2) {
            plot.addDomainMarker(new IntervalMarker(o - 0.5, o + 0.5, new Color(242, 242, 242)), Layer.BACKGROUND);
        }
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
        chart.addSubtitle(new TextTitle("left of the line is faster than plain JDBC, right is slower; dots: the ratio "
                + "of mean times; whiskers: its 99.9% interval (whiskers that cross the line cannot be told from it)"));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 220 + (14 + 13 * widest) * operations.size());
    }
}
