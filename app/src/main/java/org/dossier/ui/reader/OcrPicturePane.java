package org.dossier.ui.reader;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.dossier.model.OcrSource;
import org.dossier.model.OcrWord;
import org.dossier.reading.Picture;

/**
 * The picture an OCR text was read from, beside the text, so a reader can check the reading by
 * eye: scaled to the pane's width, the words of the selected text (a search hit is selected when
 * opened) boxed on it where Tesseract found them.
 */
final class OcrPicturePane extends BorderPane {
    private final ImageView view = new ImageView();
    private final Pane boxes = new Pane();
    private final Pane canvas = new Pane(view, boxes);
    private final Scale scale = new Scale(1, 1);
    private final Label caption = new Label();
    private final ScrollPane scroller = new ScrollPane(new Group(canvas));

    OcrPicturePane() {
        setId("ocr-picture");
        getStyleClass().add("ocr-picture");
        canvas.getTransforms().add(scale);
        scroller.setPannable(true);
        scroller.viewportBoundsProperty().addListener((property, old, bounds) -> fit());
        caption.setWrapText(true);
        caption.getStyleClass().add("provenance");
        caption.setPadding(new Insets(4, 8, 4, 8));
        setTop(caption);
        setCenter(scroller);
    }

    /** Says where the text came from, and waits for the picture. */
    void show(OcrSource source) {
        view.setImage(null);
        boxes.getChildren().clear();
        caption.setText("Read by OCR (" + source.engine() + ", " + source.languages() + "): check the words against the picture. "
                + "Selected words are boxed on it.");
    }

    void show(Picture picture) {
        WritableImage image = new WritableImage(picture.width(), picture.height());
        image.getPixelWriter().setPixels(0, 0, picture.width(), picture.height(), PixelFormat.getIntArgbInstance(),
                picture.argb(), 0, picture.width());
        view.setImage(image);
        // drawn at the original's size, so that the boxes, in the original's pixels, fall on their words
        view.setFitWidth(picture.width() * (double) picture.subsampling());
        view.setFitHeight(picture.height() * (double) picture.subsampling());
        fit();
    }

    void showProblem(String problem) {
        view.setImage(null);
        caption.setText(caption.getText() + "\n" + problem);
    }

    /** Boxes these words on the picture, and brings the first into view. */
    void highlight(List<OcrWord> words) {
        boxes.getChildren().setAll(words.stream().map(word -> {
            Rectangle box = new Rectangle(word.x() - 2, word.y() - 2, word.width() + 4, word.height() + 4);
            box.getStyleClass().add("ocr-word-box");
            return box;
        }).toList());
        if (!words.isEmpty() && view.getImage() != null) {
            double height = view.getFitHeight();
            scroller.setVvalue(Math.max(0, Math.min(1, (words.get(0).y() - height * 0.1) / height)));
        }
    }

    private void fit() {
        if (view.getImage() == null || scroller.getViewportBounds().getWidth() <= 0) {
            return;
        }
        double factor = Math.min(1, scroller.getViewportBounds().getWidth() / view.getFitWidth());
        scale.setX(factor);
        scale.setY(factor);
    }
}
