package org.ap4tracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A handler that only reads runs in one read-only transaction: its reads (a page's list, counts and overview)
 * share one pooled connection and one commit. Each read the handler made used to be a transaction of its own: the
 * timeline page took six, with six commits and six borrowed connections. The view is rendered after the handler
 * returns, outside the transaction, so a slow client never holds a connection. On handler methods only: on a
 * controller it would also wrap its {@code @InitBinder} methods, a transaction each.
 *
 * <p>The transaction is PostgreSQL's default, read committed: each statement sees what was committed when it
 * began, so a publication committed between two reads can still show in the list but not in its counts. One
 * snapshot for the whole handler would need repeatable read, which the driver sets with a statement of its own
 * before the transaction and another after it; not measured.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadsInOneTransaction {
}
