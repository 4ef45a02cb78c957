package org.ap4tracker.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the public changelog, as readers see it.
 *
 * @param id the change log entry's own id, stable for good (feeds use it as the entry id)
 * @param position where the entry sits in the log, for paging on
 * @param kind what happened
 * @param publishedAgain for {@link ChangeKind#PUBLISHED}: the event had been public before (withdrawn, taken
 *     back to draft, or at another slug) rather than new
 * @param initialDataset for {@link ChangeKind#PUBLISHED}: the event came with the tracker's initial dataset, loaded
 *     by a migration, rather than being published by an editor
 * @param slug where it happened
 * @param title the event's title, only while the event is public at that slug (published, or withdrawn with a
 *     tombstone); null when it has gone back to draft, was deleted or moved, so that a draft's title never shows
 * @param at when the change was made
 * @param withdrawnReason the public reason, for {@link ChangeKind#WITHDRAWN}
 * @param note the editor's note on the revision made in the same transaction, when the revision touched this
 *     event and the note was written; never for {@link ChangeKind#REMOVED}, which concerns a draft
 * @param language for a new or revised translation, its language ({@code ja}, {@code ko}); null otherwise
 * @param titleLanguage the language of {@code title}: the reader's where the event is translated, else {@code en}
 */
public record PublicChange(
        long id,
        ChangeCursor position,
        ChangeKind kind,
        boolean publishedAgain,
        boolean initialDataset,
        String slug,
        @Nullable String title,
        Instant at,
        @Nullable String withdrawnReason,
        @Nullable String note,
        @Nullable String language,
        String titleLanguage) {

    public PublicChange(long id, ChangeCursor position, ChangeKind kind, boolean publishedAgain, boolean initialDataset,
            String slug, @Nullable String title, Instant at, @Nullable String withdrawnReason, @Nullable String note,
            @Nullable String language) {
        this(id, position, kind, publishedAgain, initialDataset, slug, title, at, withdrawnReason, note, language, "en");
    }

    public PublicChange(long id, ChangeCursor position, ChangeKind kind, boolean publishedAgain, boolean initialDataset,
            String slug, @Nullable String title, Instant at, @Nullable String withdrawnReason, @Nullable String note) {
        this(id, position, kind, publishedAgain, initialDataset, slug, title, at, withdrawnReason, note, null, "en");
    }

    /** Whether the event can still be opened at this slug: its page, or its tombstone answering 410. */
    public boolean linkable() {
        return title != null;
    }
}
