package org.dossier.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A provenance manifest as JSON: snake_case fields, times as ISO-8601 instants. */
final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    static void write(ProvenanceManifest manifest, OutputStream out) throws IOException {
        MAPPER.writeValue(out, manifest);
    }

    static ProvenanceManifest read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), ProvenanceManifest.class);
    }
}
