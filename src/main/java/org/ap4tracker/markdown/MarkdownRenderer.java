package org.ap4tracker.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders editors' Markdown as HTML that cannot carry scripts: raw HTML in the source is escaped, not
 * passed through, and link or image URLs with schemes other than http, https and mailto are removed.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
