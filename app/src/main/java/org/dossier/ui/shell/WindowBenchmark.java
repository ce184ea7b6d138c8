package org.dossier.ui.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.dossier.app.HeapSampler;
import org.dossier.app.Machine;
import org.dossier.app.Services;
import org.dossier.model.ConversationSummary;
import org.dossier.ui.reader.MessageList;
import org.dossier.ui.timeline.TimelineViewModel;

/**
 * Measures the window as a reporter meets it: how long a case takes to show its first screen (its
 * counts, files and conversations), how long the largest conversation takes to show its first
 * messages, and the frames while scrolling it, a screenful at a time with a jump to a random place
 * every second; then the timeline's frames while zooming and panning and a change of filter. Prints
 * the figures as it goes, then the ones issue #27 sets goals for in one block, and closes.
 */
public final class WindowBenchmark {
    private static final int FRAMES = 600;
    private static final int JUMP_EVERY = 60;

    private WindowBenchmark() {
    }

    public static void run(Services services, String caseFile, PrintStream out) {
        CountDownLatch done = new CountDownLatch(1);
        Machine machine = new Machine();
        Goals goals = new Goals();
        PulseWork pulses = new PulseWork(); // before the toolkit starts, or JavaFX records no pulse
        try (HeapSampler heap = new HeapSampler()) {
            Platform.startup(() -> {
                Stage stage = new Stage();
                DossierWindow window = new DossierWindow(services, stage);
                stage.show();
                long started = System.nanoTime();
                window.openCase(caseFile);
                new Steps(window, started, out, goals, () -> {
                    stage.close();
                    done.countDown();
                }).start();
            });
            done.await();
            pulses.stop();
            goals.print(out, pulses, heap.peakBytes(), machine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    /** The figures issue #27 sets goals for, gathered as the steps run. */
    private static final class Goals {
        private long messages;
        private final Frames atRest = new Frames();
        private final Frames warmingUp = new Frames();
        private final Frames scrolled = new Frames();
        private final Frames moved = new Frames();
        private double filterMillis;

        void print(PrintStream out, PulseWork pulses, long peakHeap, Machine machine) {
            FrameTimes scrollWork = scrolled.work(pulses);
            FrameTimes moveWork = moved.work(pulses);
            out.println();
            out.println("frames: work is from a pulse's start until its picture is rendered; interval, from one pulse to the next");
            out.printf("the window at rest, interval:              %s%n", atRest.intervals());
            out.printf("chat reader warming up, work:              %s%n", warmingUp.work(pulses));
            out.printf("chat reader warming up, interval:          %s%n", warmingUp.intervals());
            out.printf("chat reader scrolling, work:               %s%n", scrollWork);
            out.printf("chat reader scrolling, interval:           %s%n", scrolled.intervals());
            out.printf("timeline zooming and panning, work:        %s%n", moveWork);
            out.printf("timeline zooming and panning, interval:    %s%n", moved.intervals());
            out.println();
            out.println("goals (issue #27)                                           this run    goal");
            out.printf("chat reader, %,9d messages: frame work p95             %7.1f ms   <= 16.7 ms%n", messages, scrollWork.p95());
            out.printf("chat reader, %,9d messages: longest frame interval     %7.1f ms   <= 100 ms%n", messages, scrolled.intervals().max());
            out.printf("timeline zoom and pan: frame work p95                        %7.1f ms   <= 16.7 ms%n", moveWork.p95());
            out.printf("timeline filter redrawn                                     %7.0f ms   < 100 ms%n", filterMillis);
            out.printf("peak heap                                                   %7d MB   < 512 MB%n", peakHeap >> 20);
            out.println(machine.describe());
        }
    }

    /** The pulses of one step, one counted each time the step's timer runs. */
    private static final class Frames {
        private final List<Long> intervals = new ArrayList<>();
        private long last;
        private Instant from;
        private Instant to;

        /** Counts the pulse the timer runs in; the first only starts the count. */
        void pulse(long now) {
            if (last == 0) {
                from = Instant.now();
            } else {
                intervals.add(now - last);
                to = Instant.now();
            }
            last = now;
        }

        boolean started() {
            return last != 0;
        }

        void restart() {
            intervals.clear();
            last = 0;
        }

        int count() {
            return intervals.size();
        }

        FrameTimes intervals() {
            return new FrameTimes(intervals.stream().mapToDouble(n -> n / 1e6).sorted().toArray());
        }

        /** What the pulses counted cost, from the recording of every pulse. */
        FrameTimes work(PulseWork pulses) {
            return new FrameTimes(Arrays.stream(pulses.millisOfPulsesBetween(from, to)).sorted().toArray());
        }
    }

    /**
     * The timeline: shows the whole case, then zooms and pans a step each frame (the canvas redraws
     * from what is loaded; windows are read behind it), then times a change of filter until the
     * events are read again.
     */
    private static final class TimelineSteps extends AnimationTimer {
        private static final int MOVES = 300;
        private final DossierWindow window;
        private final PrintStream out;
        private final Runnable finished;
        private final Random random = new Random(7);
        private final List<Double> draws = new ArrayList<>();
        private long shown;
        private long filterAsked;
        private final Goals goals;

        TimelineSteps(DossierWindow window, PrintStream out, Goals goals, Runnable finished) {
            this.window = window;
            this.out = out;
            this.goals = goals;
            this.finished = finished;
        }

        @Override
        public void handle(long now) {
            TimelineViewModel timeline = window.currentModel().timeline();
            if (shown == 0) {
                shown = now;
                window.currentView().showTimeline(true);
                return;
            }
            Frames moved = goals.moved;
            if (!window.currentView().timelineShown()) {
                // Frames drawn while the timeline is hidden measure the reader instead (before the Read
                // tab came forward only on an opening, a jump's late message took it back): count again.
                out.printf("the timeline was hidden by the reader after %d frames: counted again%n", moved.count());
                moved.restart();
                draws.clear();
                window.currentView().showTimeline(true);
                return;
            }
            if (!moved.started() && (timeline.loadingProperty().get() || timeline.events().isEmpty() && timeline.densityProperty().get() == null)) {
                return;
            }
            if (moved.count() < MOVES) {
                if (!moved.started()) {
                    out.printf("timeline shown: %.0f ms (the whole case, read %.0f ms)%n", (now - shown) / 1e6, timeline.lastReadMillis());
                }
                moved.pulse(now);
                draws.add(window.currentView().timeline().canvas().lastDrawMillis());
                if (moved.count() % 2 == 0) {
                    timeline.zoom(moved.count() % 60 < 30 ? 0.85 : 1 / 0.85, random.nextDouble());
                } else {
                    timeline.pan(random.nextBoolean() ? 0.05 : -0.05);
                }
                return;
            }
            if (filterAsked == 0) {
                double[] drawn = draws.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.printf("timeline zoom and pan: %s; canvas drawn in p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                        moved.intervals(), drawn[drawn.length / 2], drawn[(int) (drawn.length * 0.95)], drawn[drawn.length - 1]);
                filterAsked = now;
                timeline.setWindow(timeline.fromProperty().get(), timeline.toProperty().get());
                window.currentModel().entityNamed(mostMentioned(), id -> {
                    filterAsked = System.nanoTime();
                    timeline.filterByEntity(id);
                });
                return;
            }
            if (!timeline.loadingProperty().get() && timeline.filterProperty().get().entityId() != null) {
                goals.filterMillis = (now - filterAsked) / 1e6;
                out.printf("timeline filter by an entity: events read again in %.0f ms (read %.0f ms)%n", goals.filterMillis,
                        timeline.lastReadMillis());
                stop();
                finished.run();
            }
        }

        /** The most mentioned entity, from the list the entities panel loaded after the first screen. */
        private String mostMentioned() {
            return window.currentModel().entities().entities().stream().findFirst().map(e -> e.name()).orElse("nobody");
        }
    }

    /**
     * One step a pulse: wait for the first screen, count the pulses of the window at rest, open the
     * largest conversation, scroll it. The first seconds of scrolling after launch are counted apart:
     * the JVM is still compiling the reader's code, at ten thousand messages as at a million.
     */
    private static final class Steps extends AnimationTimer {
        private static final int AT_REST = 300;
        private static final int WARM_UP = 120;
        private final DossierWindow window;
        private final long started;
        private final PrintStream out;
        private final Runnable finished;
        private final Random random = new Random(42);
        private final Goals goals;
        private long conversationAsked;
        private int framesWithRowsComing;
        private MessageList messages;

        Steps(DossierWindow window, long started, PrintStream out, Goals goals, Runnable finished) {
            this.goals = goals;
            this.window = window;
            this.started = started;
            this.out = out;
            this.finished = finished;
        }

        @Override
        public void handle(long now) {
            CaseView view = window.currentView();
            if (view == null || !view.firstScreenShown()) {
                return;
            }
            if (goals.atRest.count() < AT_REST) { // the pulses of a window doing nothing: the floor the figures below stand on
                if (!goals.atRest.started()) {
                    out.printf("first screen: %.0f ms (case open, counts, files and conversations listed)%n", (now - started) / 1e6);
                }
                goals.atRest.pulse(now);
                return;
            }
            if (conversationAsked == 0) {
                out.printf("the window at rest: %s%n", goals.atRest.intervals());
                List<ConversationSummary> chats = view.sources().conversationsBySize();
                if (chats.isEmpty()) {
                    out.println("the case has no conversation to scroll");
                    stop();
                    finished.run();
                    return;
                }
                out.printf("largest conversation: %s, %,d messages%n", chats.get(0).name(), chats.get(0).messages());
                goals.messages = chats.get(0).messages();
                conversationAsked = now;
                window.currentReader().openConversation(chats.get(0), null);
                messages = view.reader().chat().messageList();
                return;
            }
            if (!goals.warmingUp.started()) {
                if (messages.lines().isEmpty() || messages.lines().get(0) == null) {
                    return;
                }
                out.printf("conversation shown: %.0f ms after asking%n", (now - conversationAsked) / 1e6);
            }
            Frames frames = goals.warmingUp.count() < WARM_UP ? goals.warmingUp : goals.scrolled;
            frames.pulse(now);
            if (frames == goals.scrolled && messages.rowsComing()) {
                framesWithRowsComing++;
            }
            if ((goals.warmingUp.count() + goals.scrolled.count()) % JUMP_EVERY == 0) {
                messages.jumpTo(random.nextInt(messages.lines().size()));
            } else {
                messages.scrollBy(messages.getHeight() * 0.9);
            }
            if (goals.scrolled.count() == FRAMES) {
                report();
                stop();
                new TimelineSteps(window, out, goals, finished).start();
            }
        }

        private void report() {
            out.printf("scrolling (a screenful a frame, a random jump every %d), its first %d frames apart: %s%n", JUMP_EVERY, WARM_UP,
                    goals.scrolled.intervals());
            out.printf("frames showing rows still being read: %d of %d%n", framesWithRowsComing, goals.scrolled.count());
            Runtime runtime = Runtime.getRuntime();
            out.printf("heap in use after scrolling: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    /** Frame times, in milliseconds, as the figures a reader of frame times wants. */
    private record FrameTimes(double[] millis) {
        /** More than one and a half frames at 60 Hz: a frame the screen did not get. */
        private static final double DROPPED = 25.0;

        double p95() {
            return millis[(int) (millis.length * 0.95)];
        }

        double max() {
            return millis[millis.length - 1];
        }

        @Override
        public String toString() {
            long dropped = Arrays.stream(millis).filter(m -> m > DROPPED).count();
            return String.format("%d frames: frame p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d later than %.0f ms",
                    millis.length, millis[millis.length / 2], p95(), max(), dropped, DROPPED);
        }
    }
}
