package org.ap4tracker.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.Function;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The desk writes its times the way its language does: the same history (a topic translation's, written by SQL,
 * and a storyline's, read through ReadableHistory), read at the English, Japanese and Korean
 * desk, says 30 November 2026, 14:05 UTC, 2026年11月30日 14:05 UTC and 2026년 11월 30일 오후 2:05 UTC. The expected
 * forms are written out here by hand from each time's machine-readable datetime, not by the desk's formatter.
 */
@TrackerIntegrationTest
class DeskTimesTests extends EditorAtTheDesk {

    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    @ParameterizedTest
    @ValueSource(strings = {"/admin/topics/space/translations/ja",
        "/admin/developments/ap4-defence-industrial-cooperation/history"})
    void aHistoryShowsItsTimesInTheDesksLanguage(String path) throws Exception {
        showsNewestTime(path, DeskTimesTests::english);
        showsNewestTime("/ja" + path, DeskTimesTests::japanese);
        showsNewestTime("/ko" + path, DeskTimesTests::korean);
    }

    private void showsNewestTime(String path, Function<ZonedDateTime, String> writtenOut) throws Exception {
        Element time = newestTime(path);
        assertThat(time.text()).as(path).isEqualTo(writtenOut.apply(at(time)));
    }

    private Element newestTime(String path) throws Exception {
        var response = mvc.perform(get(path).with(EDITOR)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Element time = Jsoup.parse(response.getContentAsString()).selectFirst("main time[datetime]");
        assertThat(time).as("a time in the history of " + path).isNotNull();
        return time;
    }

    private static ZonedDateTime at(Element time) {
        return Instant.parse(time.attr("datetime")).atZone(ZoneOffset.UTC);
    }

    private static String english(ZonedDateTime t) {
        return "%d %s %d, %02d:%02d UTC".formatted(t.getDayOfMonth(), ENGLISH_MONTHS[t.getMonthValue() - 1],
                t.getYear(), t.getHour(), t.getMinute());
    }

    private static String japanese(ZonedDateTime t) {
        return "%d年%d月%d日 %d:%02d UTC".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                t.getMinute());
    }

    /** Korean writes the hour on a twelve-hour clock after 오전 (morning) or 오후 (afternoon). */
    private static String korean(ZonedDateTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return "%d년 %d월 %d일 %s %d:%02d UTC".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour() < 12 ? "오전" : "오후", hour, t.getMinute());
    }
}
