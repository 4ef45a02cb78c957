package org.ap4tracker.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimelineCursorTests {

    @Test
    void aTokenLeadsBackToTheSamePosition() {
        TimelineCursor cursor = new TimelineCursor(LocalDate.of(2023, 4, 11), 42);

        assertThat(TimelineCursor.parse(cursor.token())).isEqualTo(cursor);
        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zzz", "MjAyMy0wNC0xMQ", "bm90LWEtZGF0ZV80Mg", "MjAyMy0wNC0xMV9hYmM", "%%%"})
    void tokensWeDidNotIssueAreRejected(String token) {
        assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> TimelineCursor.parse(token));
    }
}
