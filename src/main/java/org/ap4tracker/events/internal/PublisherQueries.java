package org.ap4tracker.events.internal;

import java.util.List;

import org.ap4tracker.events.PublisherKind;
import org.ap4tracker.events.PublisherSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publishers with what cites them, in one statement. */
@Repository
public class PublisherQueries {

    private final JdbcClient jdbc;

    PublisherQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every publisher, most cited first; dead links count distinct addresses whose last check found them gone. */
    public List<PublisherSummary> publishers() {
        return jdbc.sql("""
                select p.name, p.country, p.kind,
                       count(distinct e.id) filter (where e.status = 'PUBLISHED') as events,
                       count(distinct s.url) filter (where e.status = 'PUBLISHED' and l.dead) as dead_links
                from publisher p
                left join event_source s on s.publisher_id = p.id
                left join event e on e.id = s.event_id
                left join source_link_state l on l.url = s.url
                group by p.id
                order by events desc, lower(p.name)
                """)
                .query((rs, n) -> new PublisherSummary(rs.getString("name"), rs.getString("country"),
                        PublisherKind.valueOf(rs.getString("kind")), rs.getInt("events"), rs.getInt("dead_links")))
                .list();
    }

    /** Publisher names for the desk's choice, alphabetically. */
    public List<String> names() {
        return jdbc.sql("select name from publisher order by lower(name)").query(String.class).list();
    }
}
