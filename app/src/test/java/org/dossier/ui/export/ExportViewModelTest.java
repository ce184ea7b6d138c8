package org.dossier.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.dossier.OnTheSampleCase;
import org.dossier.model.Actor;
import org.dossier.ui.common.SameThreadWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The export dialog's model, without a window: what it warns of before anything is written. */
class ExportViewModelTest extends OnTheSampleCase {
    private final SameThreadWork work = new SameThreadWork();
    private final List<String> status = new ArrayList<>();

    @AfterEach
    void nothingFailedUnseen() {
        assertEquals(List.of(), work.unexpected());
    }

    @Test
    void itWarnsThatRedactionDoesNotHideFromWhoeverHoldsTheOriginalAndThatTheMemoQuotesTheSource() {
        ExportViewModel export = new ExportViewModel(sample, work, services.exporter(),
                new SimpleObjectProperty<>(new Actor("Mei Lin", Actor.Role.REPORTER)), status::add);
        export.refresh();
        assertEquals("", export.cautions().get(), "the sample's timeline marks no words; it withholds the source's whole excerpt");

        export.redactTerm("Halcyon");
        assertTrue(export.cautions().get().startsWith("Redaction hides words from readers who do not hold the originals"),
                export.cautions().get());
        assertFalse(export.cautions().get().contains("memo"), "the timeline withholds the source's own words");

        export.whatProperty().set(ExportViewModel.What.MEMO);
        assertTrue(export.cautions().get().contains("The memo quotes Kestrel word for word"), export.cautions().get());
    }
}
