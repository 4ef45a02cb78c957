package org.ap4tracker.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.ap4tracker.changelog.ChangeLabel;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.DevelopmentStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value the pages can show by name has a label: a missing one would show the raw key to readers. */
class MessagesTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setUseCodeAsDefaultMessage(false);
    }

    static Stream<String> labelledValues() {
        return Stream.of(
                Arrays.stream(EventType.values()).map(type -> "event.type." + type),
                Arrays.stream(Stance.values()).map(stance -> "stance." + stance),
                Arrays.stream(DevelopmentStatus.values()).map(status -> "development.status." + status),
                Arrays.stream(DateQualifier.values()).map(qualifier -> "date.qualifier." + qualifier),
                Arrays.stream(ChangeLabel.values()).map(label -> "changes.kind." + label))
                .flatMap(codes -> codes);
    }

    @ParameterizedTest
    @MethodSource("labelledValues")
    void hasALabel(String code) {
        assertThat(MESSAGES.getMessage(code, null, Locale.ENGLISH)).isNotBlank();
    }
}
