package org.ap4tracker.feeds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.ap4tracker.events.EventCatalog;

import org.springframework.stereotype.Component;

/**
 * Every event a filter shows as CSV (RFC 4180: a header row, fields quoted when they need it, CRLF between
 * records), in the timeline's order, written by PostgreSQL's COPY and passed on as bytes, so memory stays flat and
 * the rate stays near the database's own however many events there are.
 * <p>
 * The file starts with a UTF-8 byte order mark. RFC 4180 says nothing of one, but Excel reads a CSV file
 * without it in the machine's legacy code page and garbles "Élysée" and "NATO–Japan"; CSV libraries and
 * spreadsheets skip the mark.
 * <p>
 * No cell starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a spreadsheet
 * would take such text, typed by anyone who can edit an event, for a formula (OWASP's CSV injection). Such a
 * cell gets a leading apostrophe, which spreadsheets read as "this is text". The statement does this, cell by
 * cell ({@link EventCatalog#writeCsv}).
 */
@Component
class CsvWriter {

    static final String FILE_NAME = "ap4-tracker-events.csv";

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final byte[] START = (BYTE_ORDER_MARK + EventCatalog.CSV_HEADER + "\r\n")
            .getBytes(StandardCharsets.UTF_8);

    private final EventCatalog catalog;

    CsvWriter(EventCatalog catalog) {
        this.catalog = catalog;
    }

    void write(FeedRequest request, OutputStream out) throws IOException {
        out.write(START);
        catalog.writeCsv(request.pageOrder(), request.origin(), out);
        out.flush();
    }
}
