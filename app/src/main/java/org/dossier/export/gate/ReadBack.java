package org.dossier.export.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * An export read back as its readers will get it, every place that holds words: an HTML page's text
 * and attributes (its pictures decoded), every string of a JSON file (and the text of the HTML a
 * TimelineJS string holds), every cell of a CSV file, and a PDF's extracted text, its document
 * properties and XMP, every string among its objects, and its pictures as embedded.
 */
final class ReadBack {
    /** Where each piece of an export goes. */
    interface Found {
        void text(String where, String text);

        void picture(String where, byte[] bytes);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A manifest's signature and public key: bytes Dossier made, in Base64, whose letters would now
     * and then spell a title and an initial ("Mr U") by chance. Nothing of the case is in them.
     */
    private static final Set<String> KEY_MATERIAL = Set.of("the JSON field signature.value", "the JSON field signature.public_key");

    private ReadBack() {
    }

    static void html(Path file, Found found) throws IOException {
        Document page = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        for (Element element : page.getAllElements()) {
            if (element.normalName().equals("style")) {
                continue; // Dossier's own style sheet: no content goes into it
            }
            String where = "the HTML " + element.normalName() + placeOf(element);
            for (TextNode text : element.textNodes()) {
                found.text("the text of " + where, text.getWholeText());
            }
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("src") && attribute.getValue().startsWith("data:")) {
                    String data = attribute.getValue();
                    found.picture("the picture in " + where, Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1)));
                } else {
                    found.text("the " + attribute.getKey() + " attribute of " + where, attribute.getValue());
                }
            }
        }
    }

    /** Every element's text and every attribute of an XML file (GraphML, GEXF), comments and processing instructions included. */
    static void xml(Path file, Found found) throws IOException {
        Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            xml = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "", Parser.xmlParser());
        }
        for (Element element : xml.getAllElements()) {
            String where = "the XML element " + element.tagName() + placeOf(element);
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    found.text("the text of " + where, text.getWholeText());
                } else if (child instanceof Comment comment) {
                    found.text("a comment in " + where, comment.getData());
                } else if (child instanceof XmlDeclaration declaration) {
                    found.text("a declaration in " + where, declaration.getWholeDeclaration());
                } else if (child instanceof DataNode data) {
                    found.text("the data of " + where, data.getWholeData());
                }
            }
            for (Attribute attribute : element.attributes()) {
                found.text("the " + attribute.getKey() + " attribute of " + where, attribute.getValue());
            }
        }
    }

    static void json(Path file, Found found) throws IOException {
        walk(JSON.readTree(file.toFile()), "the JSON field ", found);
    }

    static void csv(Path file, Found found) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.parse(in)) {
            for (CSVRecord row : csv) {
                for (int column = 0; column < row.size(); column++) {
                    found.text("the CSV cell at row " + (row.getRecordNumber()) + ", column " + (column + 1), row.get(column));
                }
            }
        }
    }

    static void pdf(Path file, Found found) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            found.text("the PDF's text", new PDFTextStripper().getText(pdf));
            COSDictionary info = pdf.getDocumentInformation().getCOSObject();
            for (COSName key : info.keySet()) {
                found.text("the PDF property " + key.getName(), String.valueOf(info.getDictionaryObject(key)));
            }
            PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                found.text("the PDF's XMP metadata", new String(xmp.toByteArray(), StandardCharsets.UTF_8));
            }
            for (Map.Entry<COSObjectKey, Long> entry : pdf.getDocument().getXrefTable().entrySet()) {
                COSObject object = pdf.getDocument().getObjectFromPool(entry.getKey());
                pdfObject("PDF object " + entry.getKey().getNumber(), object.getObject(), found, new HashSet<>());
            }
        }
    }

    /** Strings anywhere in an object; a picture's stream as embedded; fonts and page contents skipped (glyphs, not words). */
    private static void pdfObject(String where, COSBase object, Found found, Set<COSBase> seen) throws IOException {
        if (object == null || !seen.add(object)) {
            return;
        }
        if (object instanceof COSString string) {
            found.text("a string in " + where, string.getString());
        } else if (object instanceof COSArray array) {
            for (COSBase each : array) {
                pdfObject(where, each instanceof COSObject indirect ? null : each, found, seen);
            }
        } else if (object instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (COSName.FONT.equals(type) || COSName.FONT_DESC.equals(type)) {
                return;
            }
            if (object instanceof COSStream stream && COSName.IMAGE.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
                COSBase filters = stream.getFilters();
                if (COSName.DCT_DECODE.equals(filters) || filters instanceof COSArray list && list.size() == 1
                        && COSName.DCT_DECODE.equals(list.getObject(0))) {
                    try (var in = stream.createRawInputStream()) {
                        found.picture("the picture in " + where, in.readAllBytes());
                    }
                }
            }
            for (COSName key : dictionary.keySet()) {
                COSBase value = dictionary.getItem(key);
                pdfObject(where, value instanceof COSObject ? null : value, found, seen);
            }
        }
    }

    private static void walk(JsonNode node, String path, Found found) {
        if (KEY_MATERIAL.contains(path)) {
            return;
        }
        if (node.isTextual()) {
            found.text(path, node.asText());
            if (node.asText().indexOf('<') >= 0) {
                found.text(path + " read as HTML", Jsoup.parse(node.asText()).text());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + (path.endsWith(" ") ? "" : ".") + field.getKey(), found);
            }
        }
    }

    /** "#event-12" or "in #claim-3": the nearest id, so the reporter can find the place. */
    private static String placeOf(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (!at.id().isEmpty()) {
                return at == element ? " #" + at.id() : " in #" + at.id();
            }
        }
        return "";
    }
}
