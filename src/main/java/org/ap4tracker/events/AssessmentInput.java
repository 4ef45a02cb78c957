package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as an editor writes it on the desk. Sources are typed one a line, the address first and then,
 * after a space, how to name it: {@code https://www.nato.int/… NATO: Vilnius Summit Communiqué}.
 */
public record AssessmentInput(
        @NotNull(message = "{assessment.status.required}") @Nullable DevelopmentStatus status,
        @NotNull(message = "{assessment.assessedOn.required}")
        @PastOrPresent(message = "{assessment.assessedOn.future}") @Nullable LocalDate assessedOn,
        @NotBlank(message = "{assessment.rationale.required}")
        @Size(max = 600, message = "{assessment.rationale.tooLong}") @Nullable String rationale,
        @NotBlank(message = "{assessment.sources.required}")
        @Size(max = 10_000, message = "{assessment.sources.tooLong}") @Nullable String sources) {

    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)(https?://[^\\s/?#]+\\S*)\\s+(\\S.{0,299})");

    public static AssessmentInput blank() {
        return new AssessmentInput(null, null, null, null);
    }

    /**
     * The typed source lines, or the number (from 1) of the first line that is not an address followed by a
     * name, as the exception's value.
     */
    List<StatusAssessment.Source> sourceList() {
        List<StatusAssessment.Source> list = new ArrayList<>();
        String[] lines = sources == null ? new String[0] : sources.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            var match = SOURCE_LINE.matcher(line);
            if (!match.matches() || match.group(1).length() > 2000) {
                throw InvalidReferenceDataException.of("sources", "assessment.sources.line", i + 1);
            }
            list.add(new StatusAssessment.Source(match.group(1), match.group(2).strip()));
        }
        return list;
    }
}
