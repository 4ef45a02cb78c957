package org.ap4tracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Fetches pages from the running test server over real HTTP, as a browser would, and parses them. */
public final class Pages {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Pages(int port) {
        this.base = "http://localhost:" + port;
    }

    public Page get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response, Jsoup.parse(response.body(), base + path));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public record Page(HttpResponse<String> response, Document html) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        public String text(String cssQuery) {
            return html.select(cssQuery).text();
        }
    }
}
