package org.dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.model.KnownEntity;
import org.dossier.store.CaseFile;
import org.dossier.store.EntityStore;

/**
 * The fictional sample case bundled with Dossier. Its evidence ships inside the application; on
 * first use it is copied to the user's Dossier folder, where it lives as any dump would, and
 * imported like one, so the sample shows exactly what a real import does.
 */
public final class SampleCase {
    /** The sample story is set in Beijing; exports without a zone are read in its time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String RESOURCE_FOLDER = "/sample-evidence";

    private final Path folder;
    private final ImportService importer;
    private final Clock clock;
    private final List<KnownEntity> watchList;
    private final Consumer<CaseFile> afterImport;

    /**
     * @param watchList   the subjects of the sample story, on the case's watch list before its import
     * @param afterImport what the sample adds once imported (its story, by the services that write one)
     */
    public SampleCase(Path appHome, ImportService importer, Clock clock, List<KnownEntity> watchList, Consumer<CaseFile> afterImport) {
        this.folder = appHome.resolve("sample");
        this.importer = importer;
        this.clock = clock;
        this.watchList = List.copyOf(watchList);
        this.afterImport = afterImport;
    }

    public Path caseFile() {
        return folder.resolve("sample.dossier");
    }

    public Path evidenceFolder() {
        return folder.resolve("evidence");
    }

    /** Opens the sample case, unpacking and importing its evidence the first time. */
    public CaseFile open(ImportListener listener) {
        boolean fresh = !Files.exists(caseFile());
        if (!Files.isDirectory(evidenceFolder())) {
            unpackEvidence();
        }
        CaseFile caseFile = CaseFile.openOrCreate(caseFile(), ZONE, clock);
        if (fresh) {
            try (EntityStore entities = EntityStore.of(caseFile)) {
                watchList.forEach(entities::watch);
            }
            importer.importInto(caseFile, List.of(evidenceFolder()), listener);
            afterImport.accept(caseFile);
        }
        return caseFile;
    }

    private void unpackEvidence() {
        URL marker = SampleCase.class.getResource(RESOURCE_FOLDER + "/README.md");
        if (marker == null) {
            throw new IllegalStateException("this build of Dossier has no sample evidence");
        }
        try {
            Files.createDirectories(folder);
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(RESOURCE_FOLDER), evidenceFolder());
                }
            } else {
                copyTree(Path.of(uri).getParent(), evidenceFolder());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample evidence into " + evidenceFolder(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected location of the sample evidence: " + marker, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
