/**
 * The audit log: every editorial and administrative action with who did it, when, to what and from which
 * client address. Other modules record into it through {@link org.ap4tracker.audit.AuditLog}. Who and where come
 * from an injected {@link org.ap4tracker.audit.Auditor}, which the web edge ({@code accounts}) implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
@org.jspecify.annotations.NullMarked
package org.ap4tracker.audit;
