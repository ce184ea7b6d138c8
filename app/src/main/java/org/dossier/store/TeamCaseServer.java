package org.dossier.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dossier.model.CaseName;

/**
 * A team case's address, {@code postgresql://host[:port]/database} (or with {@code user@} before
 * the host), and the connection to it. The password never comes from the address, which is shown
 * in lists and logs: it comes from {@code PGPASSWORD} or {@code ~/.pgpass}, as for PostgreSQL's own tools.
 */
final class TeamCaseServer {
    /** A window's stores at once: readers of each view, an import's writer and its pass, the changes' listener apart. */
    private static final int POOLED = 8;

    private TeamCaseServer() {
    }

    static Connection connect(String address) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(address), properties(address));
    }

    /**
     * Connections to a team case kept open for its stores to take in turn: a new PostgreSQL session
     * costs tens of milliseconds, more than a search. A connection given back is rolled back if
     * left in a transaction, and its settings put back.
     */
    static HikariDataSource pool(String address) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(address));
        config.setDataSourceProperties(properties(address));
        config.setPoolName("dossier " + address);
        config.setMaximumPoolSize(POOLED);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(-1); // the case's own first connection has said what is wrong, if anything
        return new HikariDataSource(config);
    }

    private static String jdbcUrl(String address) {
        URI uri = parse(address);
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
    }

    private static Properties properties(String address) {
        URI uri = parse(address);
        Properties properties = new Properties();
        String user = uri.getUserInfo() != null ? uri.getUserInfo() : firstOf(System.getenv("PGUSER"), System.getProperty("user.name"));
        properties.setProperty("user", user);
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "Dossier");
        properties.setProperty("reWriteBatchedInserts", "true"); // a batch of inserts sent as one statement of many rows
        return properties;
    }

    /**
     * Refuses a database that does not sort text as a laptop case does, by character code: the
     * store's SQL reads a folder's files as a range of paths, and lists names in one order on both
     * engines. A database made by {@code createdb --template=template0 --encoding=UTF8 --locale=C.UTF-8} does.
     */
    static void checkSortsByCode(Connection connection, String address) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT datlocprovider, datcollate, pg_encoding_to_char(encoding) FROM pg_database
                     WHERE datname = current_database()""")) {
            rows.next();
            String provider = rows.getString(1);
            String collation = rows.getString(2);
            boolean byCode = provider.equals("b")
                    || provider.equals("c") && List.of("c", "posix", "c.utf-8", "c.utf8").contains(collation.toLowerCase(Locale.ROOT));
            if (!byCode || !rows.getString(3).equals("UTF8")) {
                throw new CaseFileException(address + " sorts text by a language's rules (" + collation + ", " + rows.getString(3)
                        + "), not by character code as a case must: create its database with "
                        + "createdb --template=template0 --encoding=UTF8 --locale=C.UTF-8 NAME");
            }
        }
    }

    private static URI parse(String address) {
        if (!CaseName.isTeamCase(address)) {
            throw new CaseFileException(address + " is not a team case's address (postgresql://host:port/database)");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new CaseFileException(address + " is not a team case's address: " + e.getReason());
        }
        if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
            throw new CaseFileException("a password does not belong in a case's address, which is shown and logged: "
                    + "put it in ~/.pgpass or PGPASSWORD");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new CaseFileException(address + " names no host and database (postgresql://host:port/database)");
        }
        return uri;
    }

    private static String firstOf(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
