package org.ap4tracker.changelog;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ap4tracker.events.ChangeCursor;
import org.ap4tracker.events.ChangeKind;
import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.PublicChange;
import org.ap4tracker.events.PublicChangePage;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The changelog module starts on its own, with no database: from the public changes the catalog gives, it
 * writes the Atom feed a feed reader polls, each entry titled with what happened and linking to the event on
 * the site's public address. The catalog stands in for the events module; the site's security chain belongs
 * to another module, so its filters are left out here.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc(addFilters = false)
@Import(ChangelogModuleTests.TheSite.class)
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class ChangelogModuleTests {

    private static final String SLUG = "2023-07-12-nato-japan-itpp-agreed";

    @MockitoBean
    EventCatalog catalog;

    @Autowired
    MockMvc mvc;

    @Test
    void theFeedNamesWhatHappenedAndLinksToTheEventOnThePublicSite() throws Exception {
        Instant at = Instant.parse("2026-11-28T09:00:00Z");
        PublicChange published = new PublicChange(7, new ChangeCursor(100, 7), ChangeKind.PUBLISHED, false, false,
                SLUG, "NATO and Japan agree the ITPP", at, null, null, null);
        given(catalog.lastChange()).willReturn(Optional.of(at));
        given(catalog.publicChanges(null, ChangelogController.PAGE_SIZE))
                .willReturn(new PublicChangePage(List.of(published), null));

        mvc.perform(get("/changes.atom"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>AP4 Tracker: changes</title>"),
                        containsString("NATO and Japan agree the ITPP"),
                        containsString("href=\"https://tracker.example/events/" + SLUG + "\""))));
    }

    /** What the module takes from {@code system}: the site's public address. */
    @TestConfiguration
    static class TheSite {

        @Bean
        PublicUrls publicUrls() {
            return new PublicUrls(new PublicUrls.Properties(URI.create("https://tracker.example")));
        }
    }
}
