package org.ap4tracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record of text (and lists of text) that a handler takes as its query string: {@link QueryRecordArguments}
 * fills it from the request's parameters with what it learnt of the record once, instead of Spring MVC's
 * constructor binding, which reads the constructor's parameter annotations again on every request. Binding,
 * {@code @InitBinder} validators, {@code @Valid}, the binding result and the errors raised stay Spring MVC's own.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryRecord {
}
