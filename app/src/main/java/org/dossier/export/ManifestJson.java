package org.dossier.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provenance manifest as JSON (snake_case fields, times as ISO-8601 instants), signed. What is
 * signed is the canonical form of the manifest without its signature: keys in order, no spaces,
 * UTF-8; so the check reads the file as it is, drops the signature and signs the same bytes.
 */
final class ManifestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper CANONICAL = new ObjectMapper();
    private static final String SIGNATURE = "signature";

    private ManifestJson() {
    }

    /** The manifest signed with the case's key. */
    static ProvenanceManifest signed(ProvenanceManifest manifest, KeyPair keys) {
        try {
            Signature signer = Signature.getInstance(CaseKeys.SIGNATURE_ALGORITHM);
            signer.initSign(keys.getPrivate());
            ObjectNode unsigned = MAPPER.valueToTree(manifest);
            unsigned.remove(SIGNATURE);
            signer.update(canonical(unsigned));
            return manifest.signedWith(new ProvenanceManifest.Signature(CaseKeys.SIGNATURE_ALGORITHM,
                    Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                    Base64.getEncoder().encodeToString(signer.sign())));
        } catch (GeneralSecurityException e) {
            throw new ExportException("cannot sign the manifest: " + e.getMessage(), e);
        }
    }

    static void write(ProvenanceManifest manifest, OutputStream out) throws IOException {
        MAPPER.writeValue(out, manifest);
    }

    static ProvenanceManifest read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), ProvenanceManifest.class);
    }

    /** Whether the manifest in this file is signed, and the signature matches its content and the key it names. */
    static boolean signatureHolds(Path file) throws IOException {
        JsonNode tree = MAPPER.readTree(file.toFile());
        JsonNode signature = tree.get(SIGNATURE);
        if (signature == null || !signature.isObject() || !CaseKeys.SIGNATURE_ALGORITHM.equals(signature.path("algorithm").asText())) {
            return false;
        }
        ((ObjectNode) tree).remove(SIGNATURE);
        try {
            Signature verifier = Signature.getInstance(CaseKeys.SIGNATURE_ALGORITHM);
            verifier.initVerify(publicKey(signature.path("public_key").asText()));
            verifier.update(canonical(tree));
            return verifier.verify(Base64.getDecoder().decode(signature.path("value").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A public key as people compare it: "ed25519:3f2a 9b1c …", its whole SHA-256 in groups of four hex digits. */
    static String keyFingerprint(String publicKeyBase64) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKeyBase64));
            return "ed25519:" + HexFormat.of().formatHex(hash).replaceAll("(.{4})(?!$)", "$1 ");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "(unreadable key)";
        }
    }

    static String publicKeyOf(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    private static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(CaseKeys.SIGNATURE_ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static byte[] canonical(JsonNode tree) {
        try {
            return CANONICAL.writeValueAsString(sorted(tree)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** The tree with every object's keys in order, as plain maps and lists. */
    private static Object sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> each = node.fields(); each.hasNext(); ) {
                Map.Entry<String, JsonNode> field = each.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            return fields;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(sorted(item)));
            return items;
        }
        return node;
    }
}
