package org.ap4tracker.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ap4tracker.events.LinkProblem;
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

    public List<String> addressesToCheck(Instant checkedBefore, int limit) {
        return jdbc.sql("""
                select s.url from event_source s
                join event e on e.id = s.event_id
                left join source_link_state l on l.url = s.url
                where e.status = 'PUBLISHED' and s.url is not null
                  and (l.checked_at is null or l.checked_at < :before)
                group by s.url, l.checked_at
                order by l.checked_at nulls first, s.url
                limit :limit
                """)
                .param("before", Timestamp.from(checkedBefore)).param("limit", limit)
                .query(String.class).list();
    }

    /** Problem links, gone ones first, then moved, failing and blocked ones, each with its citing events. */
    public List<LinkProblem> linkProblems() {
        Map<String, LinkProblem> problems = new LinkedHashMap<>();
        jdbc.sql("""
                select l.url, l.outcome, l.http_status, l.final_url, l.detail, l.checked_at,
                       e.slug, e.title, s.archive_url is not null as archived
                from source_link_state l
                join event_source s on s.url = l.url
                join event e on e.id = s.event_id and e.status <> 'DRAFT'
                where l.outcome <> 'OK'
                order by array_position(array['NOT_FOUND', 'MOVED', 'FAILING', 'BLOCKED'], l.outcome::text), l.url, e.slug
                """)
                .query(rs -> {
                    String url = rs.getString("url");
                    LinkProblem problem = problems.get(url);
                    if (problem == null) {
                        problem = new LinkProblem(url, rs.getString("outcome"), (Integer) rs.getObject("http_status"),
                                rs.getString("final_url"), rs.getString("detail"),
                                rs.getObject("checked_at", OffsetDateTime.class).toInstant(), new ArrayList<>());
                        problems.put(url, problem);
                    }
                    problem.citedBy().add(new LinkProblem.Citing(rs.getString("slug"), rs.getString("title"),
                            rs.getBoolean("archived")));
                });
        return List.copyOf(problems.values());
    }

    /** Publisher names for the desk's choice, alphabetically. */
    public List<String> names() {
        return jdbc.sql("select name from publisher order by lower(name)").query(String.class).list();
    }
}
