package org.ap4tracker.events.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a search in Japanese or Korean looks its words up.
 *
 * @param indexedUpTo the most events whose text holds every bigram of a word for the word to be looked up in
 *        the bigram index, all its matches at once; a word in more events than this is checked event by event,
 *        newest first, as far as each statement needs (the list a page, the counts and the overview their newest
 *        {@value org.ap4tracker.events.TimelineFacets#COUNTED_UP_TO}). At a million events the two cost the
 *        same near a hundred thousand matches.
 */
@ConfigurationProperties("ap4.search.cjk")
record CjkSearchProperties(@DefaultValue("50000") int indexedUpTo) {
}
