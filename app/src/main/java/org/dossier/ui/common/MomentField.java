package org.dossier.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A moment as a reporter gives it: a day and a time of day (HH:mm) in the case's time zone. */
public final class MomentField extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DatePicker day = new DatePicker();
    private final TextField time = new TextField();
    private final ObjectBinding<Instant> value;

    public MomentField(String id, Instant initial, ZoneId zone) {
        super(6);
        day.setId(id + "-day");
        time.setId(id + "-time");
        time.setPrefColumnCount(5);
        time.setPromptText("HH:mm");
        day.setValue(LocalDate.ofInstant(initial, zone));
        time.setText(TIME.format(initial.atZone(zone)));
        value = Bindings.createObjectBinding(() -> {
            try {
                return day.getValue() == null ? null : day.getValue().atTime(LocalTime.parse(time.getText().strip(), TIME))
                        .atZone(zone).toInstant();
            } catch (DateTimeParseException notATime) {
                return null;
            }
        }, day.valueProperty(), time.textProperty());
        getChildren().setAll(day, time);
    }

    /** The moment given, or null while the day or the time is missing or unreadable. */
    public ObjectBinding<Instant> valueProperty() {
        return value;
    }
}
