package io.newsfuse.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where a PostgreSQL store lives, written as {@code postgresql://USER@HOST:PORT/DATABASE} (or
 * {@code postgres://}), as psql and libpq accept it. What the address leaves out is taken as libpq does:
 * the port from {@code PGPORT} or 5432, the user from {@code PGUSER} or the login name, the database
 * named after the user. The password, never part of what is printed, comes from the address, else
 * {@code PGPASSWORD}, else the password file ({@code PGPASSFILE} or {@code ~/.pgpass}, read by pgjdbc's
 * own parser with libpq's wildcards): pgjdbc reads neither variable by itself for an address like this.
 *
 * @param host     server host name or address
 * @param port     server port
 * @param database database name
 * @param user     role to connect as
 * @param password password, or null to connect without one
 */
public record PostgresLocation(String host, int port, String database, String user, String password) {
    private static final int DEFAULT_PORT = 5432;
    private static final String FORM = "postgresql://USER@HOST:PORT/DATABASE";

    /** Whether {@code location} is a PostgreSQL address rather than a store directory. */
    public static boolean matches(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    /** Parses an address, reading what it leaves out from the process environment. */
    public static PostgresLocation parse(String location) {
        return parse(location, System::getenv);
    }

    /**
     * Parses an address, reading what it leaves out from {@code env}.
     *
     * @throws StoreException with a one-line reason when the address cannot be read
     */
    static PostgresLocation parse(String location, UnaryOperator<String> env) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException(
                    "cannot read the PostgreSQL address " + location + ": " + e.getReason() + " (write " + FORM + ")",
                    e);
        }
        if (!matches(location) || uri.getRawAuthority() == null) {
            throw new StoreException("cannot read the PostgreSQL address " + location + " (write " + FORM + ")");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : portOf(env.apply("PGPORT"));
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (user == null || user.isEmpty()) {
            user = firstNonBlank(env.apply("PGUSER"), System.getProperty("user.name"));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String database = path.isEmpty() ? firstNonBlank(env.apply("PGDATABASE"), user) : decode(path);
        if (password == null) {
            password = env.apply("PGPASSWORD");
        }
        if (password == null) {
            password = PgPassParser.getPassword(host, String.valueOf(port), database, user);
        }
        return new PostgresLocation(host, port, database, user, password);
    }

    /** The JDBC address of the database (without credentials). */
    String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** Connection properties: the credentials and a name that shows in {@code pg_stat_activity}. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "newsfuse");
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** The address as the user may see it: no password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static int portOf(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new StoreException("PGPORT is not a port number: " + value, e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "postgres";
    }
}
