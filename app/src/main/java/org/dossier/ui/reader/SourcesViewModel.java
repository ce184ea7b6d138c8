package org.dossier.ui.reader;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dossier.model.ConversationSummary;
import org.dossier.model.Item;
import org.dossier.model.SourceEntry;
import org.dossier.reading.ReadingService;
import org.dossier.store.CaseFile;
import org.dossier.ui.common.BackgroundWork;

/** What a case holds as it was received: the files (with an archive's entries) and the conversations, read again after each import. */
public final class SourcesViewModel {
    private final ReadingService reading;
    private final CaseFile caseFile;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<Contents> contents = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** The files as received and the conversations. */
    public record Contents(List<SourceEntry> files, List<ConversationSummary> conversations) {
    }

    public SourcesViewModel(ReadingService reading, CaseFile caseFile, BackgroundWork work) {
        this.reading = reading;
        this.caseFile = caseFile;
        this.work = work;
        reload();
    }

    /** What was read last; null until the first reading. */
    public ReadOnlyObjectProperty<Contents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** True once the files and conversations are listed. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Reads the case's files and conversations again. */
    public void reload() {
        work.read(() -> new Contents(reading.sources(caseFile), reading.conversations(caseFile)), read -> {
            contents.set(read);
            loaded.set(true);
        });
    }

    /** The documents read from one file (an e-mail and its attachments), handed on when read. */
    public void documentsOf(long sourceId, Consumer<List<Item>> then) {
        work.read(() -> reading.documentsOf(caseFile, sourceId), then);
    }
}
