package org.ap4tracker.events;

import java.time.Instant;
import java.util.List;

import org.ap4tracker.events.internal.PublisherQueries;
import org.ap4tracker.system.ReadsOnOneConnection;

import org.springframework.stereotype.Service;

/**
 * The publishers and addresses the tracker cites: for the public sources page, the desk's publisher choice, and the
 * link checker with the desk's list of links that no longer work.
 */
@Service
@ReadsOnOneConnection
public class SourceDirectory {

    private final PublisherQueries publishers;

    SourceDirectory(PublisherQueries publishers) {
        this.publishers = publishers;
    }

    public List<PublisherSummary> publishers() {
        return publishers.publishers();
    }

    public List<String> publisherNames() {
        return publishers.names();
    }

    /** Addresses published events cite whose last check is older than the given time or missing, oldest first. */
    public List<String> addressesToCheck(Instant checkedBefore, int limit) {
        return publishers.addressesToCheck(checkedBefore, limit);
    }

    /** Cited addresses whose last check found them gone, moved or failing, with the events citing them. */
    public List<LinkProblem> linkProblems() {
        return publishers.linkProblems();
    }
}
