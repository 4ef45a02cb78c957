package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * An editor asked for something the event's rules forbid, such as publishing without a source. The code is
 * a message key, so every caller can say why in the reader's language. A rule about what one field says (the
 * sources, the slug, the related events) names that field, so that a form or the API can point at it; a rule
 * about the event's state (only drafts are deleted) names none.
 */
public class EventRuleException extends RuntimeException {

    private final @Nullable String field;
    private final String messageCode;

    public EventRuleException(String messageCode) {
        this(null, messageCode);
    }

    private EventRuleException(@Nullable String field, String messageCode) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    /** A rule broken by what {@code field} says. */
    public static EventRuleException onField(String field, String messageCode) {
        return new EventRuleException(field, messageCode);
    }

    public String messageCode() {
        return messageCode;
    }

    /** The field whose content breaks the rule, or null when the rule is about the event's state. */
    public @Nullable String field() {
        return field;
    }
}
