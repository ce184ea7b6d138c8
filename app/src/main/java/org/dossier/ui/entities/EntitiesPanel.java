package org.dossier.ui.entities;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dossier.model.EntitySummary;

/**
 * The case's people, organisations and places with their mention counts. Select to act on them:
 * merge two or more into one, rename, hide noise, watch. Double-click (or Enter) lists every item
 * that mentions one. Its context menu also marks one to be redacted from every export.
 */
public final class EntitiesPanel extends BorderPane {
    public EntitiesPanel(EntitiesViewModel model, LongConsumer showMentioning, Runnable afterReextraction,
                  Consumer<EntitySummary> redact) {
        setId("entities");
        TextField filter = new TextField();
        filter.setId("entity-filter");
        filter.setPromptText("Filter by name or alias");
        FilteredList<EntitySummary> shown = new FilteredList<>(model.entities());
        filter.textProperty().addListener((property, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(wanted.isEmpty() ? null : e -> e.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted)));
        });

        TableView<EntitySummary> table = new TableView<>(shown);
        table.setId("entity-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No people, organisations or places found yet."));
        TableColumn<EntitySummary, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(kind(row.getValue())));
        type.setPrefWidth(56);
        type.setMaxWidth(64);
        TableColumn<EntitySummary, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()
                + (row.getValue().watched() ? "  ★" : "") + (row.getValue().hidden() ? "  (hidden)" : "")));
        TableColumn<EntitySummary, Long> mentions = new TableColumn<>("Mentions");
        mentions.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().mentions()));
        mentions.setPrefWidth(72);
        mentions.setMaxWidth(84);
        mentions.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(type, name, mentions));
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<EntitySummary>() {
                @Override
                protected void updateItem(EntitySummary entity, boolean empty) {
                    super.updateItem(entity, empty);
                    setTooltip(empty || entity == null || entity.aliases().isEmpty() ? null
                            : new Tooltip("Also: " + String.join(", ", entity.aliases())));
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    showMentioning.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            EntitySummary current = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && current != null) {
                showMentioning.accept(current.id());
            }
        });

        Button merge = new Button("Merge…");
        merge.setId("merge-entities");
        merge.setTooltip(new Tooltip("Make one entity of the selected ones (Ctrl+click to select several)"));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
        merge.setOnAction(event -> {
            List<EntitySummary> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            ChoiceDialog<EntitySummary> keep = new ChoiceDialog<>(chosen.get(0), chosen);
            keep.initOwner(getScene().getWindow());
            keep.setTitle("Merge entities");
            keep.setHeaderText("Merge " + chosen.size() + " entities into one. Which name stays? The others become its aliases.");
            keep.showAndWait().ifPresent(kept -> model.merge(chosen, kept));
        });
        Button rename = new Button("Rename…");
        rename.setId("rename-entity");
        rename.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        rename.setOnAction(event -> {
            EntitySummary entity = table.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog(entity.name());
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Rename");
            ask.setHeaderText("A new name for " + entity.name() + " (the old one stays an alias)");
            ask.showAndWait().filter(text -> !text.isBlank()).ifPresent(text -> model.rename(entity, text));
        });
        Button reextract = new Button("Re-extract");
        reextract.setId("reextract");
        reextract.setTooltip(new Tooltip("Find every name again with the watch list and aliases as they are now"));
        reextract.disableProperty().bind(model.extractingProperty());
        reextract.setOnAction(event -> model.reextract(afterReextraction));
        CheckBox hidden = new CheckBox("Show hidden");
        hidden.selectedProperty().bindBidirectional(model.showHiddenProperty());

        MenuItem hide = new MenuItem("Hide (noise)");
        hide.setOnAction(event -> model.setHidden(List.copyOf(table.getSelectionModel().getSelectedItems()), true));
        MenuItem unhide = new MenuItem("Show again");
        unhide.setOnAction(event -> model.setHidden(List.copyOf(table.getSelectionModel().getSelectedItems()), false));
        MenuItem watch = new MenuItem("Add to watch list");
        watch.setOnAction(event -> model.setWatched(List.copyOf(table.getSelectionModel().getSelectedItems()), true));
        MenuItem unwatch = new MenuItem("Remove from watch list");
        unwatch.setOnAction(event -> model.setWatched(List.copyOf(table.getSelectionModel().getSelectedItems()), false));
        MenuItem mentioning = new MenuItem("Show every item that mentions it");
        mentioning.setOnAction(event -> showMentioning.accept(table.getSelectionModel().getSelectedItem().id()));
        MenuItem redactIt = new MenuItem("Redact in every export");
        redactIt.setId("redact-entity");
        redactIt.setOnAction(event -> table.getSelectionModel().getSelectedItems().forEach(redact));
        table.setContextMenu(new ContextMenu(mentioning, watch, unwatch, hide, unhide, new SeparatorMenuItem(), redactIt));

        Label status = new Label();
        status.setId("entities-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        FlowPane actions = new FlowPane(6, 6, merge, rename, reextract, hidden);
        VBox top = new VBox(6, filter, actions);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        status.setPadding(new Insets(4, 6, 4, 6));
        setBottom(status);
    }

    private static String kind(EntitySummary entity) {
        return switch (entity.type()) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case LOCATION -> "place";
            default -> entity.type().name().toLowerCase(Locale.ROOT);
        };
    }
}
