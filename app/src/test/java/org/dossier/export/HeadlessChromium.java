package org.dossier.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's Chromium (Debian's {@code chromium} package), run headless on a file: the page as
 * Chromium built it, and every message the page wrote to its console. Started with no network
 * chatter of its own and a fresh profile, as the machine's notes advise.
 */
final class HeadlessChromium {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** What Chromium made of a page. */
    record Rendered(String dom, List<String> console) {
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    static Rendered render(Path page, Path scratch) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Path log = scratch.resolve("chromium.log");
        Process chromium = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom",
                page.toUri().toString())
                .redirectError(log.toFile())
                .start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IOException("Chromium did not finish rendering " + page);
        }
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Rendered(dom, console);
    }
}
