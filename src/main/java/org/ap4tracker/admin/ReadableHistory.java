package org.ap4tracker.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.FieldChange;
import org.ap4tracker.events.RevisionEntry;
import org.ap4tracker.events.Stance;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event's history as an editor reads it: names and labels instead of the codes the revisions store
 * (Japan, not JP; Critical, not CRITICAL; French, not fr), dates and times in words, and which words each
 * change removed and added.
 */
@Component
class ReadableHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String PART = " · ";

    private final EventCatalog catalog;
    private final MessageSource messages;

    ReadableHistory(EventCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** One revision: who made it and when, in words, and each change with its marked words. */
    record Revision(long number, @Nullable String action, String username, String madeAt, String madeAtIso,
            @Nullable String changeNote, List<Change> changes) {
    }

    record Change(String field, List<WordDiff.Segment> before, List<WordDiff.Segment> after) {
    }

    List<Revision> of(List<RevisionEntry> entries) {
        Function<String, String> values = labeller();
        return entries.stream().map(entry -> new Revision(entry.number(), entry.action(), entry.username(),
                moment(entry.madeAt()), entry.madeAt().toString(), entry.changeNote(),
                entry.changes().stream().map(change -> readable(change, values)).toList())).toList();
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    private Change readable(FieldChange change, Function<String, String> values) {
        String field = change.field();
        WordDiff.Sides sides = WordDiff.between(label(field, change.before(), values), label(field, change.after(), values));
        return new Change(field, sides.before(), sides.after());
    }

    /** Codes become words field by field; free text (titles, quotes) is left exactly as written. */
    private @Nullable String label(String field, @Nullable String value, Function<String, String> values) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "type" -> message("event.type." + value, value);
            case "status" -> message("admin.status." + value, value);
            case "actors", "topics" -> value.lines().map(values).collect(Collectors.joining("\n"));
            case "sources", "statements" -> value.lines().map(line -> Arrays.stream(line.split(PART, -1))
                    .map(part -> part(part, values)).collect(Collectors.joining(PART))).collect(Collectors.joining("\n"));
            default -> value;
        };
    }

    /** One part of a source or statement line: an actor, stance, language, kind of source or date. */
    private String part(String part, Function<String, String> values) {
        String named = values.apply(part);
        if (!named.equals(part)) {
            return named;
        }
        if (part.startsWith("kind ")) {
            return message("source.kind." + part.substring(5).toUpperCase(Locale.ROOT), part);
        }
        if (LANGUAGE_TAG.matcher(part).matches()) {
            String language = Locale.forLanguageTag(part).getDisplayName(Locale.ENGLISH);
            return language.isBlank() || language.equals(part) ? part : language;
        }
        return daysInWords(part);
    }

    private static String daysInWords(String text) {
        Matcher day = ISO_DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (day.find()) {
            String words;
            try {
                words = DAY.format(LocalDate.parse(day.group()));
            }
            catch (DateTimeParseException notADay) {
                words = day.group();
            }
            day.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        day.appendTail(out);
        return out.toString();
    }

    /** Actor codes and topic slugs to names, and stances to their labels; anything else unchanged. */
    private Function<String, String> labeller() {
        Map<String, String> names = new HashMap<>();
        for (TopicRef topic : catalog.topics()) {
            names.put(topic.slug(), topic.label());
        }
        for (ActorRef actor : catalog.actors()) {
            names.put(actor.code(), actor.name());
        }
        for (Stance stance : Stance.values()) {
            names.put(stance.name(), message("stance." + stance.name(), stance.name()));
        }
        return value -> names.getOrDefault(value, value);
    }

    private String message(String code, String fallback) {
        String text = messages.getMessage(code, null, null, Locale.ENGLISH);
        return text == null ? fallback : text;
    }
}
