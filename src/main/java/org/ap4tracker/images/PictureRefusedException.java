package org.ap4tracker.images;

/** An upload the tracker will not keep, with the message key that tells the editor why. */
public class PictureRefusedException extends RuntimeException {

    private final String messageCode;
    private final Object[] args;

    PictureRefusedException(String messageCode, Object... args) {
        super(messageCode);
        this.messageCode = messageCode;
        this.args = args.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }
}
