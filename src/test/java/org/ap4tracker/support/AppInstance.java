package org.ap4tracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.ap4tracker.Ap4TrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running instance of the whole application on its own loopback port, started outside the test
 * framework's shared context, for tests that need an instance of their own or several at once. The first
 * instance can start its own throw-away embedded PostgreSQL; {@link #startSharing} starts another against the
 * same database, as a second machine behind a load balancer would be. Close the instances that share a
 * database before the one that owns it.
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient client = HttpClient.newHttpClient();

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** An instance with a fresh embedded database of its own, migrated and seeded. */
    public static AppInstance startWithOwnDatabase(String... properties) {
        List<String> all = new ArrayList<>(List.of("ap4.storage.ephemeral=true"));
        all.addAll(List.of(properties));
        return start(all);
    }

    /** Another instance on the database {@code owner} uses, as another machine would run. */
    public static AppInstance startSharing(AppInstance owner, String... properties) {
        HikariDataSource database = owner.bean(HikariDataSource.class);
        return startWithUrl(database.getJdbcUrl(), database.getUsername(),
                database.getPassword() == null ? "" : database.getPassword(), properties);
    }

    /** An instance on a PostgreSQL server of the test's choosing. */
    public static AppInstance startWithUrl(String jdbcUrl, String username, String password, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + username, "spring.datasource.password=" + password));
        all.addAll(List.of(properties));
        return start(all);
    }

    private static AppInstance start(List<String> properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
                "spring.main.banner-mode=off"));
        all.addAll(properties);
        // As command-line arguments, which (unlike default properties) win over application.properties.
        return new AppInstance(new SpringApplicationBuilder(Ap4TrackerApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new)));
    }

    public int port() {
        Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("The instance has no web server port");
        }
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
