package org.dossier.ingest.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.OcrPage;

/**
 * The {@code tesseract} command, run once per picture (decision 0026): its own process, so a
 * picture that hangs or exhausts memory costs itself only and is killed at the time limit
 * ({@link LimitedProcess}). Pages are
 * segmented automatically, with orientation and script detection when its data is installed, so
 * rotated and skewed scans are read upright. Each picture's background is first made white
 * ({@link FlatBackground}); Tesseract's own local thresholds were tried instead and each lost
 * something: Sauvola's turned a speckled scan's Chinese into noise, Otsu's taken tile by tile broke
 * the lines of a thin screenshot.
 */
public final class Tesseract {
    private static final Pattern VERSION = Pattern.compile("tesseract v?(\\S+)");
    private static final Duration ASKING = Duration.ofSeconds(20);

    private final String command;
    private final String version;
    private final Set<String> languages;

    private Tesseract(String command, String version, Set<String> languages) {
        this.command = command;
        this.version = version;
        this.languages = languages;
    }

    /** The Tesseract of {@code -Ddossier.tesseract}, else {@code tesseract} on the PATH; empty when missing. */
    public static Optional<Tesseract> find() {
        return find(System.getProperty("dossier.tesseract", "tesseract"));
    }

    /** The installed Tesseract and its languages, or empty when the command is missing or does not answer. */
    public static Optional<Tesseract> find(String command) {
        try {
            Matcher version = VERSION.matcher(run(List.of(command, "--version"), ASKING));
            if (!version.find()) {
                return Optional.empty();
            }
            Set<String> languages = new LinkedHashSet<>();
            for (String line : run(List.of(command, "--list-langs"), ASKING).split("\n")) {
                if (line.strip().matches("[A-Za-z0-9_]+")) { // Windows' builds end lines with CR LF
                    languages.add(line.strip());
                }
            }
            return Optional.of(new Tesseract(command, version.group(1), Set.copyOf(languages)));
        } catch (IOException | OcrException missing) {
            return Optional.empty();
        }
    }

    /** The engine as the provenance records it, e.g. "tesseract 5.3.0". */
    public String engine() {
        return "tesseract " + version;
    }

    /** The languages installed (eng, chi_sim, chi_tra…; osd is orientation and script detection). */
    public Set<String> languages() {
        return languages;
    }

    /**
     * Reads the text of a picture: one page, or each page of a TIFF that holds several.
     *
     * @param languages as Tesseract takes them, e.g. "eng+chi_sim+chi_tra"
     * @throws OcrException when Tesseract fails, or takes longer than the limit
     */
    public List<OcrPage> read(Path picture, String languages, Duration limit) throws IOException, OcrException {
        Path flat = Files.createTempFile("dossier-ocr-", ".png");
        try {
            List<String> arguments = List.of(command, FlatBackground.of(picture, flat).toString(), "stdout", "-l", languages,
                    "--psm", this.languages.contains("osd") ? "1" : "3", "tsv");
            return TesseractTsv.parse(run(arguments, limit));
        } finally {
            Files.deleteIfExists(flat);
        }
    }

    private static String run(List<String> command, Duration limit) throws IOException, OcrException {
        LimitedProcess.Ended ended = LimitedProcess.run(command, limit, "reading it");
        if (ended.exit() != 0) {
            String said = ended.err().strip();
            throw new OcrException("tesseract failed (exit " + ended.exit() + ")"
                    + (said.isEmpty() ? "" : ": " + said.lines().reduce((first, last) -> last).orElse("")));
        }
        return ended.out();
    }
}
