package org.ap4tracker.changelog;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.ap4tracker.events.PublicChange;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.ap4tracker.system.AtomParts.link;
import static org.ap4tracker.system.AtomParts.text;
import static org.ap4tracker.system.AtomParts.xml;

/**
 * The changelog as an Atom 1.0 feed. Entry ids are tag URIs made of the change log entry's own id, so they
 * never change, whatever host serves the feed; every entry links to the event's page (or tombstone), or to
 * the changelog when the event is no longer public at that address.
 */
@Component
class ChangelogFeed {

    static final String MEDIA_TYPE = "application/atom+xml";

    /** The authority of the tag URIs: the project's own domain, as in the API's problem types. */
    private static final String TAG_PREFIX = "tag:ap4tracker.org,2026:";

    private final MessageSource messages;

    ChangelogFeed(MessageSource messages) {
        this.messages = messages;
    }

    static String entryId(PublicChange change) {
        return TAG_PREFIX + "change-" + change.id();
    }

    /** The feed document; {@code baseUrl} is the site's absolute root, without a trailing slash. */
    String write(List<PublicChange> changes, @Nullable Date updated, String baseUrl, Locale locale) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG_PREFIX + "changes");
        feed.setTitle(message("changes.feed.title", locale));
        feed.setSubtitle(text(message("changes.feed.subtitle", locale)));
        feed.setUpdated(updated != null ? updated : new Date(0));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + ChangelogController.PATH)));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, baseUrl + ChangelogController.FEED_PATH)));
        Person site = new Person();
        site.setName(message("site.name", locale));
        feed.setAuthors(List.of(site));
        feed.setEntries(changes.stream().map(change -> entry(change, baseUrl, locale)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        }
        catch (FeedException ex) {
            throw new IllegalStateException("The changelog feed could not be written", ex);
        }
    }

    private Entry entry(PublicChange change, String baseUrl, Locale locale) {
        ChangeLabel label = ChangeLabel.of(change);
        Entry entry = new Entry();
        entry.setId(entryId(change));
        entry.setTitle(xml(message(label.messageCode(), locale) + ": "
                + (change.title() != null ? change.title() : change.slug())));
        entry.setUpdated(Date.from(change.at()));
        String href = change.linkable() ? baseUrl + "/events/" + change.slug() : baseUrl + ChangelogController.PATH;
        entry.setAlternateLinks(List.of(link("alternate", "text/html", href)));
        String summary = summary(change, locale);
        if (summary != null) {
            entry.setSummary(text(summary));
        }
        return entry;
    }

    private @Nullable String summary(PublicChange change, Locale locale) {
        List<String> parts = new ArrayList<>(2);
        if (change.withdrawnReason() != null) {
            parts.add(messages.getMessage("changes.reason.text", new Object[] {change.withdrawnReason()}, locale));
        }
        if (change.note() != null) {
            parts.add(messages.getMessage("changes.note.text", new Object[] {change.note()}, locale));
        }
        if (!change.linkable()) {
            parts.add(messages.getMessage("changes.gone", new Object[] {change.slug()}, locale));
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
