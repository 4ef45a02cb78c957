package org.ap4tracker.accounts;

/** A newly created token, the only time its secret exists outside the client that receives it. */
public record IssuedApiToken(long id, String name, String secret) {
}
