package org.ap4tracker.events.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums the rows that changes append to event_facet_count (V24) and event_source_kind_count (V35) back into
 * one row per key, so that reading a count stays a few hundred rows however many changes were made. Rows of transactions still running are not
 * visible here and stay as they are; so do those of transactions committing meanwhile. Several instances
 * may run this: a transaction-scoped advisory lock lets one of them at a time do the work.
 */
@Component
public class FacetCountCompaction {

    private static final Logger log = LoggerFactory.getLogger(FacetCountCompaction.class);

    /** Any fixed number, the same for every instance: the advisory lock's key. */
    private static final long LOCK = 0x61703466L;

    private final JdbcClient jdbc;

    FacetCountCompaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many rows were summed away, or 0 when another instance holds the lock. */
    // Run every ap4.facet-counts.compaction-interval by FacetCountSchedule.
    @Transactional
    public int compact() {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK)
                .query(Boolean.class).single();
        if (!locked) {
            return 0;
        }
        int removed = compact("event_facet_count", "actor_id, topic_id, year, type, development_id")
                + compact("event_source_kind_count", "actor_id, topic_id, year, type, development_id, kind");
        if (removed > 0) {
            log.debug("Summed {} facet count rows away", removed);
        }
        return removed;
    }

    /** Sums one table's rows by key (its kept counts, V24 and V35 alike); answers how many rows went. */
    private int compact(String table, String key) {
        int before = jdbc.sql("select count(*) from " + table).query(Integer.class).single();
        jdbc.sql("""
                with summed as (
                    delete from %1$s
                    where (%2$s) in (
                        select %2$s from %1$s group by %2$s having count(*) > 1 or sum(events) = 0)
                    returning %2$s, events)
                insert into %1$s (%2$s, events)
                select %2$s, sum(events) from summed
                group by %2$s having sum(events) <> 0
                """.formatted(table, key)).update();
        return before - jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
