package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import org.dossier.model.ParsedFile;

/**
 * The parser process: reads requests from standard input, parses each file with the parser class
 * named in its first argument, on as many threads as its second says, and writes each answer to
 * standard output as soon as it is ready. It stops when its input closes, which is also what
 * happens when the import that started it dies. Parsers that print are sent to standard error, so
 * that standard output carries nothing but answers.
 */
public final class ParserProcessMain {
    private final DocumentParser parser;
    private final PrintStream answers;

    private ParserProcessMain(DocumentParser parser, PrintStream answers) {
        this.parser = parser;
        this.answers = answers;
    }

    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        DocumentParser parser = (DocumentParser) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ParserProcessMain main = new ParserProcessMain(parser, answers);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int threads = Integer.parseInt(args[1]);
        for (int i = 1; i < threads; i++) {
            new Thread(() -> main.serve(requests), "dossier-parser-" + i).start();
        }
        main.write(ParserProtocol.READY);
        main.serve(requests);
    }

    /**
     * Takes the next request from the input itself and parses it, until the input closes. A thread
     * that finishes a file usually finds the next request already read into the buffer, so no
     * other thread has to wake it up to hand it over.
     */
    private void serve(BufferedReader requests) {
        try {
            for (;;) {
                String line;
                synchronized (requests) {
                    line = requests.readLine();
                }
                if (line == null) {
                    Runtime.getRuntime().halt(0); // input closed: nobody is waiting for the files still in hand
                }
                answer(ParserProtocol.JSON.readValue(line, ParserProtocol.Request.class));
            }
        } catch (IOException e) {
            die(e);
        }
    }

    private void answer(ParserProtocol.Request request) {
        ParsedFile parsed;
        try {
            parsed = parser.parse(Path.of(request.file()), request.name(), request.mediaType(), ZoneId.of(request.zone()));
        } catch (RuntimeException | StackOverflowError e) {
            parsed = ParsedFile.failed("internal error while parsing: " + e);
        } catch (Throwable e) {
            die(e);
            return;
        }
        try {
            write(ParserProtocol.RESULT + request.id() + ' ' + json(parsed));
        } catch (JsonProcessingException e) {
            die(e);
        }
    }

    /** Anything else leaves this JVM in doubt, or a request unanswered: die, so that the file is reported as a crash. */
    private static void die(Throwable e) {
        e.printStackTrace();
        Runtime.getRuntime().halt(1);
    }

    /** The answer as JSON; one that cannot be encoded becomes a failure, so that nobody waits for it. */
    private static String json(ParsedFile parsed) throws JsonProcessingException {
        try {
            return ParserProtocol.JSON.writeValueAsString(parsed);
        } catch (JsonProcessingException e) {
            return ParserProtocol.JSON.writeValueAsString(ParsedFile.failed("internal error while answering: " + e.getOriginalMessage()));
        }
    }

    private synchronized void write(String line) {
        answers.print(line);
        answers.print('\n');
        answers.flush();
    }
}
