package org.ap4tracker.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A response type whose JSON {@link PublicResponses} keeps and writes again for an equal value, instead of
 * serialising it anew: for a record that many responses repeat, such as an event in a list. The value is the key,
 * so the type must be a record (or have value equality) made only of what its JSON shows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeptAsJson {
}
