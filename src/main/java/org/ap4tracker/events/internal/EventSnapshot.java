package org.ap4tracker.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ap4tracker.events.HonestDate;
import org.jspecify.annotations.Nullable;

/** An event's editable fields for comparing versions. Collections become one line per item. */
public final class EventSnapshot {

    private EventSnapshot() {
    }

    public static FieldSnapshot of(Event event, Function<HonestDate, String> dateText) {
        return of(event, dateText, event.related().stream().map(Event::getSlug).toList());
    }

    /** For a historic copy, whose related events Envers cannot load, with the related slugs read separately. */
    public static FieldSnapshot of(Event event, Function<HonestDate, String> dateText, List<String> relatedSlugs) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("slug", event.getSlug());
        fields.put("title", event.getTitle());
        fields.put("summary", event.getSummary());
        fields.put("body", event.getBody());
        fields.put("date", dateText.apply(event.getDate()));
        fields.put("type", event.getType().name());
        fields.put("development", event.getDevelopment() == null ? null : event.getDevelopment().getTitle());
        fields.put("location", event.getLocation());
        fields.put("actors", lines(event.getActors().stream().map(Actor::getCode).sorted().toList()));
        fields.put("topics", lines(event.getTopics().stream().map(Topic::getSlug).sorted().toList()));
        fields.put("sources", lines(event.getSources().stream().map(EventSnapshot::describe).toList()));
        fields.put("statements", lines(event.getStatements().stream().map(EventSnapshot::describe).toList()));
        fields.put("pictures", lines(event.getPictures().stream().map(EventSnapshot::describe).toList()));
        fields.put("related", lines(relatedSlugs.stream().sorted(Comparator.naturalOrder()).toList()));
        fields.put("status", event.getStatus().name());
        fields.put("withdrawnReason", event.getWithdrawnReason());
        return new FieldSnapshot(fields);
    }

    private static @Nullable String lines(List<String> items) {
        return items.isEmpty() ? null : items.stream().collect(Collectors.joining("\n"));
    }

    private static String describe(Source source) {
        return join(source.title(), source.publisher(), source.url(),
                source.kind() == null ? null : "kind " + source.kind().name().toLowerCase(java.util.Locale.ROOT),
                source.publishedOn() == null ? null : "published " + source.publishedOn(),
                source.accessedOn() == null ? null : "accessed " + source.accessedOn(),
                source.archiveUrl() == null ? null : "archive " + source.archiveUrl());
    }

    /** The first characters of the file's name tell pictures apart as well as the editor needs. */
    private static String describe(Picture picture) {
        return join(picture.alt(), picture.caption() == null ? null : "caption: " + picture.caption(),
                "credit: " + picture.credit(), picture.licence() == null ? null : "licence: " + picture.licence(),
                "file " + picture.sha256().substring(0, 12));
    }

    private static String describe(Statement statement) {
        return join(statement.speaker(), statement.speakerRole(),
                statement.actor() == null ? null : statement.actor().getCode(),
                statement.statedOn() == null ? null : statement.statedOn().toString(),
                statement.stance().name(), statement.language(),
                statement.quote() == null ? null : "“" + statement.quote() + "”",
                statement.paraphrase() == null ? null : "paraphrase: " + statement.paraphrase(),
                statement.originalText() == null ? null : "original: " + statement.originalText(),
                statement.sourceUrl());
    }

    private static String join(@Nullable String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }
}
