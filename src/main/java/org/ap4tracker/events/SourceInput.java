package org.ap4tracker.events;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/** One source row of an event as an editor or API client writes it. */
@BoundaryRules.Checked
public record SourceInput(
        @Size(max = 2000, message = "{event.source.url.tooLong}")
        @Pattern(regexp = EventInput.HTTP_URL, flags = Pattern.Flag.CASE_INSENSITIVE, message = "{event.url.http}")
        @Nullable String url,
        @NotBlank(message = "{event.source.title.required}") @Size(max = 300, message = "{event.source.title.tooLong}")
        @Nullable String title,
        @Size(max = 200, message = "{event.source.publisher.tooLong}") @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate accessedOn,
        @Size(max = 2000, message = "{event.source.url.tooLong}")
        @Pattern(regexp = EventInput.HTTP_URL, flags = Pattern.Flag.CASE_INSENSITIVE, message = "{event.url.http}")
        @Nullable String archiveUrl,
        @Nullable SourceKind kind) {

    /** A source written without a kind (as API clients did before kinds existed) is taken as a news report. */
    public SourceInput {
        kind = kind == null ? SourceKind.NEWS : kind;
        url = EventInput.orNull(url);
        title = EventInput.orNull(title);
        publisher = EventInput.orNull(publisher);
        archiveUrl = EventInput.orNull(archiveUrl);
    }

    /** A source of the default kind, a news report. */
    public SourceInput(@Nullable String url, @Nullable String title, @Nullable String publisher,
            @Nullable LocalDate publishedOn, @Nullable LocalDate accessedOn, @Nullable String archiveUrl) {
        this(url, title, publisher, publishedOn, accessedOn, archiveUrl, null);
    }

    public static SourceInput blank() {
        return new SourceInput(null, null, null, null, null, null, SourceKind.NEWS);
    }

    boolean isBlank() {
        return EventInput.allBlank(url, title, publisher, archiveUrl) && publishedOn == null && accessedOn == null;
    }
}
