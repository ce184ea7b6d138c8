package org.dossier.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
