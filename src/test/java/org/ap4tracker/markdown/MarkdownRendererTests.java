package org.ap4tracker.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an event's body can link to and show, as a reader's browser would receive it. */
class MarkdownRendererTests {

    final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://example.org/", "mailto:press@example.org",
            "/events/2023-07-11-vilnius", "#sources", "HTTPS://EXAMPLE.ORG/"})
    void webAndMailLinksAndLinksWithinTheSiteAreKept(String url) {
        Element link = render("[a link](" + url + ")").selectFirst("a");
        assertThat(link.attr("href")).isEqualTo(url);
        assertThat(link.text()).isEqualTo("a link");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "javascript:alert(1)",
            "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", "&#106;avascript:alert(1)",
            "<java\tscript:alert(1)>", "<java\nscript:alert(1)>", "ftp://example.org/", "tel:+81312345678"})
    void everyOtherSchemeLosesItsAddressButKeepsItsText(String url) {
        Document html = render("[click](" + url + ")");
        assertThat(html.select("a").eachAttr("href")).allMatch(String::isEmpty);
        assertThat(html.text()).contains("click");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tracker.example/pixel.gif", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
            "javascript:alert(1)", "/assets/logo.png"})
    void imagesFromAnywhereAreShownAsTheirDescription(String url) {
        Document html = render("Before ![the *signing* ceremony](" + url + ") after");
        assertThat(html.select("img")).isEmpty();
        assertThat(html.text()).isEqualTo("Before the signing ceremony after");
    }

    @Test
    void rawHtmlStaysText() {
        Document html = render("<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThat(html.select("img, script")).isEmpty();
        assertThat(html.text()).contains("<script>alert(2)</script>");
    }

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown));
    }
}
