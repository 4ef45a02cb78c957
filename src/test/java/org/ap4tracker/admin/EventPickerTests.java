package org.ap4tracker.admin;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The related-event picker's search: part of a title finds the event, with its date in words. */
@TrackerIntegrationTest
class EventPickerTests {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void partOfATitleInAnyCaseFindsTheEventWithItsSlugAndDateInWords() throws Exception {
        JsonNode found = find("nato vilnius sum");

        assertThat(found.findValuesAsString("slug")).contains("2023-07-11-vilnius-summit");
        JsonNode summit = found.valueStream().filter(choice -> choice.get("slug").asString().equals("2023-07-11-vilnius-summit"))
                .findFirst().orElseThrow();
        assertThat(summit.get("title").asString()).isEqualTo("NATO Vilnius Summit");
        assertThat(summit.get("date").asString()).isEqualTo("11\u201312 July 2023");
    }

    @Test
    void wildcardsAreLiteralAndTooLittleOrTooMuchTextIsHarmless() throws Exception {
        assertThat(find("%").size()).isZero();
        assertThat(find("_").size()).isZero();
        assertThat(find("v").size()).isZero();
        assertThat(find("x".repeat(5000)).size()).isZero();
        assertThat(find("NATO").size()).isBetween(1, EventPickerController.SHOWN);
    }

    @Test
    void storylinesActorsAndTopicsAreFoundByPartOfTheirNameInTheSameShape() throws Exception {
        assertThat(find("/admin/actors/picker", "japa").findValuesAsString("slug")).containsExactly("JP");
        assertThat(find("/admin/actors/picker", "japa").get(0).get("title").asString()).isEqualTo("Japan");
        assertThat(find("/admin/topics/picker", "CYBER").findValuesAsString("slug")).contains("cyber-defence");
        assertThat(find("/admin/developments/picker", "liaison").findValuesAsString("slug"))
                .contains("tokyo-liaison-office");
        assertThat(find("/admin/actors/picker", "").size()).isZero();
        assertThat(find("/admin/actors/picker", "x".repeat(5000)).size()).isZero();
    }

    private JsonNode find(String path, String typed) throws Exception {
        MvcResult result = mvc.perform(get(path).param("q", typed).with(EDITOR)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode find(String typed) throws Exception {
        MvcResult result = mvc.perform(get("/admin/events/picker").param("q", typed).with(EDITOR)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }
}
