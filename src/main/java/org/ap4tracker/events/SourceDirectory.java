package org.ap4tracker.events;

import java.util.List;

import org.ap4tracker.events.internal.PublisherQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The publishers the tracker cites, for the public sources page and the desk's publisher choice. */
@Service
@Transactional(readOnly = true)
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
}
