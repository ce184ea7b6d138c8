package org.dossier.ingest.tika;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.dossier.ingest.DocumentParser;
import org.dossier.model.ParsedFile;
import org.dossier.model.FileFailure;
import org.dossier.model.ItemKind;
import org.dossier.model.NewItem;
import org.dossier.model.Timestamp;
import org.xml.sax.SAXException;

/**
 * Parses any format Tika knows, recursively: a file becomes one item, and each embedded document
 * or attachment a child item that names its parent. A part that fails is reported and the rest
 * kept; a file that fails as a whole keeps whatever metadata Tika could read.
 */
public final class TikaDocumentParser implements DocumentParser {
    /** Characters kept per item; beyond this the text is cut and the item marked truncated. */
    static final int WRITE_LIMIT = 10_000_000;
    private static final int MAX_EMBEDDED = 10_000;
    private static final String UNKNOWN_FORMAT = "application/octet-stream";
    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook");
    private static final Set<String> NOT_EVIDENCE = Set.of(
            TikaCoreProperties.TIKA_CONTENT.getName(), "X-TIKA:parse_time_millis", "X-TIKA:Parsed-By-Full-Set");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*){2,}");

    private final RecursiveParserWrapper parser = new RecursiveParserWrapper(new AutoDetectParser());

    @Override
    public ParsedFile parse(Path file, String name, String mediaType, ZoneId assumedZone) {
        RecursiveParserWrapperHandler handler = newHandler();
        String failure = null;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadataOf(name, mediaType), withoutOcr());
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            failure = FailureReasons.of(e);
        }
        List<Metadata> parts = handler.getMetadataList();
        MailDateOffsets mailDates = parts.stream().anyMatch(TikaDocumentParser::isMail)
                ? MailDateOffsets.scan(file) : null;
        List<NewItem> items = new ArrayList<>();
        List<FileFailure> partFailures = new ArrayList<>();
        for (Metadata part : parts) {
            NewItem item = toItem(part, name, assumedZone, mailDates);
            items.add(item);
            String trace = part.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            if (trace != null && !item.locator().isEmpty()) {
                partFailures.add(new FileFailure(displayPath(part), FailureReasons.ofRecordedTrace(trace)));
            }
        }
        if (failure == null && !items.isEmpty() && "application/pdf".equals(items.get(0).mediaType()) && isTruncatedPdf(file)) {
            partFailures.add(new FileFailure("end of file", "damaged: the PDF is truncated (no %%EOF marker); "
                    + "its text is what could be recovered"));
        }
        if (failure == null && isUnrecognised(items)) {
            failure = "format not recognised (" + UNKNOWN_FORMAT + "): kept as received, no text extracted";
        }
        return ParsedFile.whole(items, partFailures, failure);
    }

    /**
     * Writes the part of a file that {@link #parse} found at {@code locator} ("/1/2": a picture
     * attached to an e-mail, or in a Word file) to {@code out}, by parsing the file again as the
     * import did, so that its parts are numbered the same. False when the file has no such part.
     */
    public static boolean writePart(Path file, String name, String mediaType, String locator, Path out) throws IOException {
        PartCatcher catcher = new PartCatcher(new AutoDetectParser(), locator, out);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            new RecursiveParserWrapper(catcher).parse(in, newHandler(), metadataOf(name, mediaType), withoutOcr());
        } catch (PartCatcher.Caught done) {
            return true;
        } catch (TikaException | SAXException e) {
            if (!catcher.caught()) {
                throw new IOException("the file cannot be parsed again: " + FailureReasons.of(e), e);
            }
        }
        return catcher.caught();
    }

    private static RecursiveParserWrapperHandler newHandler() {
        return new RecursiveParserWrapperHandler(new PagedTextHandlerFactory(WRITE_LIMIT), MAX_EMBEDDED);
    }

    private static Metadata metadataOf(String name, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (mediaType != null) {
            // detected by the same detector on the way in: detecting again would double its cost
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        }
        return metadata;
    }

    /**
     * Tika runs Tesseract by itself wherever it is installed, in English only and inside the
     * parse's time; Dossier reads pictures in its own pass behind the import instead (decision 0026).
     */
    private static ParseContext withoutOcr() {
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, noOcr);
        return context;
    }

    /** A complete PDF ends with %%EOF (give or take a few bytes of whitespace or junk after it). */
    private static boolean isTruncatedPdf(Path file) {
        try (java.nio.channels.SeekableByteChannel channel = java.nio.file.Files.newByteChannel(file)) {
            long size = channel.size();
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, 2048));
            channel.position(size - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // read the whole tail
            }
            return !new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isUnrecognised(List<NewItem> items) {
        return items.size() == 1 && UNKNOWN_FORMAT.equals(items.get(0).mediaType()) && items.get(0).text().isEmpty();
    }

    private static boolean isMail(Metadata part) {
        return MAIL_TYPES.contains(baseType(part.get(Metadata.CONTENT_TYPE)));
    }

    private static NewItem toItem(Metadata part, String fileName, ZoneId assumedZone, MailDateOffsets mailDates) {
        String locator = part.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        locator = locator == null ? "" : locator;
        String mediaType = baseType(part.get(Metadata.CONTENT_TYPE));
        boolean mail = isMail(part);
        Timestamp created = TikaTimes.parse(part.get(TikaCoreProperties.CREATED), assumedZone);
        if (mail) {
            created = mailDates.inSendersZone(created);
        }
        return new NewItem(
                ItemKind.DOCUMENT,
                locator,
                parentLocator(locator),
                title(part, locator.isEmpty() ? fileName : null),
                mail ? firstNonNull(part.get(Message.MESSAGE_FROM), part.get(TikaCoreProperties.CREATOR)) : authors(part),
                created,
                created,
                TikaTimes.parse(part.get(TikaCoreProperties.MODIFIED), assumedZone),
                mediaType,
                tidy(part.get(TikaCoreProperties.TIKA_CONTENT)),
                "true".equals(part.get(TikaCoreProperties.WRITE_LIMIT_REACHED)),
                evidenceMetadata(part),
                null);
    }

    /** "/1/2" is embedded in "/1", which is embedded in the file itself (""). */
    private static String parentLocator(String locator) {
        if (locator.isEmpty()) {
            return null;
        }
        return locator.substring(0, locator.lastIndexOf('/'));
    }

    private static String title(Metadata part, String fallback) {
        return firstNonNull(part.get(TikaCoreProperties.TITLE), part.get("dc:subject"),
                part.get(TikaCoreProperties.RESOURCE_NAME_KEY), fallback);
    }

    private static String authors(Metadata part) {
        String[] creators = part.getValues(TikaCoreProperties.CREATOR);
        return creators.length == 0 ? null : String.join(", ", Arrays.stream(creators).distinct().toList());
    }

    private static String displayPath(Metadata part) {
        String path = part.get(TikaCoreProperties.FINAL_EMBEDDED_RESOURCE_PATH);
        return path != null ? path : part.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
    }

    private static Map<String, List<String>> evidenceMetadata(Metadata part) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String key : part.names()) {
            if (!NOT_EVIDENCE.contains(key)) {
                kept.put(key, List.of(part.getValues(key)));
            }
        }
        return kept;
    }

    /** Tika pads text with the blank lines of every skipped element; keep paragraphs, drop padding. */
    static String tidy(String text) {
        if (text == null) {
            return "";
        }
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return UNKNOWN_FORMAT;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
