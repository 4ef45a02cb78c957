package org.ap4tracker.api;

/** What the API's responses are: JSON in UTF-8, saying so, or problem JSON for errors. */
final class ApiMediaTypes {

    static final String JSON = "application/json;charset=UTF-8";

    private ApiMediaTypes() {
    }
}
