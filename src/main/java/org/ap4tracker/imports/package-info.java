/**
 * Bulk import at the desk, for newsrooms switching over: the tracker's own CSV export, the TimelineJS
 * spreadsheet template's CSV and the JSON of {@code /api/v1/events}. Every import is first a dry run with
 * a report per row; confirmed, it writes every row as a draft through {@code EventEditor}, in one
 * transaction. Files are processed off the request thread, with progress kept in {@code import_job}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "events", "storage", "system"})
@org.jspecify.annotations.NullMarked
package org.ap4tracker.imports;
