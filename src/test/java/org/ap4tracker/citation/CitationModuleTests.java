package org.ap4tracker.citation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.events.EventStatus;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.system.PublicUrls;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citation module starts on its own, with no database: given an event from the catalog, it answers the
 * BibTeX file a reference manager imports, with the event's permanent address on the site's public address and
 * the day it was read; a withdrawn event is 410 and an unknown one 404, as on the event page. The catalog is
 * the one thing of the events module it reads, so it stands in for it; the site's security chain belongs to
 * another module, so its filters are left out here.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc(addFilters = false)
@Import(CitationModuleTests.TheSite.class)
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class CitationModuleTests {

    private static final String SLUG = "2023-07-12-nato-japan-itpp-agreed";

    @MockitoBean
    EventCatalog catalog;

    @Autowired
    MockMvc mvc;

    @Test
    void aPublishedEventIsCitedAtItsPublicAddressOnTheDayItIsRead() throws Exception {
        given(catalog.publicEvent(SLUG)).willReturn(Optional.of(event(EventStatus.PUBLISHED)));

        mvc.perform(get("/events/{slug}/cite.bib", SLUG))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "inline; filename=\"ap4tracker-" + SLUG + ".bib\""))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("@misc{ap4tracker-" + SLUG + ","),
                        org.hamcrest.Matchers.containsString("title = {{NATO and Japan agree the ITPP}}"),
                        org.hamcrest.Matchers.containsString("url = {https://tracker.example/events/" + SLUG + "}"),
                        org.hamcrest.Matchers.containsString("urldate = {2026-11-28}"))));
    }

    @Test
    void aWithdrawnEventIsGoneAndAnUnknownOneIsNotFound() throws Exception {
        given(catalog.publicEvent(SLUG)).willReturn(Optional.of(event(EventStatus.WITHDRAWN)));
        mvc.perform(get("/events/{slug}/cite.bib", SLUG)).andExpect(status().isGone());

        mvc.perform(get("/events/{slug}/cite.json", "no-such-event")).andExpect(status().isNotFound());
    }

    private static EventDetail event(EventStatus status) {
        Instant published = Instant.parse("2023-07-12T09:00:00Z");
        return new EventDetail(SLUG, "NATO and Japan agree the ITPP", "A partnership programme.", null,
                HonestDate.day(LocalDate.of(2023, 7, 12)), EventType.AGREEMENT, null, status,
                status == EventStatus.WITHDRAWN ? "Duplicate of another event." : null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), published, published, 1);
    }

    /**
     * What the module takes from {@code system}: the site's public address, and the clock, fixed so that the
     * citation's "accessed" date is known.
     */
    @TestConfiguration
    static class TheSite {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        PublicUrls publicUrls() {
            return new PublicUrls(new PublicUrls.Properties(URI.create("https://tracker.example")));
        }
    }
}
