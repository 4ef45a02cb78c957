/**
 * Who may change the tracker: editor and administrator accounts stored in PostgreSQL, sign-in with
 * throttling against password guessing, sessions shared through PostgreSQL, and the security rules of
 * every page. Readers never need an account.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "language", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.accounts;
