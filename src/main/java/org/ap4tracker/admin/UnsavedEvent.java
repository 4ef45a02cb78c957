package org.ap4tracker.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.AttributedStatement;
import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventInput;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.RelatedEvent;
import org.ap4tracker.events.SourceCitation;
import org.ap4tracker.events.SourceKind;
import org.ap4tracker.events.TopicRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The form's content as the public page would show it, without saving anything: references are looked up
 * as saving would, and any that do not resolve are left out (saving reports them).
 */
@Component
class UnsavedEvent {

    static final String PREVIEW_SLUG = "preview";

    private final EventCatalog catalog;

    UnsavedEvent(EventCatalog catalog) {
        this.catalog = catalog;
    }

    /** The input must be valid (title, summary, date and type present); rows left blank are ignored. */
    EventDetail of(EventInput input, @Nullable String slug, Instant now) {
        EventInput event = input.withoutBlankRows();
        Map<String, ActorRef> actors = catalog.actors().stream().collect(Collectors.toMap(ActorRef::code, Function.identity()));
        Map<String, TopicRef> topics = catalog.topics().stream().collect(Collectors.toMap(TopicRef::slug, Function.identity()));
        DevelopmentRef development = catalog.developmentChoices().stream()
                .filter(candidate -> candidate.slug().equals(event.development()))
                .findFirst().orElse(null);
        HonestDate date = new HonestDate(DatePreview.firstOfPeriod(event.startDate(), event.precision()), event.endDate(),
                event.precision(), event.qualifier());
        List<SourceCitation> sources = event.sourceRows().stream()
                .map(source -> new SourceCitation(source.url(), Objects.requireNonNullElse(source.title(), ""),
                        source.publisher(), source.publishedOn(), source.accessedOn(), source.archiveUrl(),
                        Objects.requireNonNullElse(source.kind(), SourceKind.NEWS), false))
                .toList();
        List<AttributedStatement> statements = event.statementRows().stream()
                .map(statement -> new AttributedStatement(Objects.requireNonNullElse(statement.speaker(), ""),
                        statement.speakerRole(), statement.actor() == null ? null : actors.get(statement.actor()),
                        statement.statedOn(), statement.quote(), statement.paraphrase(),
                        Objects.requireNonNullElse(statement.language(), "en"), statement.originalText(),
                        statement.stance(), statement.sourceUrl()))
                .toList();
        List<RelatedEvent> related = event.relatedSlugs().stream()
                .map(catalog::publicEvent)
                .flatMap(java.util.Optional::stream)
                .map(other -> new RelatedEvent(other.slug(), other.title(), other.date()))
                .toList();
        return new EventDetail(slug == null ? PREVIEW_SLUG : slug, event.title(), event.summary(), event.body(), date,
                event.type(), event.location(), EventStatus.PUBLISHED, null, development,
                event.actorCodes().stream().map(actors::get).filter(Objects::nonNull).toList(),
                event.topicSlugs().stream().map(topics::get).filter(Objects::nonNull).toList(),
                sources, statements, related, now, now, 0);
    }
}
