package org.ap4tracker.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The fields of the admin event form as a browser posts them, starting from a valid event with one source
 * and one statement; tests change or remove what they are about.
 */
public final class EventForm {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private EventForm() {
    }

    public static EventForm valid(String title) {
        return new EventForm()
                .set("title", title)
                .set("summary", "A summary of " + title + ".")
                .set("startDate", "2031-03-04")
                .set("precision", "DAY")
                .set("qualifier", "EXACT")
                .set("type", "MEETING")
                .set("actors", "JP", "NATO")
                .set("topics", "partnerships")
                .set("development", "")
                .set("location", "Brussels, Belgium")
                .set("body", "Some **context**.")
                .set("sources[0].title", "First source")
                .set("sources[0].url", "https://example.org/first")
                .set("sources[0].publisher", "Example News")
                .set("statements[0].speaker", "A Minister")
                .set("statements[0].actor", "JP")
                .set("statements[0].stance", "SUPPORTIVE")
                .set("statements[0].language", "en")
                .set("statements[0].quote", "We welcome this.");
    }

    public EventForm set(String field, String... values) {
        fields.put(field, List.of(values));
        return this;
    }

    public EventForm remove(String field) {
        fields.remove(field);
        return this;
    }

    /** Removes every field of a source or statement row, e.g. {@code withoutRow("sources[0]")}. */
    public EventForm withoutRow(String prefix) {
        fields.keySet().removeIf(field -> field.startsWith(prefix + "."));
        return this;
    }

    public MockHttpServletRequestBuilder into(MockHttpServletRequestBuilder request) {
        fields.forEach((field, values) -> request.param(field, values.toArray(String[]::new)));
        return request;
    }
}
