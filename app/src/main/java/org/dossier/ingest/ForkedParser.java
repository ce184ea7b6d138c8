package org.dossier.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.model.ParsedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses in a separate JVM so that no file can take the import down: a parser that hangs is
 * stopped after the time limit, one that exhausts its heap (or crashes the JVM) dies alone, and
 * either way the file is reported with the reason and the next file gets a fresh process.
 *
 * <p>One process parses up to {@code threads} files at once, so that its JIT compiles Tika once
 * for all of them, and holds as many more waiting their turn. When it dies or hangs with several
 * files in hand, which one is to blame is
 * unknown: each of them is parsed again with the process to itself, and only a file that fails
 * alone is reported. The process is kept between files and between imports (starting one costs a
 * second of JVM and parser start-up, and its compiled code is worth keeping).
 */
public final class ForkedParser implements DocumentParser, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedParser.class);
    /** How long a parser process may take to start: a JVM and Tika's parsers, on a busy laptop. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    /** The exit code of a JVM started with -XX:+ExitOnOutOfMemoryError when it runs out. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    /**
     * Files sent to the process per parser thread: one waits there while another is parsed, so that
     * no parser thread idles while an answer travels back and the next file comes.
     */
    public static final int IN_FLIGHT_PER_THREAD = 2;

    private final String parserClass;
    private final Duration timeLimit;
    private final int heapMegabytes;
    private final int threads;
    /** A permit per file in the process; a file parsed alone holds them all. Fair, so a file waiting to go alone is not starved. */
    private final Semaphore places;
    private final AtomicLong requestIds = new AtomicLong();
    private ParserProcess current; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param parserClass   a {@link DocumentParser} with a public no-argument constructor
     * @param timeLimit     how long one file may take
     * @param heapMegabytes the heap of the parser process, which a file parsed alone has to itself
     * @param threads       how many files the process parses at once
     */
    public ForkedParser(Class<? extends DocumentParser> parserClass, Duration timeLimit, int heapMegabytes, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a parser process needs at least one thread");
        }
        this.parserClass = parserClass.getName();
        this.timeLimit = timeLimit;
        this.heapMegabytes = heapMegabytes;
        this.threads = threads;
        this.places = new Semaphore(threads * IN_FLIGHT_PER_THREAD, true);
    }

    @Override
    public ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone) {
        ParserProtocol.Request request = new ParserProtocol.Request(requestIds.incrementAndGet(),
                file.toAbsolutePath().toString(), name, mediaType, assumedZone.getId());
        Attempt shared = attempt(request, 1);
        return shared.inDoubt() ? attempt(request, threads * IN_FLIGHT_PER_THREAD).result() : shared.result();
    }

    /**
     * What one request came to: the file parsed, or why not. A failure is in doubt when another
     * file in the process may have caused it.
     */
    private record Attempt(ParsedFile parsed, String failure, boolean inDoubt) {
        static Attempt failed(String failure) {
            return new Attempt(null, failure, false);
        }

        ParsedFile result() {
            return parsed != null ? parsed : ParsedFile.failed(failure);
        }
    }

    private Attempt attempt(ParserProtocol.Request request, int placesTaken) {
        try {
            places.acquire(placesTaken);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted before parsing");
        }
        ParserProcess process = null;
        try {
            process = running();
            return new Attempt(process.parse(request), null, false);
        } catch (ProcessDidNotStart e) {
            return Attempt.failed("the parser process did not start: " + e.getMessage());
        } catch (Hung e) {
            process.destroy();
            return new Attempt(null, "stopped: parsing took longer than " + timeLimit.toSeconds()
                    + " s (the file may be built to make parsers hang)", e.inDoubt);
        } catch (ProcessDied e) {
            return new Attempt(null, e.exitCode == OUT_OF_MEMORY_EXIT
                    ? "too large to parse: the parser ran out of its " + heapMegabytes + " MB"
                    : "the parser crashed on this file (exit code " + e.exitCode + ")", e.inDoubt);
        } catch (IOException e) {
            process.destroy();
            return new Attempt(null, "the parser process failed: " + e.getMessage(), true);
        } finally {
            places.release(placesTaken);
        }
    }

    /** The live process, started if there is none (the first file, or the last process died). */
    private synchronized ParserProcess running() throws ProcessDidNotStart {
        if (closed) {
            throw new ProcessDidNotStart("the parsers were closed");
        }
        if (current == null || current.dead) {
            try {
                current = new ParserProcess(command());
            } catch (IOException e) {
                throw new ProcessDidNotStart(e.getMessage());
            }
            current.awaitReady();
        }
        return current;
    }

    private List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx" + heapMegabytes + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-Xshare:auto", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ParserProcessMain.class.getName(), parserClass, Integer.toString(threads));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.destroy();
            current = null;
        }
    }

    /** The parser process died or hung before it could take a file. */
    private static final class ProcessDidNotStart extends Exception {
        ProcessDidNotStart(String message) {
            super(message);
        }
    }

    /**
     * The parser process died while parsing; {@code inDoubt} when another file may be to blame: it
     * had other files in hand, or it was stopped because one of them hung.
     */
    private static final class ProcessDied extends Exception {
        final int exitCode;
        final boolean inDoubt;

        ProcessDied(int exitCode, boolean inDoubt) {
            super(null, null, false, false);
            this.exitCode = exitCode;
            this.inDoubt = inDoubt;
        }
    }

    /** The file took longer than the time limit; {@code inDoubt} when the process had other files in hand too. */
    private static final class Hung extends Exception {
        final boolean inDoubt;

        Hung(boolean inDoubt) {
            super(null, null, false, false);
            this.inDoubt = inDoubt;
        }
    }

    /**
     * One parser process, the pipes to it, and the requests it has not answered yet. One thread
     * reads its answers and hands each to the request it names.
     */
    private final class ParserProcess {
        private final Process process;
        private final OutputStream requests;
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private final Map<Long, CompletableFuture<String>> unanswered = new ConcurrentHashMap<>();
        private volatile boolean dead;
        /** Stopped by us, because a file hung or the parsers were closed: the files still in hand did nothing wrong. */
        private volatile boolean stopped;

        ParserProcess(List<String> command) throws IOException {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            requests = process.getOutputStream();
            Thread reader = new Thread(this::readAnswers, "dossier-parser-answers-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        void awaitReady() throws ProcessDidNotStart {
            try {
                ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                destroy();
                throw new ProcessDidNotStart("not ready after " + START_LIMIT.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                destroy();
                throw new ProcessDidNotStart("interrupted");
            } catch (ExecutionException e) {
                destroy();
                throw new ProcessDidNotStart(e.getCause().getMessage());
            }
        }

        ParsedFile parse(ParserProtocol.Request request) throws IOException, Hung, ProcessDied {
            CompletableFuture<String> answer = new CompletableFuture<>();
            unanswered.put(request.id(), answer);
            try {
                if (dead) { // died before the request was registered: nobody else will answer it, nor is it to blame
                    throw new ProcessDied(exitCode(), true);
                }
                byte[] line = ParserProtocol.JSON.writeValueAsBytes(request);
                synchronized (requests) {
                    requests.write(line);
                    requests.write('\n');
                    requests.flush();
                }
                return ParserProtocol.JSON.readValue(answer.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS), ParsedFile.class);
            } catch (TimeoutException e) {
                throw new Hung(unanswered.size() > 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while parsing " + request.name(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ProcessDied died) {
                    throw died;
                }
                throw new IOException("cannot read the parser's answer", e.getCause());
            } finally {
                unanswered.remove(request.id());
            }
        }

        /** Until the process's output ends: answers go to their requests, anything else to the log. */
        private void readAnswers() {
            try (BufferedReader results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = results.readLine()) != null; ) {
                    if (line.startsWith(ParserProtocol.RESULT)) {
                        answer(line.substring(ParserProtocol.RESULT.length()));
                    } else if (line.equals(ParserProtocol.READY)) {
                        ready.complete(null);
                    } else {
                        LOG.warn("parser process {}: {}", process.pid(), line);
                    }
                }
            } catch (IOException e) {
                LOG.debug("parser process {}: output closed", process.pid(), e);
            }
            dead = true;
            int exitCode = exitCode();
            ready.completeExceptionally(new IOException("it exited with code " + exitCode));
            List<CompletableFuture<String>> inHand = List.copyOf(unanswered.values());
            boolean inDoubt = stopped || inHand.size() > 1;
            inHand.forEach(request -> request.completeExceptionally(new ProcessDied(exitCode, inDoubt)));
        }

        /** An answer is its request's id, a space, and the parsed file. */
        private void answer(String line) {
            int space = line.indexOf(' ');
            CompletableFuture<String> request = unanswered.get(Long.parseLong(line.substring(0, space)));
            if (request != null) { // else its requester gave up on it
                request.complete(line.substring(space + 1));
            }
        }

        private int exitCode() {
            try {
                return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        void destroy() {
            stopped = true;
            dead = true;
            process.destroyForcibly();
            LOG.debug("parser process {} stopped", process.pid());
        }
    }
}
