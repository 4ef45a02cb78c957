package org.ap4tracker.images;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A picture as readers see it with an event. Its addresses are relative paths named by the file's content
 * ({@link #path(int)}); callers make them absolute where a feed or card needs that.
 */
public record ShownPicture(String sha256, String contentType, int width, int height, String alt,
        @Nullable String caption, String credit, @Nullable String licence, List<Integer> variantWidths) {

    /** The widths it can be had in, narrowest first: its variants, then the kept original. */
    public List<Integer> widths() {
        return java.util.stream.Stream.concat(variantWidths.stream(), java.util.stream.Stream.of(width))
                .sorted().distinct().toList();
    }

    public String path(int atWidth) {
        return PictureController.path(sha256, atWidth, contentType);
    }

    /** The copy for a page's main column and for feeds and cards: 1600 px wide, or the original if narrower. */
    public int largeWidth() {
        return widths().stream().filter(w -> w <= 1600).reduce((a, b) -> b).orElse(width);
    }

    public String largePath() {
        return path(largeWidth());
    }

    /** The height of the large copy, for width and height attributes that keep the page from jumping. */
    public int largeHeight() {
        return Math.max(1, Math.round((float) height * largeWidth() / width));
    }

    /** A srcset for {@code <img>}: every width, so the browser picks what the screen needs. */
    public String srcset() {
        return widths().stream().map(w -> path(w) + " " + w + "w").collect(Collectors.joining(", "));
    }
}
