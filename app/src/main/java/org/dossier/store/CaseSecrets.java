package org.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keys that never leave the case (schema V13): each made once, on first use, and the same ever
 * after. Values made together (a key pair) are stored together, so no reader sees half of them.
 */
public final class CaseSecrets implements AutoCloseable {
    private final Connection connection;

    /** The keys of a case, on their own connection. */
    public static CaseSecrets of(CaseFile caseFile) {
        return new CaseSecrets(caseFile.newConnection());
    }

    CaseSecrets(Connection connection) {
        this.connection = connection;
    }

    /**
     * The secrets of these names, made by {@code make} (which names them all) if the case has none
     * of them yet; whoever makes them first wins, so every caller gets the same.
     */
    public Map<String, byte[]> getOrMake(List<String> names, Supplier<Map<String, byte[]>> make) {
        Map<String, byte[]> found = read(names);
        if (found.size() == names.size()) {
            return found;
        }
        Map<String, byte[]> made = make.get();
        return Transactions.inTransaction(connection, "keep the case's keys", () -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_secrets(name, value) VALUES (?, ?) ON CONFLICT(name) DO NOTHING")) {
                for (String name : names) {
                    insert.setString(1, name);
                    insert.setBytes(2, made.get(name));
                    insert.executeUpdate();
                }
            }
            return read(names);
        });
    }

    /** The secret of this name, if the case has made it. */
    public Optional<byte[]> find(String name) {
        return Optional.ofNullable(read(List.of(name)).get(name));
    }

    private Map<String, byte[]> read(List<String> names) {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM case_secrets WHERE name = ?")) {
            for (String name : names) {
                query.setString(1, name);
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        found.put(name, rows.getBytes(1));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot read the case's keys", e);
        }
    }

    @Override
    public void close() {
        Transactions.closeQuietly(connection);
    }
}
