package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A team case's word index: the tokens FTS5 makes of {@link WordIndexText}'s text on a laptop
 * (letters, digits and private-use characters; case and diacritics folded, as {@code unicode61
 * remove_diacritics 2} does), written as a {@code tsvector} whose lexemes PostgreSQL takes as they
 * are, and asked for as the same phrases ({@code <->}). A tsvector holds positions up to 16,383,
 * so a long text is indexed in parts that overlap by more tokens than any phrase a reporter types;
 * an item matches when every term is in one of its parts. Ranked by {@code ts_rank_cd} with a
 * title's words weighted five times body text, as the laptop's BM25 weights them.
 */
final class PostgresWordIndex implements WordIndex {
    static final int PART = 16_000;
    static final int OVERLAP = 256;
    /** PostgreSQL refuses a lexeme of over 2,047 bytes; a token is cut here, in the index and in a query alike. */
    private static final int LONGEST_TOKEN = 400;
    private static final String TITLE_FIVE_TIMES_TEXT = "'{0.2, 0.2, 0.2, 1.0}'";

    @Override
    public PreparedStatement prepareInsert(Connection connection) throws SQLException {
        // two importers' catch-ups may both index an item a crash left without words
        return connection.prepareStatement("INSERT INTO item_words(item_id, part, words) VALUES (?, ?, ?::tsvector) ON CONFLICT DO NOTHING");
    }

    @Override
    public void add(PreparedStatement insert, long itemId, String title, String text) throws SQLException {
        List<String> positions = new ArrayList<>(tokens(WordIndexText.of(title == null ? "" : title)));
        int titleEnd = positions.size();
        positions.add(null); // a phrase never runs from the title into the text
        positions.addAll(tokens(WordIndexText.of(text)));
        int part = 0;
        for (int start = 0; part == 0 || start + OVERLAP < positions.size(); start += PART - OVERLAP, part++) {
            insert.setLong(1, itemId);
            insert.setInt(2, part);
            insert.setString(3, tsvector(positions, start, Math.min(positions.size(), start + PART), titleEnd));
            insert.addBatch();
        }
    }

    /** Many items' words in one statement: the driver writes a batch as one INSERT of many rows. */
    @Override
    public void flush(PreparedStatement insert) throws SQLException {
        insert.executeBatch();
    }

    private static String tsvector(List<String> positions, int from, int to, int titleEnd) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            String token = positions.get(i);
            if (token != null) {
                out.append(quoted(token)).append(':').append(i - from + 1).append(i < titleEnd ? "A " : " ");
            }
        }
        return out.toString();
    }

    @Override
    public Query matching(List<String> terms) {
        List<String> each = terms.stream().map(PostgresWordIndex::tsquery).toList();
        if (each.size() == 1) {
            return new Query("SELECT DISTINCT item_id FROM item_words WHERE words @@ ?::tsquery", List.of(each.get(0)));
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(joined(each, " & "));
        parameters.add(joined(each, " | "));
        parameters.addAll(each);
        // every term in one part; or, in an item of several parts, each term in one of them
        return new Query("""
                SELECT item_id FROM item_words WHERE words @@ ?::tsquery
                UNION
                SELECT item_id FROM item_words
                WHERE words @@ ?::tsquery AND item_id IN (SELECT item_id FROM item_words WHERE part > 0)
                GROUP BY item_id HAVING """ + " "
                + String.join(" AND ", Collections.nCopies(each.size(), "bool_or(words @@ ?::tsquery)")), parameters);
    }

    /** Each matching item's parts that hold a term, found through the index, their ranks added up. */
    @Override
    public Query ranked(List<String> terms) {
        String any = joined(terms.stream().map(PostgresWordIndex::tsquery).toList(), " | ");
        List<Object> parameters = new ArrayList<>(List.of(any, any));
        String among = "";
        if (terms.size() > 1) { // one term's parts are its matches already
            Query matching = matching(terms);
            among = " AND item_id IN (" + matching.sql() + ")";
            parameters.addAll(matching.parameters());
        }
        return new Query("SELECT item_id, -sum(ts_rank_cd(" + TITLE_FIVE_TIMES_TEXT + ", words, ?::tsquery)) AS place "
                + "FROM item_words WHERE words @@ ?::tsquery" + among + " GROUP BY item_id ORDER BY place, item_id LIMIT ?", parameters);
    }

    @Override
    public Query newest(List<String> terms) {
        Query matching = matching(terms);
        return new Query("SELECT item_id FROM (" + matching.sql() + ") m ORDER BY item_id DESC LIMIT ?", matching.parameters());
    }

    /** A term as a phrase of its tokens; with none (only punctuation), a query nothing matches. */
    static String tsquery(String term) {
        WordIndexText.Phrase phrase = WordIndexText.phrase(term);
        List<String> tokens = tokens(phrase.tokens());
        if (tokens.isEmpty()) {
            return "'-'"; // never a token, so never matched
        }
        String query = tokens.stream().map(PostgresWordIndex::quoted).collect(Collectors.joining(" <-> "));
        return phrase.prefix() ? query + ":*" : query;
    }

    private static String joined(List<String> queries, String operator) {
        return queries.stream().map(query -> "(" + query + ")").collect(Collectors.joining(operator));
    }

    /** The tokens FTS5's unicode61 tokenizer makes of a text, folded as it folds them. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isTokenCharacter(c)) {
                token.appendCodePoint(c);
            } else if (!token.isEmpty()) {
                tokens.add(folded(token));
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(folded(token));
        }
        return tokens;
    }

    private static boolean isTokenCharacter(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.LETTER_NUMBER || Character.getType(c) == Character.OTHER_NUMBER;
    }

    private static String folded(CharSequence token) {
        String lower = token.toString().toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower.length() > LONGEST_TOKEN ? lower.substring(0, LONGEST_TOKEN) : lower;
        }
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
        String whole = Normalizer.normalize(bare, Normalizer.Form.NFC);
        return whole.length() > LONGEST_TOKEN ? whole.substring(0, LONGEST_TOKEN) : whole;
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
