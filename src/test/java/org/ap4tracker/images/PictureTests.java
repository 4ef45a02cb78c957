package org.ap4tracker.images;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.ap4tracker.support.TestEvents;
import org.ap4tracker.support.TrackerIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pictures of events, end to end against the real application and PostgreSQL: uploads checked by their
 * content, metadata gone from what is served, caching headers, and the picture wherever the event is shown.
 */
@TrackerIntegrationTest
class PictureTests {

    static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");
    static final String PUBLISHED = "2031-09-01-pictures-published-event";
    static final String DRAFT = "2031-09-02-pictures-draft-event";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeTestEvents() {
        jdbc.sql("delete from event where slug like '2031-09-0%-pictures-%'").update();
    }

    @Test
    void aPhotographsLocationAndCameraDataAreGoneFromEveryServedCopy() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");
        byte[] upload = TestPictures.jpegWithGps(1200, 900);
        assertThat(TestPictures.gps(upload)).as("the upload carries a GPS position").isNotNull();
        assertThat(TestPictures.gps(upload).getLatitudeAsDegreesNorth()).isCloseTo(TestPictures.LATITUDE,
                org.assertj.core.data.Offset.offset(0.001));

        String sha = upload(PUBLISHED, "photo.jpg", upload, "Ministers at the table", "Photo: Jane Doe");

        List<Integer> widths = List.of(480, 960, 1200);
        assertThat(jdbc.sql("select width from image_variant where sha256 = :sha order by width").param("sha", sha)
                .query(Integer.class).list()).containsExactly(480, 960);
        for (int width : widths) {
            MockHttpServletResponse served = mvc.perform(get("/pictures/{sha}/{w}.jpg", sha, width)).andReturn().getResponse();
            assertThat(served.getStatus()).isEqualTo(200);
            assertThat(served.getContentType()).isEqualTo("image/jpeg");
            assertThat(served.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000", "public", "immutable");
            assertThat(served.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(served.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + sha + "-" + width + "\"");
            byte[] bytes = served.getContentAsByteArray();
            assertThat(TestPictures.exif(bytes)).as("EXIF of the %d px copy", width).isNull();
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "TestCam");
            assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(width);

            MockHttpServletResponse again = mvc.perform(get("/pictures/{sha}/{w}.jpg", sha, width)
                    .header(HttpHeaders.IF_NONE_MATCH, served.getHeader(HttpHeaders.ETAG))).andReturn().getResponse();
            assertThat(again.getStatus()).isEqualTo(304);
        }
        assertThat(mvc.perform(get("/pictures/{sha}/1200.png", sha)).andReturn().getResponse().getStatus())
                .as("the wrong extension").isEqualTo(404);
        assertThat(mvc.perform(get("/pictures/{sha}/333.jpg", sha)).andReturn().getResponse().getStatus())
                .as("a width never made").isEqualTo(404);
    }

    @Test
    void aWebpPhotographIsAcceptedAndServedWithoutItsLocation() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");
        // 320 x 240 WebP made with cwebp, then given a camera make and a GPS position in Tokyo with exiftool.
        byte[] upload;
        try (var in = getClass().getResourceAsStream("/pictures/tokyo-gps.webp")) {
            upload = in.readAllBytes();
        }
        assertThat(new String(upload, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the upload carries EXIF with the camera").contains("EXIF", "TestCam");

        String sha = upload(PUBLISHED, "tokyo.webp", upload, "Tokyo skyline at dusk", "Photo: Kenji Sato");

        MockHttpServletResponse served = mvc.perform(get("/pictures/{sha}/320.jpg", sha)).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        byte[] bytes = served.getContentAsByteArray();
        assertThat(TestPictures.exif(bytes)).isNull();
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "EXIF", "TestCam");
        var image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void theTypeIsTakenFromTheContentNotTheName() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");

        MockHttpServletResponse text = uploadResponse(PUBLISHED, "chart.png", "image/png",
                "<svg onload=alert(1)>not a picture</svg>".getBytes(), "A chart", "Someone");
        assertThat(text.getStatus()).isEqualTo(400);
        assertThat(fieldError(text, "file")).contains("not a JPEG, PNG or WebP picture");

        MockHttpServletResponse gif = uploadResponse(PUBLISHED, "animation.png", "image/png",
                encodeGif(), "An animation", "Someone");
        assertThat(gif.getStatus()).isEqualTo(400);
        assertThat(fieldError(gif, "file")).contains("not a JPEG, PNG or WebP picture");
        assertThat(pictureCount(PUBLISHED)).isZero();

        // A real PNG with a .jpg name is a PNG: kept and served as one, whatever the name said.
        String sha = upload(PUBLISHED, "renamed.jpg", TestPictures.png(300, 200), "A diagram", "Agency");
        MockHttpServletResponse served = mvc.perform(get("/pictures/{sha}/300.png", sha)).andReturn().getResponse();
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(mvc.perform(get("/pictures/{sha}/300.jpg", sha)).andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse twice = uploadResponse(PUBLISHED, "again.png", "image/png", TestPictures.png(300, 200),
                "The same diagram", "Agency");
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(fieldError(twice, "file")).isEqualTo("The event already shows this picture.");
        assertThat(pictureCount(PUBLISHED)).isOne();
    }

    @Test
    void tooManyPixelsAndMissingTextAreRefusedBesideTheirFieldsWithNothingKept() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");
        long filesBefore = jdbc.sql("select count(*) from image_file").query(Long.class).single();

        MockHttpServletResponse bomb = uploadResponse(PUBLISHED, "bomb.png", "image/png",
                TestPictures.pngClaiming(10_000, 10_000), "A bomb", "Someone");
        assertThat(bomb.getStatus()).isEqualTo(400);
        assertThat(fieldError(bomb, "file")).contains("10,000 by 10,000 pixels", "40 megapixels");

        MockHttpServletResponse noAlt = uploadResponse(PUBLISHED, "photo.jpg", "image/jpeg",
                TestPictures.jpeg(200, 100), " ", "");
        assertThat(noAlt.getStatus()).isEqualTo(400);
        assertThat(fieldError(noAlt, "alt")).contains("Describe what the picture shows");
        assertThat(fieldError(noAlt, "credit")).contains("Say who made the picture");

        MockHttpServletResponse noFile = uploadResponse(PUBLISHED, "empty.jpg", "image/jpeg", new byte[0], "Alt", "Credit");
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(fieldError(noFile, "file")).contains("Choose a picture file");

        assertThat(pictureCount(PUBLISHED)).isZero();
        assertThat(jdbc.sql("select count(*) from image_file").query(Long.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void readersSeeThePictureWithItsCreditOnThePageInTheFeedsAndOnTheCard() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");
        String sha = upload(PUBLISHED, "photo.jpg", TestPictures.jpeg(2000, 1000), "Two delegations shake hands",
                "Photo: Jane Doe / Agency", "The signing in Brussels", "CC BY 4.0");

        Document page = Jsoup.parse(mvc.perform(get("/events/{slug}", PUBLISHED)).andReturn().getResponse()
                .getContentAsString());
        Element figure = page.selectFirst("figure.event__picture");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("/pictures/" + sha + "/1600.jpg");
        assertThat(img.attr("alt")).isEqualTo("Two delegations shake hands");
        assertThat(img.attr("srcset")).contains("/pictures/" + sha + "/480.jpg 480w", "/pictures/" + sha + "/2000.jpg 2000w");
        assertThat(figure.selectFirst("figcaption").text()).contains("The signing in Brussels",
                "Picture: Photo: Jane Doe / Agency", "Licence: CC BY 4.0");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).endsWith("/pictures/" + sha + "/1600.jpg");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Two delegations shake hands");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        String atom = mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new java.io.StringReader(atom)));
        Entry entry = feed.getEntries().stream().filter(e -> e.getId().endsWith("/events/" + PUBLISHED)).findFirst().orElseThrow();
        Link enclosure = entry.getOtherLinks().stream().filter(link -> "enclosure".equals(link.getRel())).findFirst().orElseThrow();
        assertThat(enclosure.getHref()).endsWith("/pictures/" + sha + "/1600.jpg");
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");

        JsonNode jsonFeed = json.readTree(mvc.perform(get("/feed.json")).andReturn().getResponse().getContentAsString());
        JsonNode item = null;
        for (JsonNode candidate : jsonFeed.get("items")) {
            if (candidate.get("id").asString().endsWith("/events/" + PUBLISHED)) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("image").asString()).endsWith("/pictures/" + sha + "/1600.jpg");

        JsonNode timeline = json.readTree(mvc.perform(get("/timelinejs.json")).andReturn().getResponse().getContentAsString());
        JsonNode slide = null;
        for (JsonNode candidate : timeline.get("events")) {
            if (PUBLISHED.equals(candidate.get("unique_id").asString())) {
                slide = candidate;
            }
        }
        assertThat(slide).isNotNull();
        assertThat(slide.get("media").get("url").asString()).endsWith("/pictures/" + sha + "/1600.jpg");
        assertThat(slide.get("media").get("credit").asString()).isEqualTo("Photo: Jane Doe / Agency · CC BY 4.0");
        assertThat(slide.get("media").get("caption").asString()).isEqualTo("The signing in Brussels");
        assertThat(slide.get("media").get("alt").asString()).isEqualTo("Two delegations shake hands");
    }

    @Test
    void everyPictureChangeIsInTheHistory() throws Exception {
        new TestEvents(jdbc).published(PUBLISHED, LocalDate.of(2031, 9, 1), "Pictures published event", "NATO");
        String sha = upload(PUBLISHED, "photo.jpg", TestPictures.jpeg(400, 300), "A first description", "Agency");
        assertThat(mvc.perform(post("/admin/events/{slug}/pictures/{sha}", PUBLISHED, sha).with(EDITOR).with(csrf())
                .param("alt", "A better description").param("credit", "Agency").param("caption", "")
                .param("licence", "")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/admin/events/{slug}/pictures/{sha}", PUBLISHED, sha).with(EDITOR).with(csrf())
                .param("alt", "").param("credit", "Agency")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/admin/events/{slug}/pictures/{sha}/remove", PUBLISHED, sha).with(EDITOR).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        Document history = Jsoup.parse(mvc.perform(get("/admin/events/{slug}/history", PUBLISHED).with(EDITOR))
                .andReturn().getResponse().getContentAsString());
        String text = history.text();
        assertThat(text).contains("Picture added", "Picture described", "Picture removed", "A first description",
                "A better description");
        assertThat(jdbc.sql("select action from revision r join event_aud a on a.rev = r.id join event e on e.id = a.id "
                + "where e.slug = :slug order by r.id").param("slug", PUBLISHED).query(String.class).list())
                .containsExactly("PICTURE_ADDED", "PICTURE_EDITED", "PICTURE_REMOVED");
        // The refused description (400) changed nothing, so the audit log has the three changes and no more.
        assertThat(jdbc.sql("""
                select action || ' by ' || username from audit_log
                where entity_type = 'event' and entity_key = :slug and detail = :sha order by id""")
                .param("slug", PUBLISHED).param("sha", sha).query(String.class).list())
                .containsExactly("EVENT_PICTURE_ADDED by editor", "EVENT_PICTURE_EDITED by editor",
                        "EVENT_PICTURE_REMOVED by editor");
    }

    @Test
    void draftAndWithdrawnEventsPicturesAreForTheDeskOnly() throws Exception {
        long draft = new TestEvents(jdbc).draft(DRAFT, LocalDate.of(2031, 9, 2), "Pictures draft event");
        String sha = upload(DRAFT, "photo.jpg", TestPictures.jpeg(300, 200), "Not yet public", "Agency");

        assertThat(mvc.perform(get("/pictures/{sha}/300.jpg", sha)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse forEditor = mvc.perform(get("/pictures/{sha}/300.jpg", sha).with(EDITOR)).andReturn().getResponse();
        assertThat(forEditor.getStatus()).isEqualTo(200);
        assertThat(forEditor.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private", "no-cache").doesNotContain("public");

        jdbc.sql("update event set status = 'PUBLISHED', published_at = now() where id = :id").param("id", draft).update();
        assertThat(mvc.perform(get("/pictures/{sha}/300.jpg", sha)).andReturn().getResponse().getStatus()).isEqualTo(200);

        jdbc.sql("update event set status = 'WITHDRAWN', withdrawn_reason = 'Wrong picture' where id = :id")
                .param("id", draft).update();
        assertThat(mvc.perform(get("/pictures/{sha}/300.jpg", sha)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String upload(String slug, String name, byte[] bytes, String alt, String credit) throws Exception {
        return upload(slug, name, bytes, alt, credit, "", "");
    }

    private String upload(String slug, String name, byte[] bytes, String alt, String credit, String caption,
            String licence) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/events/{slug}/pictures", slug);
        request.file(new MockMultipartFile("file", name, "image/jpeg", bytes));
        MockHttpServletResponse response = mvc.perform(request.param("alt", alt).param("credit", credit)
                .param("caption", caption).param("licence", licence).with(EDITOR).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return jdbc.sql("""
                select i.sha256 from event_image i join event e on e.id = i.event_id
                where e.slug = :slug order by i.position desc limit 1""").param("slug", slug).query(String.class).single();
    }

    private MockHttpServletResponse uploadResponse(String slug, String name, String type, byte[] bytes, String alt,
            String credit) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/admin/events/{slug}/pictures", slug);
        request.file(new MockMultipartFile("file", name, type, bytes));
        return mvc.perform(request.param("alt", alt).param("credit", credit).with(EDITOR).with(csrf()))
                .andReturn().getResponse();
    }

    private static String fieldError(MockHttpServletResponse response, String field) throws Exception {
        Element error = Jsoup.parse(response.getContentAsString()).getElementById(field + "-error");
        assertThat(error).as("message beside " + field).isNotNull();
        return error.text();
    }

    private long pictureCount(String slug) {
        return jdbc.sql("select count(*) from event_image i join event e on e.id = i.event_id where e.slug = :slug")
                .param("slug", slug).query(Long.class).single();
    }

    private static byte[] encodeGif() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(TestPictures.drawing(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "gif", out);
        return out.toByteArray();
    }
}
