package org.dossier.ui.graph;

import org.dossier.ui.common.Labelled;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.dossier.export.ExportService.GraphFormat;
import org.dossier.model.ConfirmedPerson;
import org.dossier.model.CommunicationGraph.Person;
import org.dossier.model.Item;
import org.dossier.model.PersonProposal;
import org.dossier.model.TimelineFilter;

/**
 * Who talks to whom: the filter (days, a name the messages mention, a tag, a source, words), the
 * graph drawn, everyone in a table with what they sent and received and how much they connect
 * groups, and what the person or pair selected exchanged, each opened in the reader by a double click.
 */
public final class GraphView extends BorderPane {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GraphViewModel model;
    private final ZoneId zone;

    /**
     * @param entityNamed resolves what the reporter types in the entity filter, in the background, then hands the id (or null) on
     * @param tags        the case's tags
     * @param openItem    opens an item in the reader
     */
    public GraphView(GraphViewModel model, ZoneId zone, BiConsumer<String, Consumer<Long>> entityNamed, ObservableList<String> tags,
                     Consumer<Long> openItem) {
        this.model = model;
        this.zone = zone;
        setId("graph");
        Label status = new Label();
        status.setId("graph-status");
        status.textProperty().bind(model.statusProperty());
        Button showHidden = new Button("Show hidden");
        showHidden.setId("graph-show-hidden");
        showHidden.setOnAction(event -> model.showHidden());
        Button export = new Button("Export for Gephi…");
        export.setId("graph-export");
        export.setTooltip(new Tooltip("GraphML, GEXF or JSON, for the filter shown; whoever the case must hide is left out"));
        export.setOnAction(event -> export());
        Label legend = new Label("A disc's size: what they sent and received · orange: connects groups · a line's width: how much went between");
        legend.getStyleClass().add("graph-legend");
        legend.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox tools = new HBox(12, status, legend, grow, showHidden, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, filters(entityNamed, tags), tools);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        setTop(top);

        GraphPane drawing = new GraphPane(model, model::hide);
        SplitPane side = new SplitPane(proposals(), peopleTable(), exchangedList(openItem));
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.36, 0.68);
        SplitPane split = new SplitPane(drawing, side);
        split.setDividerPositions(0.58);
        setCenter(split);
    }

    private FlowPane filters(BiConsumer<String, Consumer<Long>> entityNamed, ObservableList<String> tags) {
        DatePicker from = new DatePicker();
        from.setId("graph-from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromDayProperty());
        DatePicker to = new DatePicker();
        to.setId("graph-to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toDayProperty());
        TextField entity = new TextField();
        entity.setId("graph-entity");
        entity.setPromptText("a name");
        entity.setPrefColumnCount(10);
        ComboBox<String> tag = new ComboBox<>(tags);
        tag.setId("graph-tag");
        tag.setPromptText("any tag");
        TextField source = new TextField();
        source.setId("graph-source");
        source.setPromptText("a file or folder");
        source.setPrefColumnCount(12);
        TextField words = new TextField();
        words.setId("graph-words");
        words.setPromptText("words");
        words.setPrefColumnCount(12);
        words.textProperty().bindBidirectional(model.wordsProperty());
        Button draw = new Button("Draw");
        draw.setId("graph-draw");
        draw.setDefaultButton(true);
        Runnable apply = () -> {
            String name = entity.getText().strip();
            Consumer<Long> withEntity = id -> {
                entity.setTooltip(id == null && !name.isEmpty() ? new Tooltip("No person, organisation or place of the case is called so") : null);
                model.itemsProperty().set(new TimelineFilter(id, tag.getValue(), source.getText(), TimelineFilter.NONE.kinds()));
                model.reload();
            };
            if (name.isEmpty()) {
                withEntity.accept(null);
            } else {
                entityNamed.accept(name, withEntity);
            }
        };
        draw.setOnAction(event -> apply.run());
        for (TextField field : new TextField[] {entity, source, words}) {
            field.setOnAction(event -> apply.run());
        }
        Button clear = new Button("Clear");
        clear.setOnAction(event -> {
            from.setValue(null);
            to.setValue(null);
            entity.clear();
            tag.setValue(null);
            source.clear();
            words.clear();
            apply.run();
        });
        FlowPane row = new FlowPane(14, 6, Labelled.of("From", from), Labelled.of("to", to), Labelled.of("Mentioning", entity),
                Labelled.of("Tagged", tag), Labelled.of("In", source), Labelled.of("Saying", words), draw, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<Person> peopleTable() {
        TableView<Person> table = new TableView<>(model.people());
        table.setId("graph-people");
        table.setPlaceholder(new Label("Nobody yet: press Draw."));
        TableColumn<Person, String> name = new TableColumn<>("Person");
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name().equals(row.getValue().account())
                ? row.getValue().name() : row.getValue().name() + " <" + row.getValue().account() + ">"));
        name.setPrefWidth(170);
        TableColumn<Person, String> platform = new TableColumn<>("On");
        platform.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().platform()));
        TableColumn<Person, Long> sent = new TableColumn<>("Sent");
        sent.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().sent()));
        TableColumn<Person, Long> received = new TableColumn<>("Received");
        received.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().received()));
        TableColumn<Person, String> bridges = new TableColumn<>("Connects");
        bridges.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(Double.isNaN(row.getValue().betweenness()) ? "–"
                : String.format(Locale.ROOT, "%.3f", row.getValue().betweenness())));
        bridges.setComparator((a, b) -> Double.compare(parse(a), parse(b)));
        bridges.setPrefWidth(80);
        table.getColumns().setAll(java.util.List.of(name, platform, sent, received, bridges));
        table.getSelectionModel().selectedItemProperty().addListener((property, old, person) -> {
            if (person != null) {
                model.selectedPersonProperty().set(person);
            }
        });
        model.selectedPersonProperty().addListener((property, old, person) -> {
            if (person != null && table.getSelectionModel().getSelectedItem() != person) {
                table.getSelectionModel().select(person);
                table.scrollTo(person);
            }
        });
        table.setRowFactory(view -> {
            TableRow<Person> row = new TableRow<>();
            MenuItem hide = new MenuItem("Hide from the graph");
            hide.setOnAction(event -> model.hide(row.getItem()));
            MenuItem split = new MenuItem("Not one person: show each account apart");
            split.setOnAction(event -> model.split(row.getItem()));
            ContextMenu menu = new ContextMenu(hide, split);
            menu.setOnShowing(event -> split.setVisible(row.getItem() != null
                    && row.getItem().key().startsWith(ConfirmedPerson.KEY_PREFIX)));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
        return table;
    }

    /** The accounts that look like one person, each with what they share and the reporter's two answers. */
    private VBox proposals() {
        Label heading = new Label();
        heading.getStyleClass().add("reader-heading");
        heading.textProperty().bind(javafx.beans.binding.Bindings.size(model.proposals()).asString("Same person? (%d)"));
        ListView<PersonProposal> list = new ListView<>(model.proposals());
        list.setId("graph-proposals");
        list.setPlaceholder(new Label("No accounts look like one person."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PersonProposal proposal, boolean empty) {
                super.updateItem(proposal, empty);
                if (empty || proposal == null) {
                    setGraphic(null);
                    return;
                }
                Label accounts = new Label(String.join("\n", proposal.accounts().stream()
                        .map(account -> (account.name().equals(account.account()) ? account.name()
                                : account.name() + "  <" + account.account() + ">") + "  " + account.platform()).toList()));
                accounts.setWrapText(true);
                Label why = new Label(proposal.why());
                why.getStyleClass().add("proposal-why");
                why.setWrapText(true);
                Button same = new Button("One person");
                same.getStyleClass().add("proposal-same");
                same.setOnAction(event -> model.confirm(proposal));
                Button apart = new Button("Not the same");
                apart.setOnAction(event -> model.reject(proposal));
                HBox answers = new HBox(6, same, apart);
                setGraphic(new VBox(4, why, accounts, answers));
            }
        });
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static double parse(String score) {
        return score.equals("–") ? -1 : Double.parseDouble(score);
    }

    private VBox exchangedList(Consumer<Long> openItem) {
        Label heading = new Label("Click a person or a line to list what they exchanged.");
        heading.setId("graph-exchanged-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("reader-heading");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        model.selectedPersonProperty().addListener((property, old, person) -> {
            if (person != null) {
                heading.setText(person.platform().equals("email") ? "What " + person.name() + " sent or received"
                        : person.platform().contains("email") ? "What " + person.name() + " sent, received or wrote (" + person.platform() + ")"
                        : "What " + person.name() + " wrote on " + person.platform());
            }
        });
        model.selectedLinkProperty().addListener((property, old, link) -> {
            if (link != null) {
                heading.setText("Between " + name(link.from()) + " and " + name(link.to()));
            }
        });
        ListView<Item> list = new ListView<>(model.exchanged());
        list.setId("graph-exchanged");
        list.setPlaceholder(new Label(""));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String when = item.occurredAt() == null ? "undated" : MINUTE.format(item.occurredAt().instant().atZone(zone));
                String first = item.text().strip().lines().findFirst().orElse("");
                setText(when + "  " + item.heading() + "\n" + (first.length() > 120 ? first.substring(0, 119) + "…" : first));
            }
        });
        list.setOnMouseClicked(event -> {
            Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openItem.accept(item.id());
            }
        });
        list.setOnKeyPressed(event -> {
            Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && event.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openItem.accept(item.id());
            }
        });
        model.exchanged().addListener((ListChangeListener<Item>) change -> list.scrollTo(0));
        VBox box = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private String name(String key) {
        Person person = model.person(key);
        return person == null ? key : person.name();
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the graph");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("GraphML (Gephi, yEd)", "*.graphml"),
                new FileChooser.ExtensionFilter("GEXF (Gephi)", "*.gexf"), new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase(Locale.ROOT);
        GraphFormat format = name.endsWith(".gexf") ? GraphFormat.GEXF : name.endsWith(".json") ? GraphFormat.JSON : GraphFormat.GRAPHML;
        model.export(format, file.toPath());
    }
}
