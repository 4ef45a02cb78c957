package org.ap4tracker.timeline;

import java.util.Locale;

import org.ap4tracker.system.PublicUrls;
import org.ap4tracker.events.ActorRef;
import org.ap4tracker.events.DevelopmentSummary;
import org.ap4tracker.events.EventDetail;
import org.ap4tracker.images.ShownPicture;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The share cards of event, storyline and actor pages. */
@Component
class ShareCards {

    static final String ICON = "/assets/icons/icon-512.png";

    private final PublicUrls addresses;
    private final MessageSource messages;

    ShareCards(PublicUrls addresses, MessageSource messages) {
        this.addresses = addresses;
        this.messages = messages;
    }

    /** An event's card: its honest date leads the description, and its image is drawn for it. */
    ShareCard event(EventDetail event, String date, Locale locale) {
        return new ShareCard("article", event.title(), date + " \u2014 " + event.summary(),
                addresses.of("/events/" + event.slug()),
                addresses.of(ShareCardController.path(event.slug()) + "?v=" + event.version() + language(locale)),
                messages.getMessage("share.image.event", new Object[] {date, event.title()}, locale), true);
    }

    /** The card's language, asked for as non-pages are ({@code &lang=ja}); English's card has none. */
    private static String language(Locale locale) {
        String language = ReaderPrefix.language(locale);
        return language.equals("en") ? "" : "&lang=" + language;
    }

    /** The card of an event with a picture shows the picture, with the editor's alt text. */
    ShareCard withPicture(ShareCard card, ShownPicture picture) {
        return new ShareCard(card.type(), card.title(), card.description(), card.url(),
                addresses.of(picture.largePath()), picture.alt(), true);
    }

    ShareCard storyline(DevelopmentSummary storyline, Locale locale) {
        String status = messages.getMessage("development.status." + storyline.status().name(), null, locale);
        return new ShareCard("website", storyline.title(),
                messages.getMessage("share.storyline", new Object[] {status, storyline.description()}, locale),
                addresses.of("/developments/" + storyline.slug()), addresses.of(ICON),
                messages.getMessage("site.name", null, locale), false);
    }

    ShareCard actor(ActorRef actor, Locale locale) {
        return new ShareCard("website", messages.getMessage("actor.heading", new Object[] {actor.name()}, locale),
                messages.getMessage("share.actor", new Object[] {actor.name()}, locale),
                addresses.of("/actors/" + actor.code()), addresses.of(ICON),
                messages.getMessage("site.name", null, locale), false);
    }
}
