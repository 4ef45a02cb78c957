package org.ap4tracker.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English, Japanese and Korean message files say the same things: the same keys (a key missing from a
 * translation would show English in the middle of a Japanese page), the same arguments (a translation that
 * drops {1} silently loses a value), and each message is a valid MessageFormat pattern without a lone
 * apostrophe (every message goes through MessageFormat, where a single ' swallows text up to the next one).
 * A translation identical to the English is allowed only for names and codes that are the same in every language.
 */
class MessageBundlesTests {

    /** Values that are rightly the same in every language: names, formats, markup, punctuation-only patterns. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("site.name", "actor.partner.short", "feeds.title",
            "feeds.author", "formats.JSON_FEED", "formats.TIMELINEJS", "cite.bibtex", "embed.code", "date.range.close",
            "date.range.wide", "date.qualifier.EXACT", "feeds.title.filtered", "embed.title", "share.image.event",
            "share.storyline");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    enum Translation {
        JAPANESE("messages_ja.properties", Locale.JAPANESE),
        KOREAN("messages_ko.properties", Locale.KOREAN);

        final String file;
        final Locale locale;

        Translation(String file, Locale locale) {
            this.file = file;
            this.locale = locale;
        }
    }

    static final Map<String, String> ENGLISH = load("messages.properties");

    @ParameterizedTest
    @EnumSource(Translation.class)
    void everyTranslationHasExactlyTheEnglishKeys(Translation translation) {
        Map<String, String> translated = load(translation.file);

        assertThat(new TreeSet<>(translated.keySet())).as("keys of %s", translation.file)
                .containsExactlyElementsOf(new TreeSet<>(ENGLISH.keySet()));
    }

    @ParameterizedTest
    @EnumSource(Translation.class)
    void everyTranslatedMessageTakesTheSameArguments(Translation translation) {
        Map<String, String> translated = load(translation.file);

        ENGLISH.forEach((key, english) -> {
            if (translated.containsKey(key)) {
                assertThat(arguments(translated.get(key))).as("arguments of %s in %s", key, translation.file)
                        .isEqualTo(arguments(english));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Translation.class)
    void translationsAreWrittenNotCopied(Translation translation) {
        Map<String, String> translated = load(translation.file);

        assertThat(ENGLISH.keySet().stream()
                .filter(key -> ENGLISH.get(key).equals(translated.get(key)))
                .filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key)))
                .as("messages of %s still in English", translation.file).isEmpty();
    }

    static Stream<String> files() {
        return Stream.of("messages.properties", "messages_ja.properties", "messages_ko.properties");
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyMessageIsAValidMessageFormatWithoutALoneApostrophe(String file) {
        load(file).forEach((key, pattern) -> {
            assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as("lone apostrophe in %s of %s", key, file).isFalse();
            MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
            Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = 2;
            }
            assertThat(format.format(arguments)).as("%s of %s", key, file).doesNotContain("{").isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyDatePatternIsAValidDateTimeFormatterPatternOnceThroughMessageFormat(String file) {
        load(file).entrySet().stream().filter(entry -> entry.getKey().startsWith("date.pattern.")).forEach(entry ->
                assertThat(DateTimeFormatter.ofPattern(new MessageFormat(entry.getValue()).format(new Object[0]))
                        .format(LocalDateTime.of(2023, 7, 11, 9, 30)))
                        .as("%s of %s", entry.getKey(), file).isNotBlank());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(matcher.group(1));
        }
        return indices;
    }

    private static Map<String, String> load(String file) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException ex) {
            throw new IllegalStateException(file, ex);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}
