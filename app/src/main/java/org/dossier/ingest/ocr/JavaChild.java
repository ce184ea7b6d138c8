package org.dossier.ingest.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that runs one of OCR's helpers in a Java process of its own, with a capped heap, headless. */
final class JavaChild {
    private JavaChild() {
    }

    static List<String> command(int heapMegabytes, Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMegabytes + "m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** The first line of a helper's error output that names an exception, to say why it failed. */
    static String why(LimitedProcess.Ended ended) {
        String why = ended.err().lines().filter(line -> line.contains("Exception") || line.contains("Error")).findFirst().orElse("").strip();
        return why.isEmpty() ? "" : ": " + why;
    }
}
