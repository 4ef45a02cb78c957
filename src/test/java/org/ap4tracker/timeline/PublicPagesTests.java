package org.ap4tracker.timeline;

import org.ap4tracker.support.Pages;
import org.ap4tracker.support.Pages.Page;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public page over real HTTP, against the seed dataset. */
@TrackerIntegrationTest
class PublicPagesTests {

    @LocalServerPort
    int port;

    Pages pages;

    @BeforeEach
    void setUp() {
        pages = new Pages(port);
    }

    @Test
    void theTimelineGroupsEventsByYearAndMonthWithHonestDates() {
        Page timeline = pages.get("/");

        assertThat(timeline.status()).isEqualTo(200);
        // "after 2017" is listed under 2018, the first year it can mean, as the year facet and filter count it.
        assertThat(timeline.html().select(".timeline__year-heading").eachText()).containsExactly(
                "2025", "2024", "2023", "2022", "2021", "2020", "2018", "2015", "2012", "2011", "2008", "1999");
        Element year2023 = timeline.html().select(".timeline__year").get(2);
        assertThat(year2023.select(".timeline__month-heading").eachText()).containsExactly(
                "July 2023", "June 2023", "May 2023", "April 2023", "January 2023", "Known only to the year");
        assertThat(timeline.html().select(".entry__date").eachText())
                .contains("mid-April 2023", "11–12 July 2023", "29–30 June 2022", "December 2008", "after 2017",
                        "5 June 2023", "c. 2023");
        assertThat(timeline.html().select(".entry")).hasSize(29);
    }

    @Test
    void eachTimelineEntryShowsTypeTitleSummaryActorsAndStoryline() {
        Element itpp = pages.get("/").html().selectFirst(".entry:has(a[href=/events/2023-07-12-nato-japan-itpp-agreed])");

        assertThat(itpp).isNotNull();
        assertThat(itpp.select(".type-badge").text()).isEqualTo("Agreement");
        assertThat(itpp.select(".entry__summary").text()).contains("Individually Tailored Partnership Programme");
        assertThat(itpp.select(".chip").eachAttr("href")).containsExactly("/actors/NATO", "/actors/JP");
        assertThat(itpp.select(".chip--partner").text()).contains("Japan");
        assertThat(itpp.select(".entry__storyline a").attr("href")).isEqualTo("/developments/nato-japan-itpp");
    }

    @Test
    void theOrderToggleShowsTheOldestEventFirst() {
        Page newest = pages.get("/?actor=CN");
        String toggle = newest.html().select(".order-toggle a").attr("href");

        Page oldest = pages.get(toggle);

        assertThat(toggle).isEqualTo("/?actor=CN&order=oldest");
        assertThat(oldest.html().select(".entry__title").first().text())
                .isEqualTo("NATO bombing of the Chinese embassy in Belgrade");
        assertThat(oldest.html().select(".order-toggle a").attr("href")).isEqualTo("/?actor=CN");
    }

    @Test
    void filtersAreAShareableGetFormThatRemembersItsValues() {
        Page filtered = pages.get("/?actor=FR&type=STATEMENT&from=2023&to=2023");

        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.text("h1")).isEqualTo("Filtered timeline");
        assertThat(filtered.html().select(".entry__title").eachText()).hasSize(3)
                .allSatisfy(title -> assertThat(title).containsAnyOf("French", "Macron"));
        assertThat(filtered.html().select("form.filters").attr("method")).isEqualTo("get");
        assertThat(filtered.html().select("input[name=actor][value=FR]").hasAttr("checked")).isTrue();
        assertThat(filtered.html().select("input[name=type][value=STATEMENT]").hasAttr("checked")).isTrue();
        assertThat(filtered.html().select("input[name=from]").val()).isEqualTo("2023");
    }

    @Test
    void filtersThatCannotBeUnderstoodAreExplainedBesideTheirFields() {
        Page page = pages.get("/?type=PARADE&from=abc&to=1800");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text(".form-error")).contains("could not be understood");
        assertThat(page.html().select(".field-error").eachText()).containsExactlyInAnyOrder(
                "One of the event types is not known; choose from the list.",
                "Enter a year such as 2023.",
                "Enter a year between 1900 and 2100.");
        assertThat(page.html().select("input[name=from]").val()).isEqualTo("abc");
        assertThat(page.html().select(".entry")).isEmpty();
    }

    @Test
    void aYearRangeMustRunForwards() {
        Page page = pages.get("/?from=2023&to=2020");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text(".field-error")).isEqualTo("The first year must not be after the last year.");
    }

    @Test
    void aTamperedPagingLinkGetsAFriendlyBadRequestPage() {
        Page page = pages.get("/?cursor=not-a-cursor");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text("h1")).isEqualTo("That request could not be understood");
        assertThat(page.response().body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anEventPageShowsItsSourcesStoryLineAndRelatedEvents() {
        Page event = pages.get("/events/2023-07-12-nato-japan-itpp-agreed");

        assertThat(event.status()).isEqualTo(200);
        assertThat(event.text("h1")).isEqualTo(
                "NATO and Japan agree Individually Tailored Partnership Programme for 2023–2026");
        assertThat(event.html().select(".source__title").first().attr("href"))
                .isEqualTo("https://www.nato.int/cps/en/natolive/official_texts_217797.htm");
        assertThat(event.html().select(".source").eachText()).anySatisfy(
                source -> assertThat(source).contains("Opinion", "NATO pivots to Asia", "The Nation", "20 May 2023"));
        assertThat(event.html().select(".facts a[href=/developments/nato-japan-itpp]")).hasSize(1);
        assertThat(event.text(".status-badge")).isEqualTo("Agreed");
        assertThat(event.html().select(".related a").eachAttr("href")).contains("/events/2023-07-11-vilnius-summit",
                "/events/2025-04-08-rutte-visits-japan-joint-statement");
        assertThat(event.html().select(".tags a").eachText()).contains("Cyber defence", "Space");
        assertThat(event.html().select("meta[name=description]").attr("content"))
                .startsWith("NATO and Japan agreed an Individually Tailored Partnership Programme");
    }

    @Test
    void statementsAreGroupedByStanceWithSpeakerAndRole() {
        Page event = pages.get("/events/2023-05-04-china-criticises-tokyo-office-plan");

        Element critical = event.html().selectFirst(".stance--critical");
        assertThat(critical).isNotNull();
        assertThat(critical.select(".stance__heading").text()).isEqualTo("Critical");
        // Said in Chinese: the original words beside the English translation, each in its own language.
        assertThat(critical.select(".statement__translation p:not(.statement__label)").text())
                .startsWith("“NATO's continual eastward expansion");
        assertThat(critical.select(".statement__translation").attr("lang")).isEqualTo("en");
        assertThat(critical.select(".statement__original").attr("lang")).isEqualTo("zh");
        assertThat(critical.select("figcaption").text()).contains("Mao Ning", "Spokesperson", "4 May 2023");
    }

    @Test
    void aParaphrasedStatementIsNotPresentedAsAQuote() {
        Page event = pages.get("/events/2023-danish-ambassador-on-aim-of-tokyo-office");

        Element supportive = event.html().selectFirst(".stance--supportive");
        assertThat(supportive).isNotNull();
        assertThat(supportive.select("blockquote")).isEmpty();
        assertThat(supportive.select(".statement__paraphrase").text()).contains("counter China");
        assertThat(supportive.select("figcaption").text()).contains("Peter Taksøe-Jensen", "as reported");
    }

    @Test
    void storylinesShowStatusLastMovementAndMilestones() {
        Page list = pages.get("/developments");
        Element tokyo = list.html().selectFirst(".storyline:has(a[href=/developments/tokyo-liaison-office])");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select(".storyline")).hasSize(7);
        assertThat(tokyo).isNotNull();
        assertThat(tokyo.select(".status-badge").text()).isEqualTo("Stalled");
        assertThat(tokyo.select(".storyline__meta").text()).contains("7 milestones", "Last moved", "12 July 2023");

        Page storyline = pages.get("/developments/tokyo-liaison-office");
        assertThat(storyline.html().select(".entry__date").eachText()).startsWith("2023", "mid-April 2023", "3 May 2023");
    }

    @Test
    void anActorPageListsEverythingInvolvingThatActor() {
        Page japan = pages.get("/actors/JP");

        assertThat(japan.status()).isEqualTo(200);
        assertThat(japan.text("h1")).isEqualTo("Events involving Japan");
        assertThat(japan.text(".page-header")).contains("Asia-Pacific partner");
        assertThat(japan.html().select(".entry")).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(entry -> assertThat(entry.select(".chip").eachAttr("href")).contains("/actors/JP"));
    }

    @Test
    void anActorCodeTypedInLowerCaseLeadsToTheActorsPage() {
        Page typed = pages.get("/actors/jp?cursor=");

        assertThat(typed.status()).isEqualTo(301);
        assertThat(typed.header("Location")).endsWith("/actors/JP?cursor=");
        assertThat(pages.get("/actors/JP?cursor=").status()).isEqualTo(200);
    }

    @Test
    void theAboutPageStatesTheSourcingAndNeutralityPolicy() {
        Page about = pages.get("/about");

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.html().select("h2").eachText()).contains("Sourcing", "Neutrality", "Honest dates");
        assertThat(about.text("main")).contains("never in the tracker's own voice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/no-such-event", "/developments/no-such-storyline", "/actors/XX", "/no/such/page"})
    void unknownAddressesGetARealNotFoundPage(String path) {
        Page page = pages.get(path);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("h1")).isEqualTo("Page not found");
        assertThat(page.html().select("a[href=/]")).isNotEmpty();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineCode() {
        Page timeline = pages.get("/");

        assertThat(timeline.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(timeline.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(timeline.html().select("script:not([src]), style, [style]")).isEmpty();
        assertThat(timeline.html().select("script").attr("src")).matches("/assets/js/site-[0-9a-f]{32}\\.js");
        assertThat(timeline.html().select("link[rel=stylesheet]").attr("href")).matches("/assets/css/app-[0-9a-f]{32}\\.css");
    }
}
