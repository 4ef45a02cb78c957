package org.ap4tracker.feeds;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.TimelineFilter;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@TrackerIntegrationTest
@Transactional
class CalendarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEventOfTheFilterIsOneAllDayEvent() throws Exception {
        MvcResult result = FeedRequests.fetch(mvc, "/calendar.ics");
        Calendar calendar = parse(result);

        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo("inline; filename=\"ap4-tracker.ics\"");
        assertThat(result.getResponse().getContentAsString()).contains("\r\n");
        assertThat(calendar.getComponents("VEVENT")).hasSize(29);
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("AP4 Tracker");
        calendar.validate();

        Calendar filtered = parse(FeedRequests.fetch(mvc, "/calendar.ics?actor=JP&type=SUMMIT"));
        assertThat(filtered.<VEvent>getComponents("VEVENT")).extracting(event -> value(event, "UID"))
                .containsExactlyElementsOf(FeedRequests.timelineSlugs(catalog, FeedRequests.japanAtSummits()).stream()
                        .map(slug -> slug + "@localhost").toList());
        assertThat(filtered.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("AP4 Tracker: Japan, summits");
        assertThat(parse(FeedRequests.fetch(mvc, "/calendar.ics?actor=FR")).getComponents("VEVENT"))
                .hasSize(FeedRequests.timelineSlugs(catalog, TimelineFilter.involving("FR")).size());
    }

    @Test
    void aMultiDaySummitSpansItsDaysWithAnExclusiveEnd() throws Exception {
        VEvent vilnius = event(parse(FeedRequests.fetch(mvc, "/calendar.ics")), "2023-07-11-vilnius-summit");

        assertThat(vilnius.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2023, 7, 11));
        assertThat(vilnius.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2023, 7, 13));
        assertThat(vilnius.getProperty("DTSTART").orElseThrow().toString()).startsWith("DTSTART;VALUE=DATE:20230711");
        assertThat(vilnius.getProperty("DTEND").orElseThrow().toString()).startsWith("DTEND;VALUE=DATE:20230713");
        assertThat(value(vilnius, "SUMMARY")).isEqualTo("NATO Vilnius Summit");
        assertThat(value(vilnius, "LOCATION")).isEqualTo("Vilnius, Lithuania");
        assertThat(value(vilnius, "URL")).isEqualTo(FeedRequests.eventUrl("2023-07-11-vilnius-summit"));
        assertThat(value(vilnius, "DESCRIPTION")).startsWith("Date: 11\u201312 July 2023\n")
                .contains("NATO leaders met in Vilnius.")
                .endsWith(FeedRequests.eventUrl("2023-07-11-vilnius-summit"));
        assertThat(value(vilnius, "CATEGORIES")).contains("Summit", "Japan");
        assertThat(value(vilnius, "TRANSP")).isEqualTo("TRANSPARENT");

        VEvent madrid = event(parse(FeedRequests.fetch(mvc, "/calendar.ics")), "2022-06-28-madrid-summit");
        assertThat(madrid.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2022, 7, 1));
        VEvent oneDay = event(parse(FeedRequests.fetch(mvc, "/calendar.ics")), "2023-07-12-nato-japan-itpp-agreed");
        assertThat(oneDay.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2023, 7, 12));
        assertThat(oneDay.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2023, 7, 13));
    }

    @Test
    void monthYearAndQualifiedDatesSitOnTheirFirstPossibleDayAndSayTheirDateInWords() throws Exception {
        Calendar calendar = parse(FeedRequests.fetch(mvc, "/calendar.ics"));

        assertOneDay(calendar, "2023-04-tokyo-liaison-office-proposal-shared", LocalDate.of(2023, 4, 11),
                "[mid-April 2023] Proposal for a NATO liaison office in Tokyo shared among allies");
        assertOneDay(calendar, "2011-03-nato-intervention-in-libya", LocalDate.of(2011, 3, 1),
                "[March 2011] NATO intervention in Libya");
        assertOneDay(calendar, "2023-australia-nato-partnership-programme-2023-2026", LocalDate.of(2023, 1, 1),
                "[c. 2023] Australia–NATO Individually Tailored Partnership Programme for 2023–2026");
        assertOneDay(calendar, "2023-danish-ambassador-on-aim-of-tokyo-office", LocalDate.of(2023, 1, 1),
                "[2023] Danish ambassador describes aim of NATO office in Tokyo");
        assertOneDay(calendar, "2009-gulf-of-aden-anti-piracy-coordination", LocalDate.of(2008, 12, 1),
                "[December 2008] NATO begins counter-piracy work in the Gulf of Aden, where it later coordinates with China");
        assertOneDay(calendar, "2017-nato-china-dialogue-halts", LocalDate.of(2018, 1, 1),
                "[after 2017] Opinion article says NATO\u2013China dialogue halted after 2017");
    }

    @Test
    void aCalendarInJapaneseOrKoreanSaysTheLanguageOfEachEventsText() throws Exception {
        new TestEvents(jdbc).published("2031-02-01-not-translated", LocalDate.of(2031, 2, 1), "Not translated yet", "JP");

        MvcResult japaneseResult = FeedRequests.fetch(mvc, "/calendar.ics?lang=ja");
        Calendar japanese = parse(japaneseResult);
        Calendar korean = parse(FeedRequests.fetch(mvc, "/calendar.ics?lang=ko"));
        Calendar english = parse(FeedRequests.fetch(mvc, "/calendar.ics"));
        japanese.validate();
        korean.validate();

        VEvent vilnius = event(japanese, "2023-07-11-vilnius-summit");
        assertThat(value(vilnius, "SUMMARY")).isEqualTo("NATOビリニュス首脳会合");
        assertThat(language(vilnius, "SUMMARY")).isEqualTo("ja");
        assertThat(language(vilnius, "DESCRIPTION")).isEqualTo("ja");
        assertThat(value(vilnius, "DESCRIPTION")).startsWith("日付：2023年7月11日–12日\n")
                .endsWith(FeedRequests.ORIGIN + "/ja/events/2023-07-11-vilnius-summit");
        assertThat(value(vilnius, "URL")).isEqualTo(FeedRequests.ORIGIN + "/ja/events/2023-07-11-vilnius-summit");
        assertThat(language(vilnius, "LOCATION")).isEqualTo("en");
        assertThat(japaneseResult.getResponse().getContentAsString()).contains("SUMMARY;LANGUAGE=ja:NATOビリニュス首脳会合");
        assertThat(value(event(japanese, "2023-04-tokyo-liaison-office-proposal-shared"), "SUMMARY"))
                .isEqualTo("[2023年4月中旬] NATO東京連絡事務所の提案、同盟国間で共有");

        VEvent untranslated = event(japanese, "2031-02-01-not-translated");
        assertThat(value(untranslated, "SUMMARY")).isEqualTo("Not translated yet");
        assertThat(language(untranslated, "SUMMARY")).isEqualTo("en");
        assertThat(language(untranslated, "DESCRIPTION")).isEqualTo("en");
        assertThat(value(untranslated, "DESCRIPTION")).startsWith("Date: 1 February 2031\n");
        assertThat(value(untranslated, "URL")).isEqualTo(FeedRequests.eventUrl("2031-02-01-not-translated"));

        VEvent koreanVilnius = event(korean, "2023-07-11-vilnius-summit");
        assertThat(value(koreanVilnius, "SUMMARY")).isEqualTo("나토 빌뉴스 정상회의");
        assertThat(language(koreanVilnius, "SUMMARY")).isEqualTo("ko");
        assertThat(language(koreanVilnius, "DESCRIPTION")).isEqualTo("ko");
        assertThat(english.<VEvent>getComponents("VEVENT")).allSatisfy(event -> {
            assertThat(language(event, "SUMMARY")).isEqualTo("en");
            assertThat(language(event, "DESCRIPTION")).isEqualTo("en");
        });
    }

    @Test
    void uidsAndStampsStayTheSameFromOneDownloadToTheNext() throws Exception {
        List<String> first = uidsAndStamps(parse(FeedRequests.fetch(mvc, "/calendar.ics")));
        List<String> second = uidsAndStamps(parse(FeedRequests.fetch(mvc, "/calendar.ics")));
        List<String> uids = parse(FeedRequests.fetch(mvc, "/calendar.ics")).<VEvent>getComponents("VEVENT").stream()
                .map(event -> value(event, "UID")).toList();

        assertThat(first).isEqualTo(second).contains("2023-07-11-vilnius-summit@localhost");
        assertThat(uids).hasSize(29).doesNotHaveDuplicates();
    }

    private static void assertOneDay(Calendar calendar, String slug, LocalDate day, String summary) {
        VEvent event = event(calendar, slug);
        assertThat(event.getDateTimeStart().getDate()).as(slug).isEqualTo(day);
        assertThat(event.getDateTimeEnd().getDate()).as(slug).isEqualTo(day.plusDays(1));
        assertThat(value(event, "SUMMARY")).isEqualTo(summary);
    }

    private static List<String> uidsAndStamps(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .flatMap(event -> java.util.stream.Stream.of(value(event, "UID"), value(event, "DTSTAMP")))
                .toList();
    }

    private static Calendar parse(MvcResult result) throws Exception {
        return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar, String slug) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> value(event, "UID").equals(slug + "@localhost")).findFirst().orElseThrow();
    }

    /** The LANGUAGE parameter (RFC 5545, 3.2.10) of a property, as the parser read it. */
    private static String language(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError(property))
                .getParameter(Parameter.LANGUAGE).map(Parameter::getValue)
                .orElseThrow(() -> new AssertionError(property + " has no LANGUAGE"));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property));
    }
}
