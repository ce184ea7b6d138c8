package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        ExecutorService threads = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
        ParserProcessMain main = new ParserProcessMain(parser, answers);
        main.write(ParserProtocol.READY);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            ParserProtocol.Request request = ParserProtocol.JSON.readValue(line, ParserProtocol.Request.class);
            threads.execute(() -> main.answer(request));
        }
        Runtime.getRuntime().halt(0); // input closed: nobody is waiting for the files still in hand
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
