package org.dossier.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real sentences in Traditional and in Simplified Chinese (fixtures/chinese-scripts/MANIFEST.txt). */
public final class ChineseScriptFixtures {
    /** A Taiwanese Wikipedia sentence: 臺灣, 國際, 摩天大樓. */
    public static final String TRADITIONAL = "gsd-test-s192-hant.txt";
    /** A Simplified sentence: 网路, 储存设备. */
    public static final String SIMPLIFIED = "gsdsimp-test-s494-hans.txt";

    private ChineseScriptFixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(ChineseScriptFixtures.class.getResource("/fixtures/chinese-scripts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
