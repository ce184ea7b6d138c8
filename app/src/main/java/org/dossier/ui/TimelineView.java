package org.dossier.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.TimelineEvent;
import org.dossier.store.StoryStore;

/**
 * The timeline: every dated fact of the case on one axis with its lanes, a filter by entity and
 * by words, the selected event's excerpt with the date or name in it marked, a way to open it in
 * the reader or pin it to the story with a headline and a note; and the story so far.
 */
final class TimelineView extends BorderPane {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private final ZoneId zone;

    /**
     * @param entityNamed resolves what the reporter types in the entity filter, in the background, then hands the id (or null) on
     * @param openInReader opens the event's item at its excerpt
     */
    TimelineView(TimelineViewModel model, ZoneId zone, java.util.function.BiConsumer<String, Consumer<Long>> entityNamed,
                 Consumer<TimelineEvent> openInReader) {
        this.model = model;
        this.zone = zone;
        setId("timeline");
        canvas = new TimelineCanvas(model, zone);

        ComboBox<TimelineViewModel.Lanes> lanes = new ComboBox<>();
        lanes.getItems().setAll(TimelineViewModel.Lanes.values());
        lanes.valueProperty().bindBidirectional(model.lanesProperty());
        lanes.setId("timeline-lanes");
        TextField entity = new TextField();
        entity.setId("timeline-entity");
        entity.setPromptText("Only what mentions… (a name, Enter)");
        entity.setPrefWidth(220);
        Label entityStatus = new Label();
        entity.setOnAction(event -> {
            String name = entity.getText().strip();
            if (name.isEmpty()) {
                model.filterByEntity(null);
                entityStatus.setText("");
            } else {
                entityNamed.accept(name, id -> {
                    model.filterByEntity(id);
                    entityStatus.setText(id == null ? "no such name in the case" : "");
                });
            }
        });
        TextField words = new TextField();
        words.setId("timeline-text");
        words.setPromptText("Words in the title or excerpt");
        words.textProperty().bindBidirectional(model.textProperty());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoom-in");
        zoomIn.setTooltip(new Tooltip("Zoom in (scroll up, or +)"));
        zoomIn.setOnAction(event -> model.zoom(0.5, 0.5));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoom-out");
        zoomOut.setTooltip(new Tooltip("Zoom out (scroll down, or -)"));
        zoomOut.setOnAction(event -> model.zoom(2, 0.5));
        Button all = new Button("Whole case");
        all.setOnAction(event -> model.showAll());
        Button add = new Button("Add event…");
        add.setId("add-event");
        add.setTooltip(new Tooltip("An event the evidence does not date itself: a call, a meeting"));
        add.setOnAction(event -> AddEventDialog.ask(getScene().getWindow()).ifPresent(answer -> model.addOnDay(answer.day(), answer.title())));
        Label status = new Label();
        status.setId("timeline-status");
        status.textProperty().bind(model.statusProperty());
        HBox tools = new HBox(8, new Label("Lanes"), lanes, entity, entityStatus, words, zoomOut, zoomIn, all, add);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, tools, status);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        setTop(top);

        SplitPane below = new SplitPane(details(openInReader), storyList());
        below.setDividerPositions(0.6);
        SplitPane split = new SplitPane(canvas, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    TimelineCanvas canvas() {
        return canvas;
    }

    private VBox details(Consumer<TimelineEvent> openInReader) {
        Label title = new Label("Select an event on the axis to read where it comes from.");
        title.getStyleClass().add("reader-heading");
        title.setWrapText(true);
        title.setId("event-title");
        Label when = new Label();
        when.getStyleClass().add("provenance");
        TextFlow excerpt = new TextFlow();
        excerpt.setId("event-excerpt");
        Label source = new Label();
        source.getStyleClass().add("provenance");
        source.setWrapText(true);
        Button open = new Button("Open in reader");
        open.setId("open-event");
        Button pin = new Button("Pin to story…");
        pin.setId("pin-event");
        open.disableProperty().bind(model.selectedProperty().map(e -> e.itemId() == null).orElse(true));
        pin.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(event -> openInReader.accept(model.selectedProperty().get()));
        pin.setOnAction(event -> {
            TimelineEvent chosen = model.selectedProperty().get();
            TextInputDialog headline = new TextInputDialog(chosen.title());
            headline.initOwner(getScene().getWindow());
            headline.setTitle("Pin to the story");
            headline.setHeaderText("A headline for this event in the story timeline");
            headline.getEditor().setId("pin-headline");
            headline.showAndWait().filter(text -> !text.isBlank()).ifPresent(text -> {
                TextInputDialog note = new TextInputDialog();
                note.initOwner(getScene().getWindow());
                note.setTitle("Pin to the story");
                note.setHeaderText("A note for the reader of the story (optional)");
                note.getEditor().setId("pin-note");
                model.pin(chosen, text, note.showAndWait().orElse(""));
            });
        });
        model.selectedProperty().addListener((property, old, event) -> {
            if (event == null) {
                title.setText("Select an event on the axis to read where it comes from.");
                when.setText("");
                excerpt.getChildren().clear();
                source.setText("");
                return;
            }
            title.setText(event.title());
            when.setText(when(event) + " · " + event.kind().name().toLowerCase(Locale.ROOT));
            excerpt.getChildren().setAll(marked(event));
            source.setText(event.sourcePath() == null ? "" : event.sourcePath());
        });
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(6, title, when, excerpt, source, new HBox(8, open, pin));
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }

    /** When an event happened, at its precision, in the case's zone. */
    private String when(TimelineEvent event) {
        var start = event.start().atZone(zone);
        return switch (event.precision()) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case DAY -> start.toLocalDate().toString();
            default -> SECOND.format(start);
        };
    }

    /** The excerpt, with the date or name the event is about in bold (a mention's surface, from its title). */
    private static java.util.List<Text> marked(TimelineEvent event) {
        String excerpt = event.excerpt() == null ? "" : event.excerpt();
        String surface = event.kind() == TimelineEvent.EventKind.MENTION && event.title().startsWith("“")
                ? event.title().substring(1, event.title().indexOf('”')) : "";
        int at = surface.isEmpty() ? -1 : excerpt.indexOf(surface);
        if (at < 0) {
            return java.util.List.of(new Text(excerpt));
        }
        Text mark = new Text(surface);
        mark.getStyleClass().addAll("event-mark", "mention-date");
        return java.util.List.of(new Text(excerpt.substring(0, at)), mark, new Text(excerpt.substring(at + surface.length())));
    }

    private VBox storyList() {
        Label heading = new Label("Story timeline");
        heading.getStyleClass().add("reader-heading");
        ListView<StoryStore.Pinned> list = new ListView<>(model.story());
        list.setId("story");
        list.setPlaceholder(new Label("Pin events to build the story that exports publish."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(StoryStore.Pinned pinned, boolean empty) {
                super.updateItem(pinned, empty);
                setText(empty || pinned == null ? null : when(pinned.event()) + "  " + pinned.headline()
                        + (pinned.note() == null ? "" : "\n" + pinned.note()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, old, pinned) -> {
            if (pinned != null) {
                model.setWindow(pinned.event().start().minus(java.time.Duration.ofDays(3)), pinned.event().end().plus(java.time.Duration.ofDays(3)));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, heading, list);
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }
}
