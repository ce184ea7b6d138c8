package org.dossier.ingest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import org.dossier.model.ParsedFile;

/**
 * The parser process: reads requests from standard input, parses each file with the parser class
 * named in its argument, writes each result to standard output. It stops when its input closes,
 * which is also what happens when the import that started it dies. Parsers that print are sent to
 * standard error, so that standard output carries nothing but results.
 */
public final class ParserProcessMain {
    private ParserProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream results = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        DocumentParser parser = (DocumentParser) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        results.write((ParserProtocol.READY + "\n").getBytes(StandardCharsets.UTF_8));
        results.flush();
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            ParserProtocol.Request request = ParserProtocol.JSON.readValue(line, ParserProtocol.Request.class);
            ParsedFile parsed;
            try {
                parsed = parser.parse(Path.of(request.file()), request.name(), request.mediaType(), ZoneId.of(request.zone()));
            } catch (RuntimeException e) {
                parsed = ParsedFile.failed("internal error while parsing: " + e);
            }
            results.write(ParserProtocol.RESULT.getBytes(StandardCharsets.UTF_8));
            results.write(ParserProtocol.JSON.writeValueAsBytes(parsed));
            results.write('\n');
            results.flush();
        }
    }
}
