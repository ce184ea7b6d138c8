package org.dossier.ui.reader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.SourceEntry;

/**
 * The dump as it was received: folders, files and what archives held, each file's documents (an
 * e-mail and its attachments) below it; and the conversations with their message counts. Selecting
 * a document or a conversation opens it in the reader.
 */
public final class SourcesPanel extends TreeView<Object> {
    private final SourcesViewModel model;
    private final ReaderViewModel reader;

    /** A heading of the tree: one of the two lists, or a folder (with its path as received). */
    private record Group(String label, String path) {
        Group(String label) {
            this(label, null);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** @param showOnTimeline shows on the timeline only what comes from a file or folder (its path as received) */
    public SourcesPanel(SourcesViewModel model, ReaderViewModel reader, Consumer<String> showOnTimeline) {
        this.model = model;
        this.reader = reader;
        setId("sources");
        MenuItem onTimeline = new MenuItem("Show on the timeline");
        onTimeline.setId("source-on-timeline");
        onTimeline.setOnAction(event -> pathOf(getSelectionModel().getSelectedItem()).ifPresent(showOnTimeline));
        ContextMenu menu = new ContextMenu(onTimeline);
        menu.setOnShowing(event -> onTimeline.setDisable(pathOf(getSelectionModel().getSelectedItem()).isEmpty()));
        setContextMenu(menu);
        setShowRoot(false);
        setRoot(new TreeItem<>(new Group("case")));
        setCellFactory(tree -> new SourceCell());
        getSelectionModel().selectedItemProperty().addListener((property, old, node) -> {
            if (node != null) {
                open(node);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open(getSelectionModel().getSelectedItem());
            }
        });
        model.contentsProperty().addListener((property, old, contents) -> show(contents));
        if (model.contentsProperty().get() != null) {
            show(model.contentsProperty().get());
        }
    }

    /** The conversations listed, largest first. */
    public List<ConversationSummary> conversationsBySize() {
        return getRoot().getChildren().stream().flatMap(group -> group.getChildren().stream()).map(TreeItem::getValue)
                .filter(ConversationSummary.class::isInstance).map(ConversationSummary.class::cast)
                .sorted(java.util.Comparator.comparingLong(ConversationSummary::messages).reversed()).toList();
    }

    private void show(SourcesViewModel.Contents contents) {
        TreeItem<Object> chats = new TreeItem<>(new Group("Conversations (" + contents.conversations().size() + ")"));
        contents.conversations().forEach(chat -> chats.getChildren().add(new TreeItem<>(chat)));
        chats.setExpanded(true);
        TreeItem<Object> files = new TreeItem<>(new Group("Files as received (" + contents.files().size() + ")",
                commonFolder(contents.files())));
        files.getChildren().setAll(fileTree(contents.files()).getChildren());
        files.setExpanded(true);
        getRoot().getChildren().setAll(chats, files);
    }

    /** Files under folders named from where the dump was found, and an archive's entries under the archive. */
    private TreeItem<Object> fileTree(List<SourceEntry> entries) {
        TreeItem<Object> top = new TreeItem<>();
        Map<Long, TreeItem<Object>> byLocation = new HashMap<>();
        Map<String, TreeItem<Object>> folders = new HashMap<>();
        String common = commonFolder(entries);
        for (SourceEntry entry : entries) {
            TreeItem<Object> node = new FileNode(entry);
            byLocation.put(entry.locationId(), node);
            TreeItem<Object> parent = entry.parentLocationId() == null ? folder(top, folders, common, entry.path())
                    : byLocation.getOrDefault(entry.parentLocationId(), top);
            parent.getChildren().add(node);
        }
        return top;
    }

    /** The folder node a file goes under, each folder of its path nested in the one above it. */
    private static TreeItem<Object> folder(TreeItem<Object> top, Map<String, TreeItem<Object>> folders, String common, String path) {
        String parent = Path.of(path).getParent() == null ? "" : Path.of(path).getParent().toString();
        String relative = parent.length() <= common.length() ? "" : parent.substring(common.length()).replaceFirst("^/", "");
        TreeItem<Object> node = top;
        String prefix = "";
        for (String name : relative.isEmpty() ? new String[0] : relative.split("/")) {
            prefix = prefix + "/" + name;
            TreeItem<Object> above = node;
            node = folders.computeIfAbsent(prefix, key -> {
                TreeItem<Object> folder = new TreeItem<>(new Group(name + "/", common.isEmpty() ? key.substring(1) : common + key));
                folder.setExpanded(true);
                above.getChildren().add(folder);
                return folder;
            });
        }
        return node;
    }

    private static String commonFolder(List<SourceEntry> entries) {
        String common = null;
        for (SourceEntry entry : entries) {
            if (entry.parentLocationId() != null) {
                continue;
            }
            Path parent = Path.of(entry.path()).getParent();
            String folder = parent == null ? "" : parent.toString();
            while (common != null && !(folder + "/").startsWith(common + "/") && !common.isEmpty()) {
                common = Path.of(common).getParent() == null ? "" : Path.of(common).getParent().toString();
            }
            common = common == null ? folder : common;
        }
        return common == null ? "" : common;
    }

    /** The path as received of a file or folder node. */
    private static Optional<String> pathOf(TreeItem<Object> node) {
        Object value = node == null ? null : node.getValue();
        if (value instanceof SourceEntry entry) {
            return Optional.of(entry.path());
        }
        return value instanceof Group group ? Optional.ofNullable(group.path()).filter(path -> !path.isEmpty()) : Optional.empty();
    }

    private void open(TreeItem<Object> node) {
        Object value = node.getValue();
        if (value instanceof ConversationSummary chat) {
            reader.openConversation(chat, null);
        } else if (value instanceof Item item) {
            reader.openItem(item.id(), 0);
        } else if (node instanceof FileNode file) {
            file.loadDocuments(documents -> {
                if (!documents.isEmpty()) {
                    reader.openItem(documents.get(0).id(), 0);
                }
            });
        }
    }

    /** A file: its documents are read when it is first opened or expanded (an e-mail's attachments). */
    private final class FileNode extends TreeItem<Object> {
        private List<Item> documents;

        FileNode(SourceEntry entry) {
            super(entry);
            expandedProperty().addListener((property, was, expanded) -> {
                if (expanded) {
                    loadDocuments(found -> { });
                }
            });
        }

        @Override
        public boolean isLeaf() {
            return getChildren().isEmpty() && (documents != null || ((SourceEntry) getValue()).documents() <= 1);
        }

        void loadDocuments(java.util.function.Consumer<List<Item>> then) {
            if (documents != null) {
                then.accept(documents);
                return;
            }
            SourceEntry entry = (SourceEntry) getValue();
            model.documentsOf(entry.sourceId(), read -> {
                documents = read;
                documents.stream().skip(1).forEach(document -> getChildren().add(new TreeItem<>(document)));
                then.accept(documents);
            });
        }
    }

    private static final class SourceCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("source-failed", "source-group");
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (value instanceof SourceEntry entry) {
                String name = entry.path().substring(Math.max(entry.path().lastIndexOf('/'), entry.path().lastIndexOf('!')) + 1);
                setText(name + ("failed".equals(entry.status()) ? "  (could not be read)" : ""));
                if ("failed".equals(entry.status())) {
                    getStyleClass().add("source-failed");
                }
                setTooltip(new javafx.scene.control.Tooltip(entry.path() + (entry.mediaType() == null ? "" : "\n" + entry.mediaType())));
            } else if (value instanceof ConversationSummary chat) {
                setText(chat.name() + "  ·  " + chat.platform() + "  ·  " + String.format("%,d", chat.messages()));
                setTooltip(null);
            } else if (value instanceof Item item) {
                setText("↳ " + item.heading());
                setTooltip(null);
            } else {
                setText(value.toString());
                getStyleClass().add("source-group");
                setTooltip(null);
            }
            setGraphic(null);
        }
    }
}
