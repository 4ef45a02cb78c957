package org.ap4tracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends requests to the running test server over real HTTP, as an API client or a browser would. */
public final class HttpClientSupport {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public HttpClientSupport(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(method, path, HttpRequest.BodyPublishers.noBody(), headers);
    }

    /** Sends a JSON body with its length known, as most clients do. */
    public HttpResponse<String> json(String method, String path, String body, String... headers) {
        String[] withType = java.util.Arrays.copyOf(headers, headers.length + 2);
        withType[headers.length] = "Content-Type";
        withType[headers.length + 1] = "application/json";
        return send(method, path, HttpRequest.BodyPublishers.ofString(body), withType);
    }

    public HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
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

    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
