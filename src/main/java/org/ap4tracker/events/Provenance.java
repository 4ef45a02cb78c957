package org.ap4tracker.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How well an event is sourced, as readers are told: how many sources it has, how many independent publishers
 * stand behind them (one outlet cited twice counts once; publishers are matched without regard to case, as the
 * database matches them), and whether it rests on opinion pieces alone.
 */
public record Provenance(int sources, int publishers, boolean opinionOnly) {

    public static Provenance of(List<SourceCitation> sources) {
        int publishers = (int) sources.stream().map(SourceCitation::publisher).filter(Objects::nonNull)
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct().count();
        boolean opinionOnly = !sources.isEmpty() && sources.stream().allMatch(source -> source.kind() == SourceKind.OPINION);
        return new Provenance(sources.size(), publishers, opinionOnly);
    }

    public boolean singleSource() {
        return sources == 1;
    }

    /** Two or more publishers report it: "corroborated by N independent publishers". */
    public boolean corroborated() {
        return publishers >= 2;
    }
}
