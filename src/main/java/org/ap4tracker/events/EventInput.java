package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ap4tracker.system.BoundaryRules;
import org.jspecify.annotations.Nullable;

/**
 * Everything an editor writes about an event, as the admin form and the JSON API receive it. The field
 * rules are annotations here, the rules between fields are in {@link EventInputRules}, and the same rules
 * hold again as constraints in the schema. References (actor codes, topic and storyline slugs, related
 * event slugs) are checked against the database when the event is saved.
 */
@EventInputRules.Valid
@BoundaryRules.Checked
public record EventInput(
        @Size(max = 120, message = "{event.slug.format}")
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{event.slug.format}")
        @Nullable String slug,
        @NotBlank(message = "{event.title.required}") @Size(max = 160, message = "{event.title.tooLong}")
        @Nullable String title,
        @NotBlank(message = "{event.summary.required}") @Size(max = 600, message = "{event.summary.tooLong}")
        @Nullable String summary,
        @Size(max = 20_000, message = "{event.body.tooLong}") @Nullable String body,
        @NotNull(message = "{event.startDate.required}") @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @NotNull(message = "{event.precision.required}") @Nullable DatePrecision precision,
        @NotNull(message = "{event.qualifier.required}") @Nullable DateQualifier qualifier,
        @NotNull(message = "{event.type.required}") @Nullable EventType type,
        @Size(max = MAX_ROWS, message = "{event.actors.tooMany}") @Nullable List<String> actors,
        @Size(max = MAX_ROWS, message = "{event.topics.tooMany}") @Nullable List<String> topics,
        @Nullable String development,
        @Size(max = 200, message = "{event.location.tooLong}") @Nullable String location,
        @Size(max = MAX_ROWS, message = "{event.sources.tooMany}") @Nullable List<@Valid SourceInput> sources,
        @Size(max = MAX_ROWS, message = "{event.statements.tooMany}") @Nullable List<@Valid StatementInput> statements,
        @Nullable List<String> related,
        @Size(max = 1000, message = "{event.changeNote.tooLong}") @Nullable String changeNote) {

    /**
     * The most actors, topics, sources or statements one event takes: far more than any event needs, and few
     * enough that a page, a feed entry or a citation stays readable and cheap to build.
     */
    public static final int MAX_ROWS = 50;

    /** The most related events one event names. */
    public static final int MAX_RELATED = 100;

    static final String HTTP_URL = "^https?://[^\\s/?#]+[^\\s]*$";

    /** An empty text field means "not given", whether it came from a form or from JSON. */
    public EventInput {
        slug = orNull(slug);
        title = orNull(title);
        summary = orNull(summary);
        body = orNull(body);
        development = orNull(development);
        location = orNull(location);
        changeNote = orNull(changeNote);
    }

    /** A new event's form: one empty source row and one empty statement row to fill in. */
    public static EventInput blank() {
        return new EventInput(null, null, null, null, null, null, DatePrecision.DAY, DateQualifier.EXACT, null,
                List.of(), List.of(), null, null, List.of(SourceInput.blank()), List.of(StatementInput.blank()),
                List.of(), null);
    }

    public List<String> actorCodes() {
        return actors == null ? List.of() : actors.stream().filter(EventInput::present).map(String::strip).toList();
    }

    public List<String> topicSlugs() {
        return topics == null ? List.of() : topics.stream().filter(EventInput::present).map(String::strip).toList();
    }

    /** Related slugs; the form sends them as one comma-separated text, so items are split on commas and spaces. */
    public List<String> relatedSlugs() {
        return related == null ? List.of()
                : related.stream()
                        .filter(EventInput::present)
                        .flatMap(item -> Stream.of(item.split("[,\\s]+")))
                        .filter(EventInput::present)
                        .distinct()
                        .toList();
    }

    public List<SourceInput> sourceRows() {
        return sources == null ? List.of() : sources;
    }

    public List<StatementInput> statementRows() {
        return statements == null ? List.of() : statements;
    }

    /** The form shows empty rows to fill in; rows left entirely empty are not part of the event. */
    public EventInput withoutBlankRows() {
        return withRows(sourceRows().stream().filter(row -> row != null && !row.isBlank()).toList(),
                statementRows().stream().filter(row -> row != null && !row.isBlank()).toList());
    }

    public EventInput withSourceAdded() {
        return withRows(Stream.concat(sourceRows().stream(), Stream.of(SourceInput.blank())).toList(), statementRows());
    }

    public EventInput withStatementAdded() {
        return withRows(sourceRows(), Stream.concat(statementRows().stream(), Stream.of(StatementInput.blank())).toList());
    }

    public EventInput withSourceRemoved(int index) {
        return withRows(without(sourceRows(), index), statementRows());
    }

    public EventInput withStatementRemoved(int index) {
        return withRows(sourceRows(), without(statementRows(), index));
    }

    /** Moves a source one place up (-1) or down (+1); a move past either end changes nothing. */
    public EventInput withSourceMoved(int index, int by) {
        return withRows(moved(sourceRows(), index, by), statementRows());
    }

    public EventInput withStatementMoved(int index, int by) {
        return withRows(sourceRows(), moved(statementRows(), index, by));
    }

    public EventInput withSlug(@Nullable String newSlug) {
        return new EventInput(newSlug, title, summary, body, startDate, endDate, precision, qualifier, type, actors,
                topics, development, location, sources, statements, related, changeNote);
    }

    private EventInput withRows(List<SourceInput> newSources, List<StatementInput> newStatements) {
        return new EventInput(slug, title, summary, body, startDate, endDate, precision, qualifier, type, actors,
                topics, development, location, newSources, newStatements, related, changeNote);
    }

    private static <T> List<T> without(List<T> rows, int index) {
        List<T> copy = new ArrayList<>(rows);
        if (index >= 0 && index < copy.size()) {
            copy.remove(index);
        }
        return copy;
    }

    private static <T> List<T> moved(List<T> rows, int index, int by) {
        List<T> copy = new ArrayList<>(rows);
        int target = index + by;
        if (index >= 0 && index < copy.size() && target >= 0 && target < copy.size()) {
            copy.add(target, copy.remove(index));
        }
        return copy;
    }

    /**
     * Blank is null, and line breaks are stored as line feeds whether a browser sent CR LF (as forms do) or
     * a client sent a lone CR, so every output writes them one way.
     */
    static @Nullable String orNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    static boolean allBlank(@Nullable String... values) {
        return Stream.of(values).noneMatch(EventInput::present);
    }
}
