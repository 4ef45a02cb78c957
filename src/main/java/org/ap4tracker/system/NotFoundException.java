package org.ap4tracker.system;

/**
 * Something asked for by its name or key does not exist: an event, a storyline, an actor, an account. The
 * domain's exceptions extend it and carry no HTTP status; {@link NotFoundPages} gives every page of the site
 * the 404 error page for it, and the API's own handler answers its requests with problem JSON first.
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
