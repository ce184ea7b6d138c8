package org.dossier.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dossier.model.ParsedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses in separate JVMs so that no file can take the import down: a parser that hangs is
 * stopped after the time limit, one that exhausts its heap (or crashes the JVM) dies alone, and
 * either way the file is reported with the reason and the next file gets a fresh process.
 * Processes are kept between files (starting one costs a second of JVM and parser start-up).
 */
public final class ForkedParser implements DocumentParser, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedParser.class);
    /** How long a parser process may take to start: a JVM and Tika's parsers, on a busy laptop. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    /** The exit code of a JVM started with -XX:+ExitOnOutOfMemoryError when it runs out. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final String parserClass;
    private final Duration timeLimit;
    private final int heapMegabytes;
    private final LinkedBlockingQueue<ParserProcess> idle = new LinkedBlockingQueue<>();
    private final List<ParserProcess> all = new ArrayList<>();

    /**
     * @param parserClass   a {@link DocumentParser} with a public no-argument constructor
     * @param timeLimit     how long one file may take
     * @param heapMegabytes the heap of each parser process
     */
    public ForkedParser(Class<? extends DocumentParser> parserClass, Duration timeLimit, int heapMegabytes) {
        this.parserClass = parserClass.getName();
        this.timeLimit = timeLimit;
        this.heapMegabytes = heapMegabytes;
    }

    @Override
    public ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone) {
        ParserProcess process = idle.poll();
        try {
            if (process == null) {
                process = start();
            }
            ParsedFile parsed = process.parse(file, name, mediaType, assumedZone);
            idle.add(process);
            process = null;
            return parsed;
        } catch (ProcessDidNotStart e) {
            return ParsedFile.failed("the parser process did not start: " + e.getMessage());
        } catch (TimeoutException e) {
            return ParsedFile.failed("stopped: parsing took longer than " + timeLimit.toSeconds()
                    + " s (the file may be built to make parsers hang)");
        } catch (ProcessDied e) {
            return ParsedFile.failed(e.exitCode == OUT_OF_MEMORY_EXIT
                    ? "too large to parse: the parser ran out of its " + heapMegabytes + " MB"
                    : "the parser crashed on this file (exit code " + e.exitCode + ")");
        } catch (IOException e) {
            return ParsedFile.failed("the parser process failed: " + e.getMessage());
        } finally {
            if (process != null) {
                process.destroy();
            }
        }
    }

    private ParserProcess start() throws IOException, ProcessDidNotStart {
        ParserProcess process = new ParserProcess(command());
        synchronized (all) {
            all.add(process);
        }
        try {
            process.awaitReady();
        } catch (ProcessDidNotStart e) {
            process.destroy();
            throw e;
        }
        return process;
    }

    /** The parser process died or hung before it could take a file. */
    private static final class ProcessDidNotStart extends Exception {
        ProcessDidNotStart(String message) {
            super(message);
        }
    }

    private List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: measured on 10,000 small files, the C2 compiler's warm-up
        // and G1's threads in two parser processes cost more than C2's faster code returns
        // (import / Tika-alone throughput 0.30 with the defaults, 0.33 with SerialGC, 0.51 with both).
        return List.of(java, "-Xmx" + heapMegabytes + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ParserProcessMain.class.getName(), parserClass);
    }

    @Override
    public void close() {
        List<ParserProcess> running;
        synchronized (all) {
            running = new ArrayList<>(all);
        }
        running.forEach(ParserProcess::destroy);
        idle.clear();
    }

    /** The parser process died while parsing. */
    private static final class ProcessDied extends Exception {
        final int exitCode;

        ProcessDied(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /** One parser process and the pipes to it. Used by one thread at a time. */
    private final class ParserProcess {
        private final Process process;
        private final OutputStream requests;
        private final BufferedReader results;
        private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dossier-parser-pipe");
            thread.setDaemon(true);
            return thread;
        });

        ParserProcess(List<String> command) throws IOException {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            requests = process.getOutputStream();
            results = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void awaitReady() throws ProcessDidNotStart {
            Future<String> ready = reader.submit(() -> nextLine(ParserProtocol.READY));
            try {
                if (ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS) == null) {
                    throw new ProcessDidNotStart("it exited with code " + exitCode());
                }
            } catch (TimeoutException e) {
                throw new ProcessDidNotStart("not ready after " + START_LIMIT.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessDidNotStart("interrupted");
            } catch (ExecutionException e) {
                throw new ProcessDidNotStart(String.valueOf(e.getCause()));
            }
        }

        ParsedFile parse(Path file, String name, String mediaType, ZoneId zone) throws IOException, TimeoutException, ProcessDied {
            requests.write(ParserProtocol.JSON.writeValueAsBytes(
                    new ParserProtocol.Request(file.toAbsolutePath().toString(), name, mediaType, zone.getId())));
            requests.write('\n');
            requests.flush();
            Future<String> line = reader.submit(() -> nextLine(ParserProtocol.RESULT));
            String result;
            try {
                result = line.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while parsing " + name, e);
            } catch (ExecutionException e) {
                throw new IOException("cannot read the parser's answer", e.getCause());
            }
            if (result == null) {
                throw new ProcessDied(exitCode());
            }
            return ParserProtocol.JSON.readValue(result, ParsedFile.class);
        }

        /** The next line starting with the marker, without it, passing on what else the process says; null when it has died. */
        private String nextLine(String marker) throws IOException {
            for (String line; (line = results.readLine()) != null; ) {
                if (line.startsWith(marker)) {
                    return line.substring(marker.length());
                }
                LOG.warn("parser process {}: {}", process.pid(), line);
            }
            return null;
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
            process.destroyForcibly();
            reader.shutdownNow();
            synchronized (all) {
                all.remove(this);
            }
            LOG.debug("parser process {} stopped", process.pid());
        }
    }
}
