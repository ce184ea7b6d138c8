package org.dossier.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.dossier.model.TimelineEvent;

/**
 * The time axis and its lanes, drawn on a canvas: an event as a dot at its moment, a date of month
 * or year precision as a bar across its span, and where there are too many events, their density.
 * Scroll or +/- zooms around the pointer, dragging or the arrow keys pan, a click selects. Drawing
 * uses only what is loaded, so a frame never waits for the case.
 */
public final class TimelineCanvas extends Pane {
    static final double AXIS = 28;
    private static final double LANE_LABEL = 150;
    private static final int MOST_LANES = 12;

    private final TimelineViewModel model;
    private final ZoneId zone;
    private final Canvas canvas = new Canvas();
    private double dragX = Double.NaN;
    private long lastDrawNanos;

    public TimelineCanvas(TimelineViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        setId("timeline-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 120);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        for (var redraw : List.of(widthProperty(), heightProperty(), model.fromProperty(), model.toProperty(), model.densityProperty(),
                model.lanesProperty(), model.textProperty(), model.selectedProperty())) {
            redraw.addListener(observable -> draw());
        }
        model.events().addListener((javafx.collections.ListChangeListener<TimelineEvent>) change -> draw());
        model.story().addListener((javafx.collections.ListChangeListener<Object>) change -> draw());

        setOnScroll(event -> {
            double delta = event.getDeltaY() != 0 ? event.getDeltaY() : event.getDeltaX();
            if (delta != 0) {
                model.zoom(delta > 0 ? 0.8 : 1.25, share(event.getX()));
            }
            event.consume();
        });
        setOnMousePressed(event -> {
            dragX = event.getX();
            requestFocus();
        });
        setOnMouseDragged(event -> {
            if (!Double.isNaN(dragX)) {
                model.pan(-(event.getX() - dragX) / plotWidth());
                dragX = event.getX();
            }
        });
        setOnMouseReleased(event -> dragX = Double.NaN);
        setOnMouseClicked(event -> {
            if (event.isStillSincePress()) {
                model.selectedProperty().set(eventAt(event.getX(), event.getY()));
            }
        });
        setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case PLUS, EQUALS, ADD -> model.zoom(0.5, 0.5);
                case MINUS, SUBTRACT -> model.zoom(2, 0.5);
                case LEFT -> model.pan(-0.2);
                case RIGHT -> model.pan(0.2);
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    /** How long the last frame took to draw, in milliseconds. */
    public double lastDrawMillis() {
        return lastDrawNanos / 1e6;
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LANE_LABEL);
    }

    private double share(double x) {
        return Math.min(1, Math.max(0, (x - LANE_LABEL) / plotWidth()));
    }

    private double x(Instant at) {
        long from = model.fromProperty().get().toEpochMilli();
        long width = Math.max(1, model.toProperty().get().toEpochMilli() - from);
        return LANE_LABEL + (at.toEpochMilli() - from) * plotWidth() / width;
    }

    /** The lanes of the events drawn, in order, the rest in "other". */
    private Map<String, List<TimelineEvent>> lanes() {
        Map<String, List<TimelineEvent>> byLane = new TreeMap<>();
        Predicate<TimelineEvent> wordsLetThrough = model.shown();
        for (TimelineEvent event : model.events()) {
            if (wordsLetThrough.test(event)) {
                byLane.computeIfAbsent(lane(event), key -> new ArrayList<>()).add(event);
            }
        }
        Map<String, List<TimelineEvent>> shown = new LinkedHashMap<>();
        List<TimelineEvent> other = new ArrayList<>();
        byLane.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).forEach(entry -> {
            if (shown.size() < MOST_LANES - 1) {
                shown.put(entry.getKey(), entry.getValue());
            } else {
                other.addAll(entry.getValue());
            }
        });
        if (!other.isEmpty()) {
            shown.put("other", other);
        }
        return shown;
    }

    private String lane(TimelineEvent event) {
        boolean message = event.kind() == TimelineEvent.EventKind.MESSAGE && event.title().contains(" · ");
        return switch (model.lanesProperty().get()) {
            case KIND -> event.kind().name().toLowerCase(Locale.ROOT);
            case SOURCE -> event.sourcePath() == null ? "(added by hand)"
                    : event.sourcePath().substring(Math.max(event.sourcePath().lastIndexOf('/'), event.sourcePath().lastIndexOf('!')) + 1);
            case CONVERSATION -> message ? event.title().substring(0, event.title().indexOf(" · ")) : "(not in a chat)";
            case PERSON -> message ? event.title().substring(event.title().indexOf(" · ") + 3) : "(not in a chat)";
        };
    }

    private TimelineEvent eventAt(double px, double py) {
        Map<String, List<TimelineEvent>> lanes = lanes();
        double laneHeight = laneHeight(lanes.size());
        int row = (int) ((py - 4) / laneHeight);
        if (row < 0 || row >= lanes.size()) {
            return null;
        }
        TimelineEvent nearest = null;
        double best = 8;
        for (TimelineEvent event : new ArrayList<>(lanes.values()).get(row)) {
            double start = x(event.start());
            double end = x(event.end());
            double distance = px >= start && px <= end ? 0 : Math.min(Math.abs(px - start), Math.abs(px - end));
            if (distance <= best) {
                best = distance;
                nearest = event;
            }
        }
        return nearest;
    }

    private double laneHeight(int lanes) {
        return Math.max(18, Math.min(60, (getHeight() - AXIS - 8) / Math.max(1, lanes)));
    }

    public void draw() {
        long started = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        drawAxis(g, w, h);
        long[] density = model.densityProperty().get();
        if (density != null) {
            drawDensity(g, density, h);
        } else {
            drawLanes(g, h);
        }
        lastDrawNanos = System.nanoTime() - started;
    }

    private void drawAxis(GraphicsContext g, double w, double h) {
        g.setStroke(Color.web("#bbbbbb"));
        g.setFill(Color.web("#555555"));
        g.setTextAlign(TextAlignment.LEFT);
        for (TimeAxis.Tick tick : TimeAxis.ticks(model.fromProperty().get(), model.toProperty().get(), zone,
                (int) Math.max(2, plotWidth() / 110))) {
            double x = Math.round(x(tick.at())) + 0.5;
            g.setStroke(Color.web("#eeeeee"));
            g.strokeLine(x, 0, x, h - AXIS);
            g.setStroke(Color.web("#999999"));
            g.strokeLine(x, h - AXIS, x, h - AXIS + 5);
            g.fillText(tick.label(), x + 3, h - AXIS / 2 + 2);
        }
        g.setStroke(Color.web("#999999"));
        g.strokeLine(LANE_LABEL, h - AXIS + 0.5, w, h - AXIS + 0.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("times in " + zone.getId(), 6, h - AXIS / 2 + 2);
    }

    private void drawDensity(GraphicsContext g, long[] counts, double h) {
        long most = 1;
        for (long count : counts) {
            most = Math.max(most, count);
        }
        double slice = plotWidth() / counts.length;
        double top = 20;
        double height = h - AXIS - top - 4;
        g.setFill(Color.web("#7aa6d8"));
        for (int i = 0; i < counts.length; i++) {
            double bar = counts[i] == 0 ? 0 : Math.max(1, height * counts[i] / most);
            g.fillRect(LANE_LABEL + i * slice, top + height - bar, Math.max(1, slice - 1), bar);
        }
        g.setFill(Color.web("#333333"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("messages and e-mails, busiest slice " + String.format("%,d", most), 8, 10);
    }

    private void drawLanes(GraphicsContext g, double h) {
        Map<String, List<TimelineEvent>> lanes = lanes();
        double laneHeight = laneHeight(lanes.size());
        TimelineEvent selected = model.selectedProperty().get();
        java.util.Set<String> pinned = new java.util.HashSet<>();
        model.story().forEach(entry -> pinned.add(entry.event().id()));
        int row = 0;
        for (Map.Entry<String, List<TimelineEvent>> lane : lanes.entrySet()) {
            double top = 4 + row * laneHeight;
            double middle = top + laneHeight / 2;
            if (row % 2 == 1) {
                g.setFill(Color.web("#f7f7f5"));
                g.fillRect(0, top, getWidth(), laneHeight);
            }
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(clip(lane.getKey() + " (" + lane.getValue().size() + ")"), 6, middle);
            g.save();
            g.beginPath();
            g.rect(LANE_LABEL, top, plotWidth(), laneHeight);
            g.clip();
            // Spans (a month, a year) are packed into rows of their own under the lane's dots.
            int spanRows = Math.max(1, (int) ((laneHeight - 14) / 7));
            double[] rowEnds = new double[spanRows];
            java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
            for (TimelineEvent event : lane.getValue()) {
                double start = x(event.start());
                double end = x(event.end());
                Color colour = colour(event);
                double y = middle;
                if (end - start > 3) {
                    int spanRow = 0;
                    while (spanRow < spanRows - 1 && rowEnds[spanRow] > start - 2) {
                        spanRow++;
                    }
                    rowEnds[spanRow] = Math.max(rowEnds[spanRow], end);
                    double barTop = top + 3 + spanRow * 7;
                    y = barTop + 2.5;
                    g.setFill(colour.deriveColor(0, 1, 1, 0.35));
                    g.fillRect(start, barTop, end - start, 5);
                    g.setStroke(colour);
                    g.strokeRect(start, barTop, end - start, 5);
                } else {
                    g.setFill(colour);
                    g.fillOval(start - 3, middle - 3, 6, 6);
                }
                if (pinned.contains(event.id())) {
                    g.setFill(Color.web("#c62828"));
                    g.fillText("★", start - 4, y - 9);
                }
                if (event.equals(selected)) {
                    g.setStroke(Color.BLACK);
                    g.setLineWidth(2);
                    if (end - start > 3) {
                        g.strokeRect(start - 1, y - 4, end - start + 2, 8);
                    } else {
                        g.strokeOval(start - 6, middle - 6, 12, 12);
                    }
                    g.setLineWidth(1);
                }
            }
            g.restore();
            row++;
        }
        if (lanes.isEmpty()) {
            g.setFill(Color.web("#777777"));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(model.loadingProperty().get() ? "Reading…" : "Nothing dated in this window. Scroll to zoom out, drag to move.",
                    LANE_LABEL + plotWidth() / 2, (h - AXIS) / 2);
        }
    }

    private static String clip(String label) {
        return label.length() > 24 ? label.substring(0, 23) + "…" : label;
    }

    private static Color colour(TimelineEvent event) {
        return switch (event.kind()) {
            case MESSAGE -> Color.web("#1f5fa8");
            case DOCUMENT -> Color.web("#a8431f");
            case MENTION -> Color.web("#8a2a9e");
            case MANUAL -> Color.web("#2e7d32");
        };
    }
}
