package org.dossier.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.model.CommunicationGraph;
import org.dossier.model.CommunicationGraph.Link;
import org.dossier.model.CommunicationGraph.Person;

/**
 * Writes a communications graph for Gephi and other tools: GraphML, GEXF 1.3 or JSON (nodes and
 * links). People are numbered in the file ({@code p1}, {@code p2}…) rather than keyed by their
 * address, and carry the name, account and platform the export was allowed to show; links carry
 * the count as their weight, and the first and last time.
 */
final class GraphWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GEXF = "http://gexf.net/1.3";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    private final CommunicationGraph graph;
    private final String title;
    private final Map<String, String> ids = new HashMap<>();

    GraphWriter(CommunicationGraph graph, String title) {
        this.graph = graph;
        this.title = title;
        for (Person person : graph.people()) {
            ids.put(person.key(), "p" + (ids.size() + 1));
        }
    }

    void write(ExportService.GraphFormat format, OutputStream out) throws IOException {
        try {
            switch (format) {
                case GRAPHML -> graphMl(out);
                case GEXF -> gexf(out);
                case JSON -> json(out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the graph", e);
        }
    }

    private void graphMl(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(GRAPHML);
        List<String[]> keys = List.of(new String[] {"label", "node", "string"}, new String[] {"account", "node", "string"},
                new String[] {"platform", "node", "string"}, new String[] {"sent", "node", "long"},
                new String[] {"received", "node", "long"}, new String[] {"betweenness", "node", "double"},
                new String[] {"weight", "edge", "long"}, new String[] {"first", "edge", "string"}, new String[] {"last", "edge", "string"});
        for (String[] key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", key[0]);
            xml.writeAttribute("for", key[1]);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[2]);
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "G");
        xml.writeAttribute("edgedefault", "directed");
        xml.writeStartElement("desc");
        xml.writeCharacters(title);
        xml.writeEndElement();
        for (Person person : graph.people()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", ids.get(person.key()));
            data(xml, "label", person.name());
            data(xml, "account", person.account());
            data(xml, "platform", person.platform());
            data(xml, "sent", String.valueOf(person.sent()));
            data(xml, "received", String.valueOf(person.received()));
            if (!Double.isNaN(person.betweenness())) {
                data(xml, "betweenness", String.valueOf(person.betweenness()));
            }
            xml.writeEndElement();
        }
        for (Link link : graph.links()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("source", ids.get(link.from()));
            xml.writeAttribute("target", ids.get(link.to()));
            data(xml, "weight", String.valueOf(link.count()));
            data(xml, "first", text(link.first()));
            data(xml, "last", text(link.last()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void gexf(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(GEXF);
        xml.writeAttribute("version", "1.3");
        xml.writeStartElement("meta");
        xml.writeStartElement("description");
        xml.writeCharacters(title);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("graph");
        xml.writeAttribute("defaultedgetype", "directed");
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        String[][] attributes = {{"0", "account", "string"}, {"1", "platform", "string"}, {"2", "sent", "long"},
                {"3", "received", "long"}, {"4", "betweenness", "double"}};
        for (String[] attribute : attributes) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[1]);
            xml.writeAttribute("type", attribute[2]);
        }
        xml.writeEndElement();
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "edge");
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", "first");
        xml.writeAttribute("title", "first");
        xml.writeAttribute("type", "string");
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", "last");
        xml.writeAttribute("title", "last");
        xml.writeAttribute("type", "string");
        xml.writeEndElement();
        xml.writeStartElement("nodes");
        for (Person person : graph.people()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", ids.get(person.key()));
            xml.writeAttribute("label", person.name());
            xml.writeStartElement("attvalues");
            value(xml, "0", person.account());
            value(xml, "1", person.platform());
            value(xml, "2", String.valueOf(person.sent()));
            value(xml, "3", String.valueOf(person.received()));
            if (!Double.isNaN(person.betweenness())) {
                value(xml, "4", String.valueOf(person.betweenness()));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        int number = 0;
        for (Link link : graph.links()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + ++number);
            xml.writeAttribute("source", ids.get(link.from()));
            xml.writeAttribute("target", ids.get(link.to()));
            xml.writeAttribute("weight", String.valueOf(link.count()));
            xml.writeStartElement("attvalues");
            value(xml, "first", text(link.first()));
            value(xml, "last", text(link.last()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void value(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", value);
    }

    private void json(OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("title", title);
            json.writeBooleanField("directed", true);
            json.writeArrayFieldStart("nodes");
            for (Person person : graph.people()) {
                json.writeStartObject();
                json.writeStringField("id", ids.get(person.key()));
                json.writeStringField("label", person.name());
                json.writeStringField("account", person.account());
                json.writeStringField("platform", person.platform());
                json.writeNumberField("sent", person.sent());
                json.writeNumberField("received", person.received());
                if (!Double.isNaN(person.betweenness())) {
                    json.writeNumberField("betweenness", person.betweenness());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("links");
            for (Link link : graph.links()) {
                json.writeStartObject();
                json.writeStringField("source", ids.get(link.from()));
                json.writeStringField("target", ids.get(link.to()));
                json.writeNumberField("weight", link.count());
                json.writeStringField("first", text(link.first()));
                json.writeStringField("last", text(link.last()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
