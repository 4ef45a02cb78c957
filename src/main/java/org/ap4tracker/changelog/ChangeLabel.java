package org.ap4tracker.changelog;

import org.ap4tracker.events.PublicChange;

/**
 * What the changelog calls each kind of change, in readers' words ({@code changes.kind.*} messages). An event
 * that goes back to draft is "taken down": it may return, and until then nothing of it is public. Events loaded with
 * the tracker's dataset are "initial dataset", dated when the dataset was released, not new publications.
 */
public enum ChangeLabel {

    NEW, INITIAL_DATASET, PUBLISHED_AGAIN, CORRECTED, WITHDRAWN, TAKEN_DOWN;

    static ChangeLabel of(PublicChange change) {
        return switch (change.kind()) {
            case PUBLISHED -> change.initialDataset() ? INITIAL_DATASET : change.publishedAgain() ? PUBLISHED_AGAIN : NEW;
            case UPDATED -> CORRECTED;
            case WITHDRAWN -> WITHDRAWN;
            case REMOVED -> TAKEN_DOWN;
        };
    }

    String messageCode() {
        return "changes.kind." + name();
    }

    /** The modifier of the badge's CSS class, e.g. {@code taken-down}. */
    String style() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
