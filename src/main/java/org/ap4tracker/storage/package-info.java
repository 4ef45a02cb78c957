/**
 * Where the data lives. With no {@code spring.datasource.url}, the tracker runs its own PostgreSQL
 * (embedded, persistent, under {@code ap4.storage.data-directory}); otherwise it uses the configured server
 * and starts nothing. One bean ({@code DatabaseConnection}) makes that choice when the application starts, so the
 * ahead-of-time processed build serves both; the embedded server is started early on a thread of its own
 * ({@code EarlyEmbeddedDatabase}) so that its start overlaps the rest of the context's set-up. Either way Boot's own DataSource, Flyway and JPA set-up apply
 * unchanged. {@code SessionLocks} gives long-running work (link checks, imports) an advisory lock that every
 * instance sees and that ends with its process.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.storage;
