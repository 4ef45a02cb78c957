package org.ap4tracker.events.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.ap4tracker.events.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim comes from. The URL may be absent for print-only sources, which are then cited by title
 * and publisher. The database files the publisher's name under a publisher row of its own (found or created
 * by a trigger, see the migration adding source kinds), so the name is all a writer gives. A value object: a class rather than a record only because Envers rebuilds historic
 * copies through a no-argument constructor.
 */
@Embeddable
public final class Source {

    private @Nullable String url;
    private String title;
    private @Nullable String publisher;
    private @Nullable LocalDate publishedOn;
    private @Nullable LocalDate accessedOn;
    private @Nullable String archiveUrl;
    @Enumerated(EnumType.STRING)
    private SourceKind kind = SourceKind.NEWS;

    protected Source() {
    }

    public Source(@Nullable String url, String title, @Nullable String publisher, @Nullable LocalDate publishedOn,
            @Nullable LocalDate accessedOn, @Nullable String archiveUrl, SourceKind kind) {
        this.url = url;
        this.title = title;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.accessedOn = accessedOn;
        this.archiveUrl = archiveUrl;
        this.kind = kind;
    }

    public @Nullable String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public @Nullable String publisher() {
        return publisher;
    }

    public @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    public @Nullable LocalDate accessedOn() {
        return accessedOn;
    }

    public @Nullable String archiveUrl() {
        return archiveUrl;
    }

    public SourceKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source that && Objects.equals(url, that.url) && Objects.equals(title, that.title)
                && Objects.equals(publisher, that.publisher) && Objects.equals(publishedOn, that.publishedOn)
                && Objects.equals(accessedOn, that.accessedOn) && Objects.equals(archiveUrl, that.archiveUrl)
                && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, title, publisher, publishedOn, accessedOn, archiveUrl, kind);
    }
}
