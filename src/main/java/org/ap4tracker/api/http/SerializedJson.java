package org.ap4tracker.api.http;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes an API response's JSON once. {@link PublicResponses} turns the body into JSON to hash it for the ETag, and
 * Spring's Jackson converter then turned the same body into JSON again to send it: a fifth of an uncached
 * {@code /api/v1/events}'s CPU (docs/performance.md). The bytes are kept in the request with the body they were
 * made from; this converter, asked before Jackson's, sends them when it is that very object that is written, so
 * the bytes sent are also exactly the bytes hashed. Any other body goes to Jackson's converter as before.
 */
final class SerializedJson extends AbstractHttpMessageConverter<Object> {

    private static final String ATTRIBUTE = SerializedJson.class.getName();

    private final JsonMapper json;

    SerializedJson(JsonMapper json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    /** The body's JSON, kept for this request's response. */
    static byte[] write(JsonMapper json, Object body) {
        byte[] bytes = json.writeValueAsBytes(body);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new Kept(body, bytes), RequestAttributes.SCOPE_REQUEST);
        }
        return bytes;
    }

    @Override
    protected boolean supports(Class<?> type) {
        Kept kept = kept();
        return kept != null && kept.body().getClass() == type;
    }

    @Override
    public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("Only writes JSON that was already made");
    }

    /**
     * The length of the kept bytes, so the response says how long it is rather than coming in chunks: a client can
     * tell a cut-off response from a whole one. Compression drops it again, as it must.
     */
    @Override
    protected @Nullable Long getContentLength(Object body, @Nullable MediaType contentType) {
        byte[] bytes = keptBytesOf(body);
        return bytes == null ? null : Long.valueOf(bytes.length);
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
        byte[] bytes = keptBytesOf(body);
        if (bytes != null) {
            output.getBody().write(bytes);
        }
        else {
            // Another object of the same type (a body advice replaced it): written as Jackson's converter would.
            output.getBody().write(json.writeValueAsBytes(body));
        }
    }

    /** The JSON kept for exactly this body, if it is the one this request's response was made from. */
    private static byte @Nullable [] keptBytesOf(Object body) {
        Kept kept = kept();
        return kept != null && kept.body() == body ? kept.bytes() : null;
    }

    private static @Nullable Kept kept() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (Kept) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    private record Kept(Object body, byte[] bytes) {
    }
}
