package org.dossier.store;

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

/**
 * A team case's address, {@code postgresql://host[:port]/database} (or with {@code user@} before
 * the host), and the connection to it. The password never comes from the address, which is shown
 * in lists and logs: it comes from {@code PGPASSWORD} or {@code ~/.pgpass}, as for PostgreSQL's own tools.
 */
final class TeamCaseServer {
    private TeamCaseServer() {
    }

    static boolean isAddress(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://");
    }

    static Connection connect(String address) throws SQLException {
        URI uri = parse(address);
        Properties properties = new Properties();
        String user = uri.getUserInfo() != null ? uri.getUserInfo() : firstOf(System.getenv("PGUSER"), System.getProperty("user.name"));
        properties.setProperty("user", user);
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "Dossier");
        return DriverManager.getConnection("jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getPath(), properties);
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
        if (!isAddress(address)) {
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
