package org.dossier.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.KnownEntity;
import org.dossier.model.MentionType;

/**
 * What a case learns from names it found in a sure form: a company written once with its legal form
 * ("Brightwater Ltd", "Kraushaar Anlagenbau GmbH", "深圳市泓曜物流有限公司") is then known by its name
 * without it, and without the city a Chinese company is registered in ("Brightwater", "泓曜物流"), everywhere in the case, a chat that says only "Brightwater"
 * included, and both are one entity.
 */
public final class SureNames {
    private static final Pattern LATIN_LEGAL_FORM = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N}&'’ .-]*?)[ ,]+(?:Co\\.,? )?"
            + "(?:Ltd\\.?|Limited|LLC|LLP|L\\.P\\.|Inc\\.?|PLC|plc|GmbH|AG|AB|S\\.A\\.|SA|B\\.V\\.|BV|N\\.V\\.|NV|Pty Ltd|Pvt Ltd|Oy|ASA"
            + "|A/S|S\\.p\\.A\\.|SpA|SAS|SARL|Sdn Bhd|Corp\\.?)$");
    /** A Chinese company's name: a province or city it is registered in, the name, the legal form (深圳市|泓曜物流|有限公司). */
    private static final Pattern CHINESE_LEGAL_FORM = Pattern.compile("^(?:\\p{IsHan}{2,3}?[省市])?(\\p{IsHan}{3,}?)"
            + "(?:股份有限公司|有限责任公司|有限責任公司|有限公司)$");
    /** A short name shorter than this is too likely another word ("AB Ltd" does not make "AB" a company everywhere). */
    private static final int SHORTEST_LATIN = 4;

    private SureNames() {
    }

    /** The organisations among these names written with a legal form, each known also by its name without it. */
    public static List<KnownEntity> learnedFrom(Collection<String> organisations) {
        List<KnownEntity> learned = new ArrayList<>();
        for (String name : organisations) {
            String shortName = withoutLegalForm(name.strip());
            if (shortName != null) {
                learned.add(new KnownEntity(MentionType.ORGANIZATION, name.strip(), List.of(shortName)));
            }
        }
        return learned;
    }

    /** The name without its legal form, or null when it has none or too little is left to look for. */
    static String withoutLegalForm(String name) {
        Matcher latin = LATIN_LEGAL_FORM.matcher(name);
        if (latin.matches()) {
            String rest = latin.group(1).strip();
            return rest.length() >= SHORTEST_LATIN ? rest : null;
        }
        Matcher chinese = CHINESE_LEGAL_FORM.matcher(name);
        return chinese.matches() ? chinese.group(1) : null;
    }

    /** The short names of these entities, to look for in the case's items. */
    public static List<String> shortNames(Collection<KnownEntity> learned) {
        return learned.stream().flatMap(entity -> entity.aliases().stream()).distinct().toList();
    }
}
