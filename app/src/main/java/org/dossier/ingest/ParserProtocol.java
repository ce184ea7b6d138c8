package org.dossier.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What the import and its parser process say to each other, a line each way per file: a JSON
 * request, and an answer naming the request's id. Answers come in the order files finish.
 */
final class ParserProtocol {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Starts every answer line, followed by the request's id, a space and the parsed file as JSON.
     * The JVM itself may write to the process's standard output (it announces running out of
     * memory there), so a line without it is not an answer.
     */
    static final String RESULT = "dossier-result ";

    /** Sent once the parser is loaded: a file's time limit starts with its request, not with the JVM. */
    static final String READY = "dossier-ready";

    /** Parse this file; its media type is null when not yet detected. */
    record Request(long id, String file, String name, String mediaType, String zone) {
    }

    private ParserProtocol() {
    }
}
