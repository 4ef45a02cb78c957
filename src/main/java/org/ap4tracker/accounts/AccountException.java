package org.ap4tracker.accounts;

/** A request about accounts that cannot be carried out; the code is a message key naming the reason. */
public class AccountException extends RuntimeException {

    private final String field;

    private final String messageCode;

    AccountException(String field, String messageCode) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    /** The form field the problem belongs to. */
    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
