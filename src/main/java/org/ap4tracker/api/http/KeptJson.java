package org.ap4tracker.api.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Keeps the JSON of {@link KeptAsJson} values and writes it again, as bytes, for an equal value: what
 * {@code RenderedFragments} does for the timeline's cards, for the API's lists. Turning the twenty events of a page
 * into JSON was 11 % of an uncached {@code /api/v1/events} (docs/performance.md); an event's JSON changes only
 * when the event, its storyline's or an actor's name, or the links' address do, and each of those makes an
 * unequal record, so an entry is never stale and never needs invalidating: one nobody asks for ages out.
 * <p>
 * The JSON kept is what the application's own mapper writes for the value alone, and it is written with
 * {@link JsonGenerator#writeRawValue}, so a response reads exactly as it did: the same bytes, as
 * {@code KeptJsonTests} checks.
 */
final class KeptJson {

    /** About 2 000 events' JSON. */
    private static final long KEPT_CHARACTERS = 2_500_000;

    private KeptJson() {
    }

    /** {@code json} with the {@link KeptAsJson} types' JSON kept; {@code json} itself writes it on a miss. */
    static JsonMapper keeping(JsonMapper json) {
        SimpleModule module = new SimpleModule("kept-json");
        module.setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                    ValueSerializer<?> serializer) {
                Class<?> type = bean.getBeanClass();
                return type.isAnnotationPresent(KeptAsJson.class) ? new Kept(json.writerFor(type)) : serializer;
            }
        });
        return json.rebuild().addModule(module).build();
    }

    private static final class Kept extends ValueSerializer<Object> {

        private final ObjectWriter plain;
        private final Cache<Object, SerializedString> kept = Caffeine.newBuilder()
                .maximumWeight(KEPT_CHARACTERS)
                .weigher((Object value, SerializedString json) -> json.charLength())
                .build();

        Kept(ObjectWriter plain) {
            this.plain = plain;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            SerializedString json = kept.getIfPresent(value);
            if (json == null) {
                json = new SerializedString(plain.writeValueAsString(value));
                json.asUnquotedUTF8();   // encoded once here, then copied on every write
                kept.put(value, json);
            }
            generator.writeRawValue(json);
        }
    }
}
