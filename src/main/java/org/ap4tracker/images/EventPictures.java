package org.ap4tracker.images;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pictures events show, for pages, feeds and cards. Callers ask only about events they may show: the
 * event page has already found the event public, the feeds list published events.
 */
@Service
@ReadsOnOneConnection
public class EventPictures {

    private static final String SELECT = """
            select e.slug, i.sha256, f.content_type, f.width, f.height, i.alt, i.caption, i.credit, i.licence,
                   array(select v.width from image_variant v where v.sha256 = i.sha256 order by v.width) as variants
            from event_image i
            join event e on e.id = i.event_id
            join image_file f on f.sha256 = i.sha256
            """;

    private final JdbcClient jdbc;

    EventPictures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShownPicture> of(String slug) {
        return jdbc.sql(SELECT + " where e.slug = :slug order by i.position")
                .param("slug", slug)
                .query((rs, row) -> picture(rs))
                .list();
    }

    /** The pictures of several events at once, by slug; events without pictures are left out. */
    public Map<String, List<ShownPicture>> of(Collection<String> slugs) {
        Map<String, List<ShownPicture>> bySlug = new LinkedHashMap<>();
        if (slugs.isEmpty()) {
            return bySlug;
        }
        jdbc.sql(SELECT + " where e.slug = any(:slugs) order by e.slug, i.position")
                .param("slugs", slugs.toArray(String[]::new))
                .query(rs -> {
                    bySlug.computeIfAbsent(rs.getString("slug"), slug -> new java.util.ArrayList<>()).add(picture(rs));
                });
        return bySlug;
    }

    /** The first picture of each event, the one feeds and cards show. */
    public Map<String, ShownPicture> firstOf(Collection<String> slugs) {
        Map<String, ShownPicture> first = new LinkedHashMap<>();
        of(slugs).forEach((slug, pictures) -> first.put(slug, pictures.get(0)));
        return first;
    }

    private static ShownPicture picture(ResultSet rs) throws SQLException {
        Array variants = rs.getArray("variants");
        List<Integer> widths = Arrays.stream((Integer[]) variants.getArray()).toList();
        return new ShownPicture(rs.getString("sha256"), rs.getString("content_type"), rs.getInt("width"),
                rs.getInt("height"), rs.getString("alt"), rs.getString("caption"), rs.getString("credit"),
                rs.getString("licence"), widths);
    }
}
