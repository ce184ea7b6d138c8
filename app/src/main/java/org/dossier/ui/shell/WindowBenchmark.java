package org.dossier.ui.shell;

import java.io.PrintStream;
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
            goals.print(out, heap.peakBytes(), machine);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
    }

    /** The figures issue #27 sets goals for, gathered as the steps run. */
    private static final class Goals {
        private long messages;
        private FrameTimes floor;
        private double scrollP95;
        private double scrollMax;
        private double timelineP95;
        private double filterMillis;

        void print(PrintStream out, long peakHeap, Machine machine) {
            out.println();
            out.println("goals (issue #27)                                   this run    goal");
            out.printf("chat reader, %,9d messages: frame p95          %7.1f ms   <= 16.7 ms%n", messages, scrollP95);
            out.printf("chat reader, %,9d messages: frame max          %7.1f ms   <= 100 ms%n", messages, scrollMax);
            out.printf("timeline zoom and pan: frame p95                     %7.1f ms   <= 16.7 ms%n", timelineP95);
            out.printf("timeline filter redrawn                             %7.0f ms   < 100 ms%n", filterMillis);
            out.printf("(the window at rest, for comparison: frame p95      %7.1f ms, the pulse's own jitter)%n", floor.p95());
            out.printf("peak heap                                           %7d MB   < 512 MB%n", peakHeap >> 20);
            out.println(machine.describe());
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
        private final List<Long> frames = new ArrayList<>();
        private final List<Double> draws = new ArrayList<>();
        private long shown;
        private long lastFrame;
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
            if (lastFrame == 0) {
                if (timeline.loadingProperty().get() || timeline.events().isEmpty() && timeline.densityProperty().get() == null) {
                    return;
                }
                out.printf("timeline shown: %.0f ms (the whole case, read %.0f ms)%n", (now - shown) / 1e6, timeline.lastReadMillis());
                lastFrame = now;
                return;
            }
            if (frames.size() < MOVES) {
                frames.add(now - lastFrame);
                lastFrame = now;
                draws.add(window.currentView().timeline().canvas().lastDrawMillis());
                if (frames.size() % 2 == 0) {
                    timeline.zoom(frames.size() % 60 < 30 ? 0.85 : 1 / 0.85, random.nextDouble());
                } else {
                    timeline.pan(random.nextBoolean() ? 0.05 : -0.05);
                }
                return;
            }
            if (filterAsked == 0) {
                FrameTimes moved = new FrameTimes(frames);
                double[] drawn = draws.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.printf("timeline zoom and pan: %s; canvas drawn in p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                        moved, drawn[drawn.length / 2], drawn[(int) (drawn.length * 0.95)], drawn[drawn.length - 1]);
                goals.timelineP95 = moved.p95();
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

    /** One step a pulse: wait for the first screen, open the largest conversation, scroll it. */
    private static final class Steps extends AnimationTimer {
        private final DossierWindow window;
        private final long started;
        private final PrintStream out;
        private final Runnable finished;
        private final Random random = new Random(42);
        private static final int AT_REST = 300;
        private final List<Long> atRest = new ArrayList<>();
        private final List<Long> frames = new ArrayList<>();
        private long conversationAsked;
        private long lastFrame;
        private int framesWithRowsComing;
        private MessageList messages;

        private final Goals goals;

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
            if (atRest.isEmpty() && lastFrame == 0) {
                out.printf("first screen: %.0f ms (case open, counts, files and conversations listed)%n", (now - started) / 1e6);
            }
            if (atRest.size() < AT_REST) { // the pulses of a window doing nothing: the floor the figures below stand on
                if (lastFrame != 0) {
                    atRest.add(now - lastFrame);
                }
                lastFrame = now;
                return;
            }
            if (conversationAsked == 0) {
                goals.floor = new FrameTimes(atRest);
                out.printf("the window at rest: %s%n", goals.floor);
                lastFrame = 0;
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
            if (lastFrame == 0) {
                if (messages.lines().isEmpty() || messages.lines().get(0) == null) {
                    return;
                }
                out.printf("conversation shown: %.0f ms after asking%n", (now - conversationAsked) / 1e6);
                lastFrame = now;
                return;
            }
            frames.add(now - lastFrame);
            lastFrame = now;
            if (messages.rowsComing()) {
                framesWithRowsComing++;
            }
            if (frames.size() % JUMP_EVERY == 0) {
                messages.jumpTo(random.nextInt(messages.lines().size()));
            } else {
                messages.scrollBy(messages.getHeight() * 0.9);
            }
            if (frames.size() == FRAMES) {
                report();
                stop();
                new TimelineSteps(window, out, goals, finished).start();
            }
        }

        private void report() {
            FrameTimes scrolled = new FrameTimes(frames);
            out.printf("scrolling (a screenful a frame, a random jump every %d): %s%n", JUMP_EVERY, scrolled);
            goals.scrollP95 = scrolled.p95();
            goals.scrollMax = scrolled.max();
            out.printf("frames showing rows still being read: %d of %d%n", framesWithRowsComing, frames.size());
            Runtime runtime = Runtime.getRuntime();
            out.printf("heap in use after scrolling: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    /** Intervals between pulses, in nanoseconds, as the figures a reader of frame times wants. */
    private record FrameTimes(double[] millis) {
        /** A pulse later than one and a half frames at 60 Hz: a frame the screen did not get. */
        private static final double DROPPED = 25.0;

        FrameTimes(List<Long> nanos) {
            this(nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray());
        }

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
