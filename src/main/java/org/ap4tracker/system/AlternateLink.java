package org.ap4tracker.system;

/**
 * Another form of the page being shown, announced in its head as {@code <link rel="alternate">} so that feed
 * readers and browsers find it: a controller puts a list of these in the model as {@code alternates}.
 */
public record AlternateLink(String type, String title, String href) {
}
