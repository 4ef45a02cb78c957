package org.ap4tracker.api.http;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.ap4tracker.api.writes.NoteRequest;
import org.ap4tracker.api.writes.WithdrawRequest;
import org.ap4tracker.events.EventInput;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads the bodies of writes strictly, so that a mistake is an error rather than something silently
 * ignored or guessed: no unknown fields, no field given twice, nothing after the object, no numbers for text,
 * dates or choices, no lenient dates, no null among a list's items (a source row must be an object). Spring's JSON converter uses this mapper for the API's body types only
 * ({@link #BODIES}); every other JSON the application reads or writes keeps Boot's settings.
 * It also puts {@link SerializedJson} first among the converters, so a response whose JSON was made for its ETag is
 * not made twice.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration implements WebMvcConfigurer {

    static final List<Class<?>> BODIES = List.of(EventInput.class, NoteRequest.class, WithdrawRequest.class);

    private final JsonMapper strict;

    private final JsonMapper json;

    ApiJsonConfiguration(JsonMapper json) {
        this.json = json;
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withConfigOverride(LocalDate.class, date -> date.setFormat(JsonFormat.Value.forLeniency(false)))
                .withConfigOverride(List.class, list -> list.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream().filter(JacksonJsonHttpMessageConverter.class::isInstance)
                .map(JacksonJsonHttpMessageConverter.class::cast)
                .forEach(converter -> BODIES.forEach(type -> converter.registerMappersForType(type,
                        mappers -> mappers.put(MediaType.APPLICATION_JSON, strict))));
        converters.add(0, new SerializedJson(json));
    }
}
