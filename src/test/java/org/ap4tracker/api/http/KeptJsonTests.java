package org.ap4tracker.api.http;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept value's JSON is the JSON the mapper writes for it, byte for byte, the first time and every time after;
 * a value that differs in anything its JSON shows gets JSON of its own.
 */
class KeptJsonTests {

    private final JsonMapper plain = JsonMapper.builder().build();

    private final JsonMapper keeping = KeptJson.keeping(plain);

    @KeptAsJson
    record Card(String slug, String title, List<String> actors, Instant updatedAt, long version) {
    }

    record Page(List<Card> events, String next) {
    }

    private static final Card TOKYO = new Card("2023-05-03-tokyo", "NATO \"liaison\" office in Tokyo – 東京",
            List.of("NATO", "JP"), Instant.parse("2023-05-03T09:00:00Z"), 3);

    private static final Card VILNIUS = new Card("2023-07-11-vilnius", "Vilnius summit </script>\u2028",
            List.of("NATO", "JP", "KR", "AU", "NZ"), Instant.parse("2023-07-11T12:00:00Z"), 0);

    @Test
    void aPageReadsTheSameFirstAndEveryTimeAfter() {
        Page page = new Page(List.of(TOKYO, VILNIUS, TOKYO), "https://example.org/api/v1/events?after=x");
        byte[] expected = plain.writeValueAsBytes(page);

        assertThat(keeping.writeValueAsBytes(page)).isEqualTo(expected);
        assertThat(keeping.writeValueAsBytes(page)).isEqualTo(expected);
        assertThat(keeping.writeValueAsString(page)).isEqualTo(plain.writeValueAsString(page));
    }

    @Test
    void anEditedValueIsWrittenAnew() {
        keeping.writeValueAsBytes(new Page(List.of(TOKYO), null));
        Card retitled = new Card(TOKYO.slug(), "NATO shelves the Tokyo office", TOKYO.actors(), TOKYO.updatedAt(),
                TOKYO.version() + 1);
        Card sameVersionOtherActors = new Card(TOKYO.slug(), TOKYO.title(), List.of("NATO"), TOKYO.updatedAt(),
                TOKYO.version());

        for (Card card : List.of(retitled, sameVersionOtherActors)) {
            Page page = new Page(List.of(card), null);
            assertThat(keeping.writeValueAsString(page)).isEqualTo(plain.writeValueAsString(page));
        }
    }

    /** Equal to every other tally, whatever it shows: a value that breaks {@link KeptAsJson}'s contract. */
    static final class Shown {

        int value;

        @JsonValue
        int value() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shown;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @KeptAsJson
    record Tally(Shown shown) {
    }

    @Test
    void anEqualValueIsWrittenFromWhatWasKept() {
        Shown shown = new Shown();
        shown.value = 1;
        assertThat(keeping.writeValueAsString(new Tally(shown))).isEqualTo("{\"shown\":1}");

        shown.value = 2;
        assertThat(plain.writeValueAsString(new Tally(shown))).isEqualTo("{\"shown\":2}");
        assertThat(keeping.writeValueAsString(new Tally(shown))).as("kept from the first write").isEqualTo("{\"shown\":1}");
    }

    @Test
    void aValueAloneIsKeptToo() {
        assertThat(keeping.writeValueAsString(VILNIUS)).isEqualTo(plain.writeValueAsString(VILNIUS));
        assertThat(keeping.writeValueAsString(VILNIUS)).isEqualTo(plain.writeValueAsString(VILNIUS));
    }
}
