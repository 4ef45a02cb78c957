package org.ap4tracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.http.HttpServletRequest;
import org.ap4tracker.support.AppInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code ap4.public-url} set, a request that names another host (in Host or X-Forwarded-Host) gets the
 * same links as any other, so a shared cache in front can never be made to store links to that host.
 */
class PublicUrlsTests {

    static final String PUBLIC = "https://tracker.example";

    static AppInstance app;

    @BeforeAll
    static void startWithAPublicAddress() {
        app = AppInstance.startWithOwnDatabase("ap4.public-url=" + PUBLIC + "/",
                "server.forward-headers-strategy=framework");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyCacheableOutputLinksToThePublicAddressWhateverHostTheRequestNames() throws IOException {
        String slug = "2023-07-11-vilnius-summit";
        for (String path : new String[] {"/feed.atom", "/feed.json", "/calendar.ics", "/events.csv", "/timelinejs.json",
                "/changes.atom", "/api/v1/events", "/api/v1/actors", "/api/v1/changes", "/events/" + slug + "/cite.json",
                "/events/" + slug + "/cite.bib"}) {
            String honest = get(path, "tracker.example");
            String forged = get(path, "evil.example");

            assertThat(forged).as(path).doesNotContain("evil.example").contains(PUBLIC + "/");
            assertThat(body(forged)).as(path).isEqualTo(body(honest));
        }
    }

    @Test
    void onlyPublicUrlsBuildsAbsoluteAddressesFromTheRequest() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ap4tracker");
        ArchRule rule = noClasses().that().doNotHaveFullyQualifiedName(PublicUrls.class.getName())
                .and().resideOutsideOfPackage("org.ap4tracker.admin..")
                .should().callMethod(ServletUriComponentsBuilder.class, "fromCurrentContextPath")
                .orShould().callMethod(ServletUriComponentsBuilder.class, "fromCurrentRequest")
                .orShould().callMethod(HttpServletRequest.class, "getServerName")
                .orShould().callMethod(HttpServletRequest.class, "getRequestURL")
                .because("absolute links in cacheable responses come from ap4.public-url, not from the request");
        rule.check(classes);
    }

    /** A raw request, since HTTP clients will not send a Host header of the caller's choosing. */
    private static String get(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Forwarded-Host: " + host
                    + "\r\nX-Forwarded-Proto: http\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            assertThat(text).as(path).startsWith("HTTP/1.1 200");
            return text;
        }
    }

    /** The body without the headers (Date differs between two responses). */
    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
