package org.ap4tracker.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON bodies of writes strictly, so that a mistake is an error rather than something silently
 * ignored or guessed: at most 1 MiB, counted as the body arrives (chunked bodies too, not only by
 * Content-Length); only {@code application/json}; no unknown fields; no numbers for text, dates or choices.
 * The raw bytes are kept for Idempotency-Key, which compares bodies.
 */
@Component
class JsonRequestBodies {

    static final int MAX_BYTES = 1024 * 1024;

    private final JsonMapper strict;

    JsonRequestBodies(JsonMapper json) {
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withConfigOverride(LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)))
                .build();
    }

    /** The body as {@code type}; a missing or empty body is an error. */
    <T> JsonBody<T> read(HttpServletRequest request, Class<T> type) {
        byte[] bytes = bytes(request);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw malformed("The request needs a JSON object as its body.", List.of());
        }
        return new JsonBody<>(bytes, parse(bytes, type));
    }

    /** The body as {@code type}, or {@code empty} when the request has no body at all. */
    <T> JsonBody<T> readOptional(HttpServletRequest request, Class<T> type, T empty) {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return new JsonBody<>(new byte[0], empty);
        }
        byte[] bytes = bytes(request);
        return bytes.length == 0 ? new JsonBody<>(bytes, empty) : new JsonBody<>(bytes, parse(bytes, type));
    }

    private static byte[] bytes(HttpServletRequest request) {
        requireJson(request);
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the request body", ex);
        }
    }

    private static void requireJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        MediaType mediaType;
        try {
            mediaType = contentType == null ? null : MediaType.parseMediaType(contentType);
        }
        catch (InvalidMediaTypeException ex) {
            mediaType = null;
        }
        boolean json = mediaType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType);
        String charset = mediaType == null ? null : mediaType.getParameter("charset");
        if (!json || charset != null && !charset.replace("\"", "").equalsIgnoreCase("UTF-8")) {
            throw ApiProblemException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, """
                    The body must be JSON in UTF-8, sent as Content-Type: application/json; this request sent %s."""
                    .formatted(contentType == null ? "no Content-Type" : contentType));
        }
    }

    private static ApiProblemException tooLarge() {
        return ApiProblemException.of(ProblemType.CONTENT_TOO_LARGE,
                "The body is larger than %d bytes (1 MiB), the most this API accepts.".formatted(MAX_BYTES));
    }

    private <T> T parse(byte[] bytes, Class<T> type) {
        ObjectReader reader = strict.readerFor(type);
        T value;
        try {
            value = reader.readValue(bytes);
        }
        catch (StreamReadException ex) {
            throw malformed("The body is not valid JSON%s.".formatted(where(ex.getLocation())), List.of());
        }
        catch (PropertyBindingException ex) {
            String field = path(ex);
            throw malformed("The body has a field this API does not know: %s.".formatted(field),
                    List.of(new Problem.FieldProblem(field, "is not a field here; the fields are "
                            + String.join(", ", names(ex.getKnownPropertyIds())))));
        }
        catch (MismatchedInputException ex) {
            String field = path(ex);
            if (field.isEmpty()) {
                throw malformed("The body must be a JSON object.", List.of());
            }
            String expected = expected(ex.getTargetType());
            throw malformed("The field %s has the wrong type: it %s.".formatted(field, expected),
                    List.of(new Problem.FieldProblem(field, expected)));
        }
        catch (JacksonException ex) {
            String field = path(ex);
            throw malformed(field.isEmpty() ? "The body could not be read as JSON." :
                    "The field %s could not be read.".formatted(field),
                    field.isEmpty() ? List.of() : List.of(new Problem.FieldProblem(field, "could not be read")));
        }
        if (value == null) {
            throw malformed("The body must be a JSON object, not null.", List.of());
        }
        return value;
    }

    private static ApiProblemException malformed(String detail, List<Problem.FieldProblem> errors) {
        return errors.isEmpty() ? ApiProblemException.of(ProblemType.MALFORMED_BODY, detail)
                : ApiProblemException.withErrors(ProblemType.MALFORMED_BODY, detail, errors);
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
    }

    /** The field as the validation errors name it: {@code sources[0].title}. */
    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == LocalDate.class) {
            return "must be a date written as YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static List<String> names(Collection<Object> known) {
        return known == null ? List.of() : known.stream().map(Object::toString).sorted().toList();
    }

    /** A body as it arrived, and as read. */
    record JsonBody<T>(byte[] bytes, T value) {
    }
}
