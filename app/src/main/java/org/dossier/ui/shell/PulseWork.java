package org.dossier.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * What each JavaFX pulse cost: from its start until its picture was rendered, across the FX thread
 * and the renderer. JavaFX records the phases of every pulse in Java Flight Recorder when a recording
 * exists as the toolkit starts, so this must be made before it. The interval between two pulses also
 * holds the pulse timer's own jitter (a window doing nothing measures p95 16.6–17.1 ms on this machine
 * under Xvfb); a pulse's work is what making the frame cost.
 */
final class PulseWork {
    private static final String PHASE = "javafx.PulsePhase";
    private final Recording recording = new Recording();
    private final Map<Integer, Instant[]> pulses = new HashMap<>();

    PulseWork() {
        recording.enable(PHASE).withThreshold(Duration.ZERO);
        recording.setToDisk(true);
        recording.start();
    }

    /** Stops recording and reads each pulse's first start and last end. */
    void stop() {
        recording.stop();
        try {
            Path file = Files.createTempFile("dossier-pulses", ".jfr");
            try {
                recording.dump(file);
                for (RecordedEvent phase : RecordingFile.readAllEvents(file)) {
                    if (phase.getEventType().getName().equals(PHASE)) {
                        pulses.merge(phase.getInt("pulseId"), new Instant[] {phase.getStartTime(), phase.getEndTime()},
                                (a, b) -> new Instant[] {min(a[0], b[0]), max(a[1], b[1])});
                    }
                }
            } finally {
                Files.deleteIfExists(file);
                recording.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The work of each pulse that started in this span, in milliseconds, in the order they started; read after {@link #stop()}. */
    double[] millisOfPulsesBetween(Instant from, Instant to) {
        return pulses.values().stream()
                .filter(pulse -> !pulse[0].isBefore(from) && pulse[0].isBefore(to))
                .sorted(Comparator.comparing(pulse -> pulse[0]))
                .mapToDouble(pulse -> Duration.between(pulse[0], pulse[1]).toNanos() / 1e6)
                .toArray();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
