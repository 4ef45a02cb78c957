package org.ap4tracker.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.FieldChange;
import org.ap4tracker.events.RevisionEntry;
import org.ap4tracker.events.Stance;
import org.ap4tracker.events.TopicRef;
import org.ap4tracker.system.DeskTimes;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A history as an editor reads it: names and labels instead of the codes the revisions store
 * (Japan, not JP; Critical, not CRITICAL; French, not fr), dates and times in words, and which words each
 * change removed and added. Events' and storylines' histories both read this way (template
 * {@code admin/word-diff}).
 */
@Component
public class ReadableHistory {

    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String PART = " · ";

    private final EventCatalog catalog;
    private final MessageSource messages;
    private final DeskTimes times;

    ReadableHistory(EventCatalog catalog, MessageSource messages, DeskTimes times) {
        this.catalog = catalog;
        this.messages = messages;
        this.times = times;
    }

    /** One revision: who made it and when, in words, and each change with its marked words. */
    public record Revision(long number, @Nullable String action, String username, String madeAt, String madeAtIso,
            @Nullable String changeNote, List<Change> changes) {
    }

    public record Change(String field, List<WordDiff.Segment> before, List<WordDiff.Segment> after) {
    }

    /** The history in the editor's language, with the day and time patterns the public pages use in it. */
    public List<Revision> of(List<RevisionEntry> entries) {
        Reading reading = new Reading(LocaleContextHolder.getLocale());
        return entries.stream().map(entry -> new Revision(entry.number(), entry.action(), entry.username(),
                times.format(entry.madeAt(), reading.locale), entry.madeAt().toString(), entry.changeNote(),
                entry.changes().stream().map(reading::readable).toList())).toList();
    }

    /** Changes outside a revision, such as those an edit conflict shows, read the same way. */
    public List<Change> changes(Collection<FieldChange> changes) {
        Reading reading = new Reading(LocaleContextHolder.getLocale());
        return changes.stream().map(reading::readable).toList();
    }

    /** What one reading of the history needs: the language, its date patterns, and names for the codes. */
    private final class Reading {

        private final Locale locale;
        private final DateTimeFormatter day;
        private final Map<String, String> names = new HashMap<>();

        Reading(Locale locale) {
            this.locale = locale;
            this.day = DateTimeFormatter.ofPattern(messages.getMessage("date.pattern.day", null, locale), locale);
            // Actor codes and topic slugs to names, and stances to their labels.
            for (TopicRef topic : catalog.topics()) {
                names.put(topic.slug(), topic.label());
            }
            for (ActorRef actor : catalog.actors()) {
                names.put(actor.code(), actor.name());
            }
            for (Stance stance : Stance.values()) {
                names.put(stance.name(), message("stance." + stance.name(), stance.name()));
            }
        }

        Change readable(FieldChange change) {
            String field = change.field();
            WordDiff.Sides sides = WordDiff.between(label(field, change.before()), label(field, change.after()));
            return new Change(field, sides.before(), sides.after());
        }

        /** Codes become words field by field; free text (titles, quotes) is left exactly as written. */
        private @Nullable String label(String field, @Nullable String value) {
            if (value == null) {
                return null;
            }
            return switch (field) {
                case "type" -> message("event.type." + value, value);
                // An event's status or a storyline's: their codes do not overlap.
                case "status" -> message("admin.status." + value, message("development.status." + value, value));
                case "actors", "topics" -> value.lines().map(this::named).collect(Collectors.joining("\n"));
                case "sources", "statements" -> value.lines().map(line -> Arrays.stream(line.split(PART, -1))
                        .map(this::part).collect(Collectors.joining(PART))).collect(Collectors.joining("\n"));
                default -> value;
            };
        }

        private String named(String value) {
            return names.getOrDefault(value, value);
        }

        /** One part of a source or statement line: an actor, stance, language, kind of source or date. */
        private String part(String part) {
            String named = named(part);
            if (!named.equals(part)) {
                return named;
            }
            if (part.startsWith("kind ")) {
                return message("source.kind." + part.substring(5).toUpperCase(Locale.ROOT), part);
            }
            if (LANGUAGE_TAG.matcher(part).matches()) {
                String language = Locale.forLanguageTag(part).getDisplayName(locale);
                return language.isBlank() || language.equals(part) ? part : language;
            }
            return daysInWords(part);
        }

        private String daysInWords(String text) {
            Matcher iso = ISO_DAY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (iso.find()) {
                String words;
                try {
                    words = day.format(LocalDate.parse(iso.group()));
                }
                catch (DateTimeParseException notADay) {
                    words = iso.group();
                }
                iso.appendReplacement(out, Matcher.quoteReplacement(words));
            }
            iso.appendTail(out);
            return out.toString();
        }

        private String message(String code, String fallback) {
            return messages.getMessage(code, null, fallback, locale);
        }
    }
}
