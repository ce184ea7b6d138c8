package org.dossier.ui.timeline;

import org.dossier.ui.common.Labelled;
import org.dossier.ui.common.EvidenceDrag;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.dossier.model.StoryEvent;
import org.dossier.model.StoryText;
import org.dossier.model.TimelineEvent.EventKind;
import org.dossier.model.TimelineEvent;
import org.dossier.model.TimelineFilter;

/**
 * The timeline: every dated fact of the case on one axis with its lanes; filters by kind, entity,
 * tag, source and words; the selected event's excerpt with the date in it marked, a way to open it
 * in the reader or pin it to the story with a headline, a note and media; and the story so far,
 * in chapters.
 */
public final class TimelineView extends BorderPane {
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    private static final Map<EventKind, String> KIND_NAMES = Map.of(EventKind.MESSAGE, "Messages", EventKind.DOCUMENT, "Documents",
            EventKind.MENTION, "Dates in text", EventKind.MANUAL, "Added by hand");

    private final TimelineViewModel model;
    private final TimelineCanvas canvas;
    private final ZoneId zone;
    private final TextField sourceField = new TextField();

    /**
     * @param entityNamed resolves what the reporter types in the entity filter, in the background, then hands the id (or null) on
     * @param openInReader opens the event's item at its excerpt
     */
    public TimelineView(TimelineViewModel model, ZoneId zone, BiConsumer<String, Consumer<Long>> entityNamed,
                 Consumer<TimelineEvent> openInReader) {
        this.model = model;
        this.zone = zone;
        setId("timeline");
        canvas = new TimelineCanvas(model, zone);

        ComboBox<TimelineViewModel.Lanes> lanes = new ComboBox<>();
        lanes.getItems().setAll(TimelineViewModel.Lanes.values());
        lanes.valueProperty().bindBidirectional(model.lanesProperty());
        lanes.setId("timeline-lanes");
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
        HBox tools = new HBox(8, new Label("Lanes"), lanes, zoomOut, zoomIn, all, add);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("timeline-status");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(6, tools, filters(entityNamed), status);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        setTop(top);

        SplitPane below = new SplitPane(details(openInReader), storyList());
        below.setDividerPositions(0.5);
        SplitPane split = new SplitPane(canvas, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    /** Shows only what comes from this file, or from the files under this folder or inside this archive. */
    public void showSource(String path) {
        sourceField.setText(path);
        model.filterBySource(path);
    }

    /** Which kinds are drawn, what the events must mention, carry, come from or say. */
    private FlowPane filters(BiConsumer<String, Consumer<Long>> entityNamed) {
        HBox kinds = new HBox(4);
        for (EventKind kind : EventKind.values()) {
            ToggleButton toggle = new ToggleButton(KIND_NAMES.get(kind));
            toggle.setId("show-" + kind.name().toLowerCase(Locale.ROOT));
            toggle.getStyleClass().add("legend-toggle");
            toggle.setMinWidth(Region.USE_PREF_SIZE);
            toggle.setSelected(model.filterProperty().get().kinds().contains(kind));
            toggle.selectedProperty().addListener((property, was, shown) -> model.show(kind, shown));
            kinds.getChildren().add(toggle);
        }
        TextField entity = new TextField();
        entity.setId("timeline-entity");
        entity.setPromptText("a name, Enter");
        entity.setPrefColumnCount(11);
        entity.setOnAction(event -> {
            String name = entity.getText().strip();
            if (name.isEmpty()) {
                model.filterByEntity(null);
                entity.setTooltip(null);
            } else {
                entityNamed.accept(name, id -> {
                    model.filterByEntity(id);
                    entity.pseudoClassStateChanged(UNKNOWN, id == null);
                    entity.setTooltip(id == null ? new Tooltip("No person, organisation or place of the case is called so") : null);
                });
            }
        });
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("timeline-tag");
        tag.setPromptText("any tag");
        tag.getItems().setAll(model.tags());
        model.tags().addListener((ListChangeListener<String>) change -> tag.getItems().setAll(model.tags()));
        tag.valueProperty().addListener((property, old, name) -> model.filterByTag(name));
        sourceField.setId("timeline-source");
        sourceField.setPromptText("a file or folder, Enter");
        sourceField.setPrefColumnCount(14);
        sourceField.setTooltip(new Tooltip("A path as received; or choose Show on the timeline on a file or folder in Sources"));
        sourceField.setOnAction(event -> model.filterBySource(sourceField.getText()));
        TextField words = new TextField();
        words.setId("timeline-text");
        words.setPromptText("words in title or excerpt");
        words.setPrefColumnCount(15);
        words.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button("Clear");
        clear.setId("clear-filters");
        clear.setTooltip(new Tooltip("Show every event again"));
        clear.disableProperty().bind(model.filterProperty().isEqualTo(TimelineFilter.NONE).and(words.textProperty().isEmpty()));
        clear.setOnAction(event -> {
            entity.clear();
            tag.setValue(null);
            sourceField.clear();
            words.clear();
            kinds.getChildren().forEach(toggle -> ((ToggleButton) toggle).setSelected(true));
            model.filterProperty().set(TimelineFilter.NONE);
        });
        // Each filter keeps its label beside it; the row wraps where the view is narrow.
        FlowPane row = new FlowPane(14, 6, Labelled.of("Show", kinds), Labelled.of("Mentioning", entity), Labelled.of("Tagged", tag),
                Labelled.of("From", sourceField), Labelled.of("Saying", words), clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
            Optional<StoryEvent> pinned = model.pinnedAs(chosen);
            if (pinned.isPresent()) {
                edit(pinned.get());
            } else {
                PinDialog.ask(getScene().getWindow(), "Pin to the story", new StoryText(chosen.title(), null, null))
                        .ifPresent(text -> model.pin(chosen, text));
            }
        });
        // The same button edits what the story says once the event is in it.
        pin.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && model.pinnedAs(model.selectedProperty().get()).isPresent() ? "Edit in story…" : "Pin to story…",
                model.selectedProperty(), model.story()));
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
        Label drag = new Label("⠿ Drag onto a claim");
        drag.setId("drag-event");
        drag.getStyleClass().add("drag-handle");
        drag.setTooltip(new Tooltip("Drop it on a card of the Claims board to attach this excerpt as evidence"));
        drag.visibleProperty().bind(model.selectedProperty().map(e -> e.itemId() != null).orElse(false));
        EvidenceDrag.offer(drag, () -> {
            TimelineEvent chosen = model.selectedProperty().get();
            return chosen == null || chosen.itemId() == null ? null : new EvidenceDrag.Dragged(chosen.itemId(), chosen.span());
        });
        HBox actions = new HBox(8, open, pin, drag);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, when, excerpt, source, actions);
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
    private static List<Text> marked(TimelineEvent event) {
        String excerpt = event.excerpt() == null ? "" : event.excerpt();
        String surface = event.kind() == TimelineEvent.EventKind.MENTION && event.title().startsWith("“")
                ? event.title().substring(1, event.title().indexOf('”')) : "";
        int at = surface.isEmpty() ? -1 : excerpt.indexOf(surface);
        if (at < 0) {
            return List.of(new Text(excerpt));
        }
        Text mark = new Text(surface);
        mark.getStyleClass().addAll("event-mark", "mention-date");
        return List.of(new Text(excerpt.substring(0, at)), mark, new Text(excerpt.substring(at + surface.length())));
    }

    private void edit(StoryEvent entry) {
        PinDialog.ask(getScene().getWindow(), "Edit the story's event", entry.text()).ifPresent(text -> model.edit(entry, text));
    }

    /** The story timeline: pinned events in time order under their chapters' headings, with what can be done to them. */
    private VBox storyList() {
        Label heading = new Label("Story timeline");
        heading.getStyleClass().add("reader-heading");
        ListView<StoryEvent> list = new ListView<>(model.story());
        list.setId("story");
        list.setPlaceholder(new Label("Pin events to build the story that exports publish."));
        list.setCellFactory(view -> new StoryCell());
        list.getSelectionModel().selectedItemProperty().addListener((property, old, entry) -> {
            if (entry != null) {
                model.showInTimeline(entry);
            }
        });
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(event -> edit(list.getSelectionModel().getSelectedItem()));
        MenuItem chapter = new MenuItem("Begin a chapter here…");
        chapter.setOnAction(event -> askChapter(list.getSelectionModel().getSelectedItem()));
        MenuItem unchapter = new MenuItem("Remove this chapter");
        unchapter.setOnAction(event -> model.setChapter(list.getSelectionModel().getSelectedItem(), ""));
        MenuItem unpin = new MenuItem("Take out of the story…");
        unpin.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        unpin.setOnAction(event -> confirmUnpin(list.getSelectionModel().getSelectedItem()));
        ContextMenu menu = new ContextMenu(edit, chapter, unchapter, new SeparatorMenuItem(), unpin);
        menu.setOnShowing(event -> {
            StoryEvent entry = list.getSelectionModel().getSelectedItem();
            menu.getItems().forEach(item -> item.setDisable(entry == null));
            chapter.setText(entry != null && entry.beginsChapter() ? "Rename this chapter…" : "Begin a chapter here…");
            unchapter.setDisable(entry == null || !entry.beginsChapter());
        });
        list.setContextMenu(menu);
        list.setOnKeyPressed(event -> {
            StoryEvent entry = list.getSelectionModel().getSelectedItem();
            if (entry != null && event.getCode() == KeyCode.DELETE) {
                confirmUnpin(entry);
            } else if (entry != null && event.getCode() == KeyCode.ENTER) {
                edit(entry);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, heading, list);
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }

    private void askChapter(StoryEvent entry) {
        TextInputDialog dialog = new TextInputDialog(entry.beginsChapter() ? entry.chapter() : "");
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Chapter");
        dialog.setHeaderText("A chapter begins at “" + entry.text().headline() + "” and runs until the next chapter begins");
        dialog.getEditor().setId("chapter-title");
        dialog.showAndWait().filter(title -> !title.isBlank()).ifPresent(title -> model.setChapter(entry, title));
    }

    private void confirmUnpin(StoryEvent entry) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, entry.beginsChapter()
                ? "The chapter “" + entry.chapter() + "” begins at this event and goes with it. The evidence is not touched."
                : "Its headline and note are deleted. The evidence is not touched.", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Take “" + entry.text().headline() + "” out of the story?");
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.unpin(entry));
    }

    /** A story event: its chapter's heading where one begins, its day and headline, its note, and a mark for media. */
    private final class StoryCell extends ListCell<StoryEvent> {
        @Override
        protected void updateItem(StoryEvent entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            if (entry.beginsChapter()) {
                Label chapter = new Label(entry.chapter());
                chapter.getStyleClass().add("story-chapter");
                box.getChildren().add(chapter);
            }
            Label line = new Label(when(entry.event()) + "  " + entry.text().headline() + (entry.text().media() == null ? "" : "  🖼"));
            line.getStyleClass().add("story-headline");
            line.setWrapText(true);
            box.getChildren().add(line);
            if (entry.text().note() != null) {
                Label note = new Label(entry.text().note());
                note.setWrapText(true);
                note.getStyleClass().add("provenance");
                box.getChildren().add(note);
            }
            box.setPrefWidth(0);
            setGraphic(box);
        }
    }
}
