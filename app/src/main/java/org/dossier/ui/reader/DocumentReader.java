package org.dossier.ui.reader;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dossier.model.Annotation;
import org.dossier.model.Item;
import org.dossier.model.Span;
import org.dossier.model.StoredMention;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * An item's text as its evidence has it, with where it came from above it: mentions highlighted by
 * type, the reporter's annotations underlined, pages of a PDF separated. The text is selectable but
 * never editable; a selection can be tagged or noted (Ctrl+T). Only the paragraphs on screen are
 * laid out, so a long document opens as fast as a short one.
 */
public final class DocumentReader extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final ReaderViewModel model;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final Label heading = new Label();
    private final Label provenance = new Label();
    private final Tooltip hover = new Tooltip();
    private final Legend legend;
    private final javafx.scene.control.TitledPane metadata = new javafx.scene.control.TitledPane();
    private final javafx.scene.control.TextArea metadataText = new javafx.scene.control.TextArea();
    private final OcrPicturePane picture = new OcrPicturePane();

    /**
     * @param onEntity told the entity a click on a name asks to see every mention of
     * @param onAttach told the item and the span of the words selected to attach to a claim
     */
    public DocumentReader(ReaderViewModel model, LongConsumer onEntity, java.util.function.BiConsumer<Long, Span> onAttach) {
        this.model = model;
        this.legend = new Legend(model);
        setId("document-reader");
        heading.getStyleClass().add("reader-heading");
        heading.setWrapText(true);
        provenance.setId("provenance");
        provenance.getStyleClass().add("provenance");
        provenance.setWrapText(true);
        Button tag = new Button("Tag or note selection…");
        tag.setId("annotate");
        tag.setTooltip(new Tooltip("Ctrl+T"));
        tag.disableProperty().bind(text.selectionProperty().map(range -> range.getLength() == 0));
        tag.setOnAction(event -> annotateSelection());
        Button attach = new Button("Attach to claim…");
        attach.setId("attach-selection");
        attach.setTooltip(new Tooltip("Ctrl+E: the selected words become evidence for a claim of the story"));
        attach.disableProperty().bind(text.selectionProperty().map(range -> range.getLength() == 0));
        Runnable attachSelection = () -> {
            var range = text.getSelection();
            if (range.getLength() > 0 && model.itemProperty().get() != null) {
                onAttach.accept(model.itemProperty().get().id(), new Span(range.getStart(), range.getEnd()));
            }
        };
        attach.setOnAction(event -> attachSelection.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons keep their words; the legend wraps into the room left.
        tag.setMinWidth(Region.USE_PREF_SIZE);
        attach.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(8, legend, gap, tag, attach);
        metadataText.setId("metadata");
        metadataText.setEditable(false);
        metadataText.setWrapText(true);
        metadataText.setPrefRowCount(8);
        metadata.setContent(metadataText);
        metadata.setExpanded(false);
        metadata.setAnimated(false);
        VBox top = new VBox(4, heading, provenance, new CopiesBar(model), metadata, tools);
        top.setPadding(new Insets(8, 10, 6, 10));
        top.getStyleClass().add("reader-header");
        setTop(top);

        text.setId("reader-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPadding(new Insets(8, 12, 8, 12));
        VirtualizedScrollPane<StyleClassedTextArea> scrolledText = new VirtualizedScrollPane<>(text);
        javafx.scene.control.SplitPane withPicture = new javafx.scene.control.SplitPane();
        setCenter(scrolledText);
        showEmpty();
        // An OCR text is shown beside its picture, its selected words boxed on it
        model.ocrProperty().addListener((property, old, source) -> {
            if (source == null) {
                withPicture.getItems().clear();
                setCenter(scrolledText);
            } else {
                picture.show(source);
                if (withPicture.getItems().isEmpty()) {
                    setCenter(null);
                    withPicture.getItems().setAll(picture, scrolledText);
                    withPicture.setDividerPositions(0.5);
                    setCenter(withPicture);
                }
            }
        });
        model.pictureProperty().addListener((property, old, shown) -> {
            if (shown != null) {
                picture.show(shown);
                boxSelectedWords();
            }
        });
        model.pictureProblemProperty().addListener((property, old, problem) -> {
            if (problem != null) {
                picture.showProblem(problem);
            }
        });
        text.selectionProperty().addListener((property, old, range) -> boxSelectedWords());

        text.setMouseOverTextDelay(Duration.ofMillis(350));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            String said = describeAt(event.getCharacterIndex());
            if (said != null) {
                hover.setText(said);
                hover.show(text, event.getScreenPosition().getX() + 8, event.getScreenPosition().getY() + 16);
            }
        });
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
        text.setOnMouseClicked(event -> {
            if (event.getClickCount() == 1 && text.getSelection().getLength() == 0) {
                StoredMention mention = Highlights.mentionAt(text.hit(event.getX(), event.getY()).getInsertionIndex(),
                        model.mentions(), model.shownTypes());
                if (mention != null && mention.entityId() != null) {
                    onEntity.accept(mention.entityId());
                }
            }
        });
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN).match(event) && text.getSelection().getLength() > 0) {
                annotateSelection();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN).match(event)) {
                attachSelection.run();
                event.consume();
            }
        });

        model.itemProperty().addListener((property, old, item) -> show(item));
        InvalidationListener restyle = observable -> restyle();
        for (javafx.beans.Observable dependency : model.highlightDependencies()) {
            dependency.addListener(restyle);
        }
        model.focusProperty().addListener((property, old, at) -> {
            if (at.intValue() >= 0 && at.intValue() <= text.getLength()) {
                int end = Math.min(text.getLength(), at.intValue() + model.focusLength());
                text.selectRange(end, at.intValue());
                text.showParagraphAtTop(Math.max(0, text.getCurrentParagraph() - 2));
                text.requestFollowCaret();
            }
        });
    }

    private void boxSelectedWords() {
        var source = model.ocrProperty().get();
        if (source != null) {
            var range = text.getSelection();
            picture.highlight(range.getLength() == 0 ? List.of() : source.wordsBetween(range.getStart(), range.getEnd()));
        }
    }

    /** Shows or hides the legend: below a chat, whose own legend is above, it would say the same twice. */
    public void showLegend(boolean shown) {
        legend.setVisible(shown);
        legend.setManaged(shown);
    }

    /** The text area itself, for tests and keyboard focus. */
    public StyleClassedTextArea textArea() {
        return text;
    }

    private void showMetadata() {
        var details = model.detailsProperty().get();
        var values = details == null ? java.util.Map.<String, List<String>>of() : details.metadata();
        metadata.setText("Metadata (" + values.size() + (values.size() == 1 ? " field" : " fields") + ", as the file gives them)");
        metadataText.setText(values.entrySet().stream().map(entry -> entry.getKey() + ": " + String.join(" | ", entry.getValue()))
                .collect(Collectors.joining("\n")));
        metadata.setVisible(!values.isEmpty());
        metadata.setManaged(!values.isEmpty());
    }

    private void showEmpty() {
        heading.setText("Nothing open");
        metadata.setVisible(false);
        metadata.setManaged(false);
        provenance.setText("Open a file, a conversation's message or a search hit: its text appears here, with names, "
                + "places and dates highlighted. Select text to tag it or add a note.");
        text.replaceText("");
    }

    private void show(Item item) {
        if (item == null) {
            showEmpty();
            return;
        }
        heading.setText(item.heading());
        var from = item.provenance();
        provenance.setText((item.occurredAt() == null ? "" : WHEN.format(item.occurredAt().local())
                + (item.occurredAt().zoneAssumed() ? " (zone assumed)" : "") + "\n")
                + from.path() + (from.locator().isEmpty() ? "" : "  ›  " + from.locator()) + "\nSHA-256 " + from.sha256()
                + (item.mediaType() == null ? "" : "  ·  " + item.mediaType())
                + (model.detailsProperty().get() == null || model.detailsProperty().get().parentHeading() == null ? ""
                : "\nattached to: " + model.detailsProperty().get().parentHeading()));
        showMetadata();
        text.replaceText(displayed(item.text()));
        int paragraph = 0;
        for (int i = 0; i < item.text().length(); i++) {
            char c = item.text().charAt(i);
            if (c == '\n' || c == '\f' || c == '\r' && (i + 1 == item.text().length() || item.text().charAt(i + 1) != '\n')) {
                paragraph++;
                if (c == '\f') {
                    text.setParagraphStyle(paragraph, List.of("page-start"));
                }
            }
        }
        restyle();
        text.moveTo(0);
        text.showParagraphAtTop(0);
    }

    /**
     * The text as the reader shows it, character for character, so that every offset of a mention or
     * an annotation stays right: the styled text keeps no carriage returns (a CR before a line break
     * becomes a zero-width space, a lone one a line break), and a form feed between a PDF's pages
     * becomes a line break whose next paragraph is marked as a new page.
     */
    public static String displayed(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                shown.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? '\u200B' : '\n');
            } else {
                shown.append(c == '\f' ? '\n' : c);
            }
        }
        return shown.toString();
    }

    private void restyle() {
        int length = text.getLength();
        if (length == 0) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (Highlights.Run run : Highlights.runs(length, model.mentions(), model.annotations(), model.shownTypes())) {
            spans.add(run.classes(), run.end() - run.start());
        }
        text.setStyleSpans(0, spans.create());
    }

    private String describeAt(int offset) {
        StoredMention mention = Highlights.mentionAt(offset, model.mentions(), model.shownTypes());
        String notes = model.annotations().stream().filter(a -> a.start() <= offset && offset < a.end())
                .map(DocumentReader::describe).collect(Collectors.joining("\n"));
        String said = (mention == null ? "" : Highlights.describe(mention)) + (notes.isEmpty() ? "" : (mention == null ? "" : "\n") + notes);
        return said.isEmpty() ? null : said;
    }

    private static String describe(Annotation annotation) {
        return (annotation.tags().isEmpty() ? "" : "#" + String.join(" #", annotation.tags()) + " ")
                + (annotation.note() == null ? "" : annotation.note()) + " — " + annotation.createdBy();
    }

    private void annotateSelection() {
        var range = text.getSelection();
        Window owner = getScene().getWindow();
        String selected = text.getSelectedText();
        model.tagNames(tags -> AnnotateDialog.ask(owner, selected, tags)
                .ifPresent(answer -> model.annotate(range.getStart(), range.getEnd(), answer.tags(), answer.note(), () -> { })));
    }
}
