package org.dossier.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server for the tests of team cases, started from Maven's embedded binaries (no
 * server on CI) once for a test class ({@code @RegisterExtension static}), with an empty database
 * for each test so that none sees another's rows. Local connections are trusted: a role signs in by name.
 */
final class EmbeddedTeamServer implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedPostgres server;
    private int databases;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = EmbeddedPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
    }

    /** A new empty database, as the address a team case is given by: the administrator's. */
    String newDatabase() throws SQLException {
        return newDatabase("");
    }

    /** A new, empty team case (its schema made by the administrator), by its address. */
    String newTeamCase() throws SQLException {
        String address = newDatabase();
        CaseFile.openOrCreateTeamCase(address, ZoneOffset.UTC, Clock.systemUTC()).close();
        return address;
    }

    /** A new empty database made with these options of {@code CREATE DATABASE}. */
    String newDatabase(String options) throws SQLException {
        String name = "team" + ++databases;
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " " + options);
        }
        return "postgresql://postgres@localhost:" + server.getPort() + "/" + name;
    }

    /** A session on a team case's database as one role. */
    Connection signIn(String address, String role) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + address.substring(address.lastIndexOf('/')), role, "");
    }
}
