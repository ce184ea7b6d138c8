package org.dossier.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An export read the way a hostile reader would read it, written for the tests apart from the leak
 * gate: every text a file holds (an HTML page's text and attributes, every JSON string, every CSV
 * cell, a PDF's text, properties and decoded streams, and the file's raw bytes as text), and every
 * picture it embeds with whatever metadata the picture carries.
 */
final class ExportReading {
    private ExportReading() {
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Every text in the file, one string per place. */
    static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (name.endsWith(".pdf")) {
            pdf(file, texts);
            return texts;
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".html")) {
            for (Element element : Jsoup.parse(raw).getAllElements()) {
                if (!element.normalName().equals("style")) {
                    texts.add(element.ownText());
                    for (Attribute attribute : element.attributes()) {
                        if (!attribute.getValue().startsWith("data:")) {
                            texts.add(attribute.getValue());
                        }
                    }
                }
            }
        } else if (name.endsWith(".json")) {
            strings(new ObjectMapper().readTree(raw), texts);
        } else if (name.endsWith(".csv")) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(new StringReader(raw))) {
                row.forEach(texts::add);
            }
        }
        return texts;
    }

    /** Every picture the file embeds, as its bytes. */
    static List<byte[]> pictures(Path file) throws IOException {
        List<byte[]> pictures = new ArrayList<>();
        if (file.getFileName().toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                for (PDPage page : pdf.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        PDXObject object = page.getResources().getXObject(name);
                        if (object instanceof PDImageXObject image) {
                            try (InputStream in = image.getCOSObject().createRawInputStream()) {
                                pictures.add(in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } else if (file.getFileName().toString().endsWith(".html")) {
            for (Element image : Jsoup.parse(file.toFile(), "UTF-8").select("img[src^=data:]")) {
                String src = image.attr("src");
                pictures.add(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)));
            }
        }
        return pictures;
    }

    /**
     * What a picture carries besides its pixels, as ImageIO's native metadata sees it: every marker
     * or chunk that is not needed to draw it (JPEG comments and application segments but JFIF's,
     * PNG text, time and colour-profile chunks), with their contents as text. Empty for a raw
     * PDF image stream (pixels only).
     */
    static List<String> metadataOf(byte[] picture) throws IOException {
        List<String> found = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return found;
            }
            ImageReader reader = readers.next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node tree = metadata.getAsTree(metadata.getNativeMetadataFormatName());
            collect(tree, found);
            reader.dispose();
        }
        return found;
    }

    private static void collect(Node node, List<String> found) {
        String name = node.getNodeName();
        if (List.of("com", "unknown", "tEXt", "iTXt", "zTXt", "tIME", "iCCP", "UnknownChunks", "app14Adobe").contains(name)) {
            StringBuilder text = new StringBuilder(name).append(':');
            NamedNodeMap attributes = node.getAttributes();
            for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
                text.append(' ').append(attributes.item(i).getNodeValue());
            }
            if (node instanceof IIOMetadataNode metadata && metadata.getUserObject() instanceof byte[] bytes) {
                text.append(' ').append(new String(bytes, StandardCharsets.ISO_8859_1)).append(' ')
                        .append(new String(bytes, StandardCharsets.UTF_16LE));
            }
            found.add(text.toString());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, found);
        }
    }

    private static void pdf(Path file, List<String> texts) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            texts.add(new PDFTextStripper().getText(pdf));
            pdf.getDocumentInformation().getCOSObject().forEach((key, value) -> texts.add(String.valueOf(value)));
            for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                COSBase object = pdf.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream && !isFontProgram(stream)) {
                    try (InputStream in = stream.createInputStream()) {
                        byte[] decoded = in.readAllBytes();
                        texts.add(new String(decoded, StandardCharsets.ISO_8859_1));
                        texts.add(new String(decoded, StandardCharsets.UTF_16BE));
                    } catch (IOException e) {
                        // an image filter PDFBox cannot undo here: its raw bytes are checked as a picture
                    }
                } else if (object != null) {
                    texts.add(object.toString());
                }
            }
        }
    }

    /** A font's own program: glyph outlines, not words. */
    private static boolean isFontProgram(COSStream stream) {
        return stream.containsKey(COSName.LENGTH1) || stream.containsKey(COSName.getPDFName("Length2"))
                || COSName.getPDFName("Type1C").equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.getPDFName("CIDFontType0C").equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.getPDFName("OpenType").equals(stream.getCOSName(COSName.SUBTYPE));
    }

    private static void strings(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
            texts.add(Jsoup.parse(node.asText()).text());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.forEach(child -> strings(child, texts));
    }
}
