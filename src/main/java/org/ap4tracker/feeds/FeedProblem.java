package org.ap4tracker.feeds;

import java.util.List;

/**
 * An RFC 9457 problem detail for a query a format could not take, in the same shape as the JSON API's: each
 * wrong parameter is listed in {@code errors}.
 */
record FeedProblem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    static final String VALIDATION_TYPE = "https://ap4tracker.org/problems/validation";

    record FieldProblem(String field, String message) {
    }
}
