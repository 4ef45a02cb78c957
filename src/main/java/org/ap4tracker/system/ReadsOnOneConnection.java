package org.ap4tracker.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handler (or a read service) that only reads makes its reads on one pooled connection, each statement committed on its own
 * (autocommit): no {@code BEGIN}, no {@code COMMIT}. Each read the handler made used to be a transaction of its
 * own (the timeline page took six, with six commits and six borrowed connections); then one read-only
 * transaction, whose {@code COMMIT} was a round trip to the database of its own.
 * <p>
 * {@link Propagation#SUPPORTS} with Spring's default synchronisation opens a scope, not a transaction: the first
 * statement borrows a connection and binds it to the scope, the others reuse it, and it returns to the pool when
 * the handler returns. Nothing is lost by leaving the transaction out: at PostgreSQL's default isolation, read
 * committed, each statement sees what was committed when it began, in a transaction or not. The read services
 * a handler calls ({@code EventCatalog} and the like) carry it too, so they join the handler's scope, or a
 * writing caller's transaction; one that started a transaction of its own would suspend the scope and borrow a
 * second connection.
 * <p>
 * The view is rendered after the handler returns, outside the scope, so a slow client never holds a connection.
 * On a controller, put it on the handler methods, not the class: there it would also wrap the
 * {@code @InitBinder} methods, a scope each.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface ReadsOnOneConnection {
}
