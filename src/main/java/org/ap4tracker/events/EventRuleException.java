package org.ap4tracker.events;

/**
 * An editor asked for something the event's rules forbid, such as publishing without a source. The code is
 * a message key, so every caller can say why in the reader's language.
 */
public class EventRuleException extends RuntimeException {

    private final String messageCode;

    public EventRuleException(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
