package org.dossier.ingest.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.ingest.MediaTypeDetector;

/** Tika's detector: magic bytes first, container inspection for ZIP-based formats, name as a hint. */
public final class TikaMediaTypeDetector implements MediaTypeDetector {
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Override
    public String detect(Path file, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
