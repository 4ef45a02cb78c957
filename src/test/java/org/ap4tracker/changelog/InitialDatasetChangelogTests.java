package org.ap4tracker.changelog;

import java.util.ArrayList;
import java.util.List;

import org.ap4tracker.support.Pages;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded events in the public changelog: once as the initial dataset, then their corrections with notes. */
@TrackerIntegrationTest
class InitialDatasetChangelogTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Every entry of the changelog, newest first, across its pages (other tests add entries of their own). */
    List<Element> changes;

    @BeforeEach
    void setUp() {
        Pages pages = new Pages(port);
        changes = new ArrayList<>();
        String next = "/changes";
        while (next != null) {
            Document page = pages.get(next).html();
            changes.addAll(page.select(".change"));
            Element older = page.selectFirst(".paging__next");
            next = older == null ? null : older.attr("href");
        }
    }

    private List<Element> entriesFor(String slug) {
        return changes.stream().filter(entry -> !entry.select("a[href=/events/" + slug + "]").isEmpty()).toList();
    }

    /** The corrections of an event that came with a note (other tests change seeded events without one). */
    private List<Element> corrections(String slug) {
        return entriesFor(slug).stream().filter(entry -> entry.select(".change-badge").text().equals("Corrected")
                && !entry.select(".change__note").text().isBlank()).toList();
    }

    private List<String> seededSlugs() {
        return jdbc.sql("select slug from event where created_by = 'seed'").query(String.class).list();
    }

    @Test
    void aSeededEventAppearsOnceAsTheInitialDatasetNeverAsNew() {
        List<Element> madrid = entriesFor("2022-06-28-madrid-summit");

        assertThat(madrid).extracting(entry -> entry.select(".change-badge").text())
                .contains("Corrected").endsWith("Initial dataset");
        assertThat(seededSlugs()).hasSize(29).allSatisfy(slug -> assertThat(entriesFor(slug))
                .extracting(entry -> entry.select(".change-badge").text())
                .containsOnlyOnce("Initial dataset").doesNotContain("New"));
        assertThat(entriesFor("2024-07-09-washington-summit")).extracting(entry -> entry.select(".change-badge").text())
                .containsExactly("Initial dataset");
    }

    @Test
    void eachCorrectionOfTheSeedCarriesItsPublicNote() {
        Element halt = corrections("2017-nato-china-dialogue-halts").get(0);

        assertThat(halt.select(".change-badge").text()).isEqualTo("Corrected");
        assertThat(halt.select(".change__event a").text()).isEqualTo("Opinion article says NATO–China dialogue halted after 2017");
        assertThat(halt.select(".change__note").text()).contains("the halt in dialogue is the opinion article's claim");
        assertThat(corrections("2022-06-28-madrid-summit").get(0).select(".change__note").text())
                .contains("29–30 June 2022");
        List<String> firstDataset = jdbc.sql("select slug from event where created_by = 'seed' and created_at < '2026-11-29'")
                .query(String.class).list();
        assertThat(firstDataset).as("the fourteen events of the first dataset, each corrected or better sourced")
                .hasSize(14).allSatisfy(slug -> assertThat(corrections(slug)).hasSize(1));
    }
}
