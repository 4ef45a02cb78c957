package org.ap4tracker.images;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ap4tracker.events.PictureDescription;
import org.jspecify.annotations.Nullable;

/** What the editor writes about a picture: alt text and credit are required, caption and licence are not. */
record PictureForm(
        @NotBlank(message = "{picture.alt.required}") @Size(max = 500, message = "{picture.alt.tooLong}") @Nullable String alt,
        @Size(max = 1000, message = "{picture.caption.tooLong}") @Nullable String caption,
        @NotBlank(message = "{picture.credit.required}") @Size(max = 300, message = "{picture.credit.tooLong}") @Nullable String credit,
        @Size(max = 300, message = "{picture.licence.tooLong}") @Nullable String licence) {

    static PictureForm empty() {
        return new PictureForm(null, null, null, null);
    }

    static PictureForm of(ShownPicture picture) {
        return new PictureForm(picture.alt(), picture.caption(), picture.credit(), picture.licence());
    }

    PictureDescription description() {
        return new PictureDescription(alt == null ? "" : alt, caption, credit == null ? "" : credit, licence);
    }
}
