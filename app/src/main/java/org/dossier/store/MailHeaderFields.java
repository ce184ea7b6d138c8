package org.dossier.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dossier.model.MailAddress;
import org.dossier.model.MailHeaders;

/**
 * What an e-mail's headers say of its thread and of who wrote to whom, read out of the metadata its
 * parser reported: Tika's fields for a mail file, a mail in a mailbox, an Outlook message or a mail
 * in an Outlook PST.
 */
final class MailHeaderFields {
    /** An e-mail file, a mail in a mailbox, an Outlook message, a mail in an Outlook PST. */
    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook", "application/x-tika-pst-mail-item");
    /** Those, as SQL's list of them. */
    static final String MAIL_TYPES_SQL = MAIL_TYPES.stream().map(type -> "'" + type + "'").collect(Collectors.joining(","));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    /**
     * Where a mail's headers name its sender and recipients: the addresses' field and the field of
     * the names written with them, or else the header as written ("Name &lt;address&gt;, …"), which
     * is all Tika reports for a mail in a mailbox.
     */
    private enum Role {
        FROM("Message:From-Email", "Message:From-Name", "Message-From"),
        TO("Message:To-Email", "Message:To-Display-Name", "Message-To"),
        CC("Message:CC-Email", "Message:CC-Display-Name", "Message-Cc"),
        BCC("Message:BCC-Email", "Message:BCC-Display-Name", "Message-Bcc");

        final String addresses;
        final String names;
        final String written;

        Role(String addresses, String names, String written) {
            this.addresses = addresses;
            this.names = names;
            this.written = written;
        }
    }

    /** An address in a header as written: a name (quoted or not) and the address in angle brackets, or an address alone. */
    private static final Pattern WRITTEN_ADDRESS = Pattern.compile(
            "(?:\"([^\"]*)\"|([^,;<>\"]*?))\\s*<([^<>\\s]+@[^<>\\s]+)>|([^\\s,;<>\"]+@[^\\s,;<>\"]+)");

    /** Every field {@link #of} reads. */
    private static final Set<String> WANTED = wanted();

    private MailHeaderFields() {
    }

    static boolean isMail(String mediaType) {
        return mediaType != null && MAIL_TYPES.contains(mediaType);
    }

    /** What a mail's metadata says of its thread and its people; the item's title stands for a subject it lacks. */
    static MailHeaders of(long itemId, Map<String, List<String>> fields, String title, Instant sentAt) {
        String subject = first(fields, "dc:subject");
        List<String> parents = new ArrayList<>(ids(first(fields, "Message:Raw-Header:In-Reply-To", "mapi:in-reply-to-id")));
        ids(first(fields, "Message:Raw-Header:References", "mapi:internet-references")).stream()
                .filter(id -> !parents.contains(id)).forEach(parents::add);
        List<String> own = ids(first(fields, "Message:Raw-Header:Message-ID", "mapi:internet-message-id", "dc:identifier"));
        return new MailHeaders(itemId, own.isEmpty() ? null : own.get(0), parents, conversationIndex(fields),
                subject != null ? subject : title, addresses(fields), sentAt);
    }

    /**
     * The fields {@link #of} reads from a mail's metadata as the case keeps it (JSON), every other
     * value skipped unread: a mail's metadata holds dozens of fields.
     */
    static Map<String, List<String>> fromJson(String json) {
        Map<String, List<String>> fields = new HashMap<>();
        if (json == null) {
            return fields;
        }
        try (JsonParser parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && WANTED.contains(name)) {
                    List<String> values = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        values.add(parser.getValueAsString());
                    }
                    fields.put(name, values);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Map.of(); // metadata this version cannot read: the mail is threaded by nothing
        }
        return fields;
    }

    /** The first value of the first of these fields the mail has. */
    private static String first(Map<String, List<String>> fields, String... names) {
        for (String name : names) {
            List<String> values = fields.get(name);
            if (values != null && !values.isEmpty() && values.get(0) != null && !values.get(0).isBlank()) {
                return values.get(0);
            }
        }
        return null;
    }

    /** Outlook's conversation index as hex: as the .msg gives it, or from the Thread-Index header (Base64) a mailbox keeps. */
    private static String conversationIndex(Map<String, List<String>> fields) {
        String hex = first(fields, "mapi:conversation-index");
        if (hex != null) {
            return hex;
        }
        String base64 = first(fields, "Message:Raw-Header:Thread-Index", "MboxParser-thread-index");
        try {
            return base64 == null ? null : HexFormat.of().formatHex(Base64.getMimeDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** The Message-IDs in a header, without their angle brackets; a bare one when it has none. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null) {
            return ids;
        }
        Matcher id = MESSAGE_ID.matcher(header);
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
            ids.add(header.strip());
        }
        return ids;
    }

    /**
     * The addresses of a mail's sender and recipients, in lower case, with the names written with
     * them when the names' field lists as many (Tika gives one list of each, not always as long).
     */
    private static List<MailAddress> addresses(Map<String, List<String>> fields) {
        List<MailAddress> addresses = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!fields.containsKey(role.addresses)) {
                addresses.addAll(asWritten(role, fields.getOrDefault(role.written, List.of())));
                continue;
            }
            List<String> written = addressesIn(fields.getOrDefault(role.addresses, List.of()));
            List<String> names = fields.getOrDefault(role.names, List.of()).stream().filter(name -> name != null && !name.isBlank()).toList();
            for (int i = 0; i < written.size(); i++) {
                String name = names.size() == written.size() ? names.get(i) : role == Role.FROM ? first(fields, role.names) : null;
                addresses.add(new MailAddress(role.name().toLowerCase(Locale.ROOT), written.get(i).toLowerCase(Locale.ROOT), name));
            }
        }
        return addresses;
    }

    private static List<MailAddress> asWritten(Role role, List<String> values) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            Matcher found = WRITTEN_ADDRESS.matcher(value);
            while (found.find()) {
                String address = found.group(3) != null ? found.group(3) : found.group(4);
                String name = found.group(1) != null ? found.group(1) : found.group(2);
                addresses.add(new MailAddress(role.name().toLowerCase(Locale.ROOT), address.toLowerCase(Locale.ROOT),
                        name == null || name.isBlank() ? null : name.strip()));
            }
        }
        return addresses;
    }

    /**
     * The addresses in these values: a value may list several ("a@x.org, b@y.org"), but an Exchange
     * server's name for a person holds commas of its own ("…/cn=c3030…-Allison, Ti"), and stays whole.
     */
    private static List<String> addressesIn(List<String> values) {
        List<String> addresses = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            List<String> parts = LIST_SEPARATOR.splitAsStream(value).map(String::strip).filter(part -> !part.isEmpty()).toList();
            if (parts.size() > 1 && parts.stream().allMatch(part -> part.contains("@"))) {
                addresses.addAll(parts);
            } else {
                addresses.add(value.strip());
            }
        }
        return addresses;
    }

    private static Set<String> wanted() {
        List<String> fields = new ArrayList<>(List.of("Message:Raw-Header:Message-ID", "mapi:internet-message-id", "dc:identifier",
                "Message:Raw-Header:In-Reply-To", "mapi:in-reply-to-id", "Message:Raw-Header:References", "mapi:internet-references",
                "mapi:conversation-index", "Message:Raw-Header:Thread-Index", "MboxParser-thread-index", "dc:subject"));
        for (Role role : Role.values()) {
            fields.addAll(List.of(role.addresses, role.names, role.written));
        }
        return Set.copyOf(fields);
    }
}
