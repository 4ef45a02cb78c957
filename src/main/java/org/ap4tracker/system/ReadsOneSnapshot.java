package org.ap4tracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A handler that only reads runs in one read-only transaction, so that everything its response shows (a page's
 * list, counts and overview) comes from one snapshot of the database, through one pooled connection and one
 * commit. Each read the handler made used to be a
 * transaction of its own: the timeline page took six, six commits and six borrowed connections, and a change
 * committed between two of them could show in the list but not in its counts. The view is rendered after the
 * handler returns, outside the transaction, so a slow client never holds a connection. On handler methods only:
 * on a controller it would also wrap its {@code @InitBinder} methods, a transaction each.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadsOneSnapshot {
}
