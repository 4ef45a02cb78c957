package org.ap4tracker.api.http;

/** What the API's responses are: JSON in UTF-8, saying so, or problem JSON for errors. */
public final class ApiMediaTypes {

    public static final String JSON = "application/json;charset=UTF-8";

    private ApiMediaTypes() {
    }
}
