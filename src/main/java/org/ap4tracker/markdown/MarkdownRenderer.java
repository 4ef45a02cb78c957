package org.ap4tracker.markdown;

import java.util.Locale;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import org.springframework.stereotype.Component;

/**
 * Renders editors' Markdown as HTML that cannot carry scripts or fetch anything: raw HTML in the source is
 * escaped, not passed through; a link keeps its address only when it is http, https, mailto or relative to
 * this site (commonmark's own sanitiser also lets {@code data:} through); and an image is shown as its
 * description, so a page never loads an image from anywhere an editor pointed it.
 */
@Component
public class MarkdownRenderer {

    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new WebLinksOnly())
            .nodeRendererFactory(ImageAsDescription::new)
            .build();

    public String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** A link's address, or nothing when its scheme is not one a reader should follow from an event. */
    static String webLinkOrNothing(String url) {
        // Browsers ignore whitespace and controls inside a scheme ("java\tscript:"), so the check does too.
        String compact = url.replaceAll("[\\x00-\\x20\\x7F-\\x9F]", "");
        int colon = compact.indexOf(':');
        int pathStart = indexOfAny(compact, "/?#");
        if (colon < 0 || pathStart >= 0 && pathStart < colon) {
            return url;
        }
        return LINK_SCHEMES.contains(compact.substring(0, colon).toLowerCase(Locale.ROOT)) ? url : "";
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static final class WebLinksOnly implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return webLinkOrNothing(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** An image as the text that describes it. */
    private static final class ImageAsDescription implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageAsDescription(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            StringBuilder description = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    description.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    description.append(code.getLiteral());
                }
            });
            context.getWriter().text(description.toString());
        }
    }
}
