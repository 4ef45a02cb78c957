package org.ap4tracker.events.internal;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A picture shown with an event: which cleaned image file (by the SHA-256 of its bytes) and what readers are
 * told about it. The bytes are not part of the event; the image module keeps them. A value object: a class
 * rather than a record only because Envers rebuilds historic copies through a no-argument constructor.
 */
@Embeddable
public final class Picture {

    private String sha256;
    private String alt;
    private @Nullable String caption;
    private String credit;
    private @Nullable String licence;

    protected Picture() {
    }

    public Picture(String sha256, String alt, @Nullable String caption, String credit, @Nullable String licence) {
        this.sha256 = sha256;
        this.alt = alt;
        this.caption = caption;
        this.credit = credit;
        this.licence = licence;
    }

    public String sha256() {
        return sha256;
    }

    public String alt() {
        return alt;
    }

    public @Nullable String caption() {
        return caption;
    }

    public String credit() {
        return credit;
    }

    public @Nullable String licence() {
        return licence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture that && sha256.equals(that.sha256) && alt.equals(that.alt)
                && Objects.equals(caption, that.caption) && credit.equals(that.credit)
                && Objects.equals(licence, that.licence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha256, alt, caption, credit, licence);
    }
}
