package org.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.dossier.model.TeamRole;

/**
 * The people of a team case: each signs in to PostgreSQL as their own role, a member of the case's
 * reporters or editors ({@link #group}), and the database itself holds them to their role (see {@code team/roles.sql}): a reporter cannot approve or send back a claim, nobody changes
 * the audit log, nobody writes as someone else. Run by the case's administrator.
 */
public final class TeamMembers {
    private TeamMembers() {
    }

    /**
     * Adds a member in a role, or moves one to another role, setting up the case's roles first.
     *
     * @param password the member's password, or null to leave it to the administrator
     */
    public static void add(String serverUrl, String name, TeamRole role, String password) {
        checkName(name);
        try (Connection connection = TeamCaseServer.connect(serverUrl)) {
            if (Dialect.POSTGRESQL.schemaVersion(connection) == 0) {
                throw new CaseFileException(serverUrl + " holds no Dossier case: push one first");
            }
            connection.setAutoCommit(false);
            String database = connection.getCatalog();
            try (Statement statement = connection.createStatement()) {
                applyRoles(statement, database);
                if (!exists(connection, name)) {
                    statement.execute("CREATE ROLE " + identifier(name) + " LOGIN");
                }
                if (password != null) {
                    statement.execute("ALTER ROLE " + identifier(name) + " PASSWORD " + literal(password));
                }
                for (TeamRole other : TeamRole.values()) {
                    statement.execute((other == role ? "GRANT " : "REVOKE ") + group(other, database) + (other == role ? " TO " : " FROM ")
                            + identifier(name));
                }
                statement.execute("GRANT CONNECT ON DATABASE " + identifier(database) + " TO " + identifier(name));
            }
            connection.commit();
        } catch (SQLException e) {
            throw new CaseFileException("cannot add " + name + " to " + serverUrl + ": " + e.getMessage());
        }
    }

    /**
     * This case's group for a role. A server's roles are shared by all its databases, so each case
     * has groups of its own (a member's role in one case is not their role in another), named so
     * that they are plain identifiers: {@code dossier_reporter_<database>}, the database's name cut
     * to what fits and marked with its hash when it holds anything but letters, digits and _.
     */
    static String group(TeamRole role, String database) {
        String prefix = "dossier_" + role.name().toLowerCase(Locale.ROOT) + "_";
        String plain = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (!plain.equals(database) || prefix.length() + plain.length() > 63) {
            plain = plain.substring(0, Math.min(plain.length(), 63 - prefix.length() - 9)) + "_"
                    + String.format("%08x", database.hashCode());
        }
        return prefix + plain;
    }

    /**
     * After the administrator's session migrated a case that has members: the roles again, so that
     * they cover the tables and columns the new version made (run in the migration's wake, before
     * anyone works on the new tables).
     */
    static void refreshRoles(Connection connection) throws SQLException {
        String database = connection.getCatalog();
        if (!exists(connection, group(TeamRole.REPORTER, database))) {
            return; // no members yet: add-member sets the roles up
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            applyRoles(statement, database);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void applyRoles(Statement statement, String database) throws SQLException {
        statement.execute(rolesScript().replace("${reporter}", group(TeamRole.REPORTER, database))
                .replace("${editor}", group(TeamRole.EDITOR, database)));
    }

    private static void checkName(String name) {
        if (name.isBlank() || name.getBytes(StandardCharsets.UTF_8).length > 63 || name.startsWith("pg_") || name.startsWith("dossier_")) {
            throw new CaseFileException("\"" + name + "\" cannot be a member's name: at most 63 bytes, not starting with pg_ or dossier_");
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String rolesScript() {
        try (InputStream in = TeamMembers.class.getResourceAsStream("team/roles.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the team case's roles", e);
        }
    }
}
