package org.ap4tracker.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChangeCursorTests {

    @Test
    void aTokenLeadsBackToTheSamePositionInTheLog() {
        ChangeCursor cursor = new ChangeCursor(9_007_199_254_740_993L, 42);

        assertThat(ChangeCursor.parse(cursor.token())).isEqualTo(cursor);
        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aTimelineCursorIsNotAPositionInTheLog() {
        String timeline = new TimelineCursor(LocalDate.of(2023, 4, 11), 42).token();

        assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> ChangeCursor.parse(timeline));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zzz", "%%%", "change:1", "change:1:2:3", "change:-1:2", "change:a:2", "other:1:2"})
    void tokensTheLogDidNotIssueAreRejected(String text) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));

        assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> ChangeCursor.parse(token));
        assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> ChangeCursor.parse(text));
    }
}
