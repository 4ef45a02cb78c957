package org.ap4tracker.api.reads;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ap4tracker.events.DatePrecision;
import org.ap4tracker.events.DateQualifier;
import org.ap4tracker.events.HonestDate;
import org.ap4tracker.events.HonestDateFormat;
import org.jspecify.annotations.Nullable;

@Schema(name = "HonestDate", description = """
        A date only as precise as the sources allow. "mid-April 2023" is precision MONTH, qualifier MID and \
        start 2023-04-01, not a made-up day.""")
public record HonestDateResponse(
        @Schema(description = "The date as the site writes it.", example = "mid-April 2023")
        String text,
        @Schema(description = "How much of the date is known.")
        DatePrecision precision,
        @Schema(description = """
                How the event relates to the period: EARLY, MID and LATE name part of it; BEFORE and AFTER \
                place the event outside it; CIRCA means about then.""")
        DateQualifier qualifier,
        @Schema(description = "First day of the period named (ISO 8601); for MONTH and YEAR precision, its first day.",
                example = "2023-04-01")
        LocalDate start,
        @Schema(description = "Last day of a multi-day event (ISO 8601), or null.", example = "2023-07-12",
                types = {"string", "null"}, format = "date")
        @Nullable LocalDate end,
        @Schema(description = """
                The date in the Extended Date/Time Format (ISO 8601-2): "2023-04~" is about April 2023,                 "2023-04-11/2023-04-20" mid-April, "../2016" before 2017, "2018/.." after 2017.""",
                example = "2023-04-11/2023-04-20")
        String edtf) {

    /** Dates are written in English, the language of the tracker's content. */
    static final Locale LANGUAGE = Locale.ENGLISH;

    public static HonestDateResponse of(HonestDate date, HonestDateFormat format) {
        return new HonestDateResponse(format.format(date, LANGUAGE), date.precision(), date.qualifier(), date.start(),
                date.end(), date.edtf());
    }
}
