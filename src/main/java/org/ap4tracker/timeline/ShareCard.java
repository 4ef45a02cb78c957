package org.ap4tracker.timeline;

/**
 * What a link to a page shows when it is shared (Open Graph and Twitter card tags): absolute addresses of
 * the page and its image, and whether the image is a large card or a small square.
 */
record ShareCard(String type, String title, String description, String url, String image, String imageAlt,
        boolean largeImage) {
}
