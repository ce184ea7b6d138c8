package org.dossier.model;

import java.util.List;
import java.util.Locale;
import org.dossier.text.SimplifiedHan;

/**
 * Something the case or Dossier already knows by name: a gazetteer entry, an entity on the case's
 * watch list with the aliases the reporter gave it, or a chat participant.
 *
 * @param name    the canonical name, which every alias resolves to
 * @param aliases other ways the text may write it ("字节跳动", "Bytedance Ltd."), the name not repeated
 */
public record KnownEntity(MentionType type, String name, List<String> aliases) {
    public KnownEntity {
        aliases = List.copyOf(aliases);
    }

    /**
     * The key that identifies it among entities of its type: the name, lower-cased, spaces collapsed,
     * Han characters in their Simplified form, so "字節跳動" and "字节跳动" are one entity.
     */
    public String key() {
        return keyOf(name);
    }

    public static String keyOf(String name) {
        return SimplifiedHan.of(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
