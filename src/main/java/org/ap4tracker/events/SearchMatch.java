package org.ap4tracker.events;

import org.jspecify.annotations.Nullable;

/**
 * Where a text search found an event: its title and summary with the matched words marked, and, when the
 * words occur elsewhere, where: an excerpt of its body, the first statement that has them (its speaker and
 * what was said, quoted or paraphrased) or the first source that has them (its title and publisher), each
 * part apart, so that a reader sees why an event whose title says nothing of the words was listed.
 * {@code language} is the language of the marked title and summary.
 */
public record SearchMatch(MarkedText title, MarkedText summary, @Nullable MarkedText excerpt,
        @Nullable Said said, @Nullable Cited cited, String language) {

    /** A match in the English originals. */
    public SearchMatch(MarkedText title, MarkedText summary, @Nullable MarkedText excerpt, @Nullable Said said,
            @Nullable Cited cited) {
        this(title, summary, excerpt, said, cited, "en");
    }

    /** A statement that matched: who spoke and what they said, quoted ({@code quoted}) or paraphrased. */
    public record Said(MarkedText speaker, MarkedText words, boolean quoted) {
    }

    /** A source that matched: its title and, when known, its publisher. */
    public record Cited(MarkedText title, @Nullable MarkedText publisher) {
    }

    /** Whether the words were found beyond the title and summary. */
    public boolean foundElsewhere() {
        return excerpt != null || said != null || cited != null;
    }
}
