package org.ap4tracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.ap4tracker.events.DevelopmentRef;
import org.ap4tracker.events.EventCard;
import org.ap4tracker.events.EventType;
import org.ap4tracker.events.TimelineDensity;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of an "at a glance" timeline, in the units of the SVG's view box, for the {@code overview}
 * fragment to draw: time to scale across whole years, one lane per storyline and one for events outside
 * any, and on it either one mark per event (its honest date drawn as {@link DateExtent} says, its type as a
 * shape and a colour) or, for a large range, the number of events per month as shades. Year labels on the
 * axis link to the list narrowed to their years.
 */
record OverviewChart(
        int width,
        int height,
        boolean dense,
        List<Lane> lanes,
        List<Tick> ticks,
        List<Mark> marks,
        List<Cell> cells,
        Set<EventType> types,
        Set<DateExtent.Kind> kinds,
        long busiest,
        int monthsPerCell,
        long startDay,
        long endDay,
        List<StepMark> steps) {

    static final int WIDTH = 720;
    private static final double LEFT = 8;
    private static final double RIGHT = WIDTH - 8;
    private static final double AXIS_HEIGHT = 30;
    private static final double LABEL_HEIGHT = 20;
    private static final double ROW_HEIGHT = 14;
    private static final double LANE_GAP = 8;
    /** Marks closer than this share no row: a later one moves to the next row of its lane. */
    private static final double MARK_SPACING = 13;
    private static final int MAX_ROWS = 3;
    private static final int MAX_LABELS = 12;
    /** The most density cells per lane: about four units each. */
    private static final int MAX_CELLS = 176;
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100};

    /** A storyline's lane, or the lane of events outside any ({@code slug} null). */
    record Lane(@Nullable String slug, String label, double top, double labelY, double bottom) {
    }

    /** A year (or a run of years) on the axis, linked to the list narrowed to it. */
    record Tick(double x, double labelX, boolean centred, String label, String name, String href) {
    }

    /** One event: its link, its accessible name, its shape at (x, y), and the span its date can mean. */
    record Mark(String href, String name, String type, DateExtent.Kind kind, double x, double y, double from, double to) {

        public String shape() {
            return Shapes.of(EventType.valueOf(type));
        }

        /** Its CSS modifiers, {@code mk--agreement mk--point}: worked out here, not by two expressions per mark. */
        public String classes() {
            return "mk--" + type.toLowerCase(Locale.ROOT) + " mk--" + kind.name().toLowerCase(Locale.ROOT);
        }

        public boolean band() {
            return kind == DateExtent.Kind.BAND;
        }

        public boolean faded() {
            return kind == DateExtent.Kind.FADED;
        }

        public boolean bar() {
            return kind == DateExtent.Kind.BAR;
        }

        /** An "after" or "before" date, drawn with an arrow. */
        public boolean arrowed() {
            return kind == DateExtent.Kind.AFTER || kind == DateExtent.Kind.BEFORE;
        }

        public double spanWidth() {
            return Math.max(2, to - from);
        }

        /** The open-ended line of an "after" or "before" date, with its arrowhead at the chart's edge. */
        public String arrow() {
            double edge = kind == DateExtent.Kind.BEFORE ? LEFT : RIGHT;
            double back = kind == DateExtent.Kind.BEFORE ? 7 : -7;
            return "M%s,%sH%sM%s,%sL%s,%sL%s,%s".formatted(num(x), num(y), num(edge), num(edge + back), num(y - 4),
                    num(edge), num(y), num(edge + back), num(y + 4));
        }
    }

    /** A storyline's step on the axis: where its status was reached, and the words for it. */
    record StepMark(double x, String label) {

        /** Labels near an edge run inwards from it, so that none is cut off. */
        public String anchor() {
            return x < 60 ? "start" : x > WIDTH - 60 ? "end" : "middle";
        }
    }

    /** Events of one lane in one period, shaded 1 (few) to 5 (the busiest period's share). */
    record Cell(double x, double y, double width, int level, long events) {
    }

    /** What the chart needs from the page: words, links and the storylines' titles. */
    interface Texts {

        String date(EventCard event);

        String outsideStorylines();

        String yearLinkName(int first, int last);
    }

    /**
     * An overview drawing each event; {@code fromYear} and {@code toYear} are the filter's, when it has them,
     * and without them the axis covers the events and {@code alsoCovered}.
     */
    static OverviewChart ofEvents(List<EventCard> events, List<LocalDate> alsoCovered, @Nullable Integer fromYear,
            @Nullable Integer toYear, Texts texts, BiFunction<Integer, Integer, String> yearHref) {
        Map<EventCard, DateExtent> extents = new LinkedHashMap<>();
        events.forEach(event -> extents.put(event, DateExtent.of(event.date())));
        int first = fromYear != null ? fromYear : IntStream.concat(alsoCovered.stream().mapToInt(LocalDate::getYear),
                extents.values().stream().mapToInt(extent -> extent.first().getYear()))
                .min().orElse(LocalDate.now().getYear());
        int last = toYear != null ? toYear : IntStream.concat(alsoCovered.stream().mapToInt(LocalDate::getYear),
                extents.values().stream().mapToInt(extent -> extent.last().getYear())).max().orElse(first);
        Axis axis = Axis.over(first, last);
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        double top = 0;
        // Storylines in the order they start, as the events come oldest first.
        List<DevelopmentRef> storylines = events.stream().map(EventCard::development).filter(Objects::nonNull)
                .distinct().toList();
        for (LaneKey key : lanesOf(events.stream().map(EventCard::development).map(d -> d == null ? null : d.slug()).toList(),
                storylines, texts)) {
            List<double[]> rowEnds = new ArrayList<>();
            double marksTop = top + LABEL_HEIGHT;
            for (Map.Entry<EventCard, DateExtent> entry : extents.entrySet()) {
                EventCard event = entry.getKey();
                String slug = event.development() == null ? null : event.development().slug();
                if (!Objects.equals(slug, key.slug())) {
                    continue;
                }
                DateExtent extent = entry.getValue();
                double from = axis.x(extent.first());
                double to = axis.x(extent.last().plusDays(1));
                double x = switch (extent.kind()) {
                    case POINT, AFTER -> from;
                    case BEFORE -> to;
                    case BAR, BAND, FADED -> axis.x(extent.middle());
                };
                int row = row(rowEnds, Math.min(x, from));
                rowEnds.get(row)[0] = Math.max(x, to);
                marks.add(new Mark("/events/" + event.slug(), texts.date(event) + ": " + event.title(),
                        event.type().name(), extent.kind(), round(x), round(marksTop + ROW_HEIGHT * row + ROW_HEIGHT / 2),
                        round(from), round(to)));
            }
            double bottom = marksTop + ROW_HEIGHT * Math.max(1, rowEnds.size()) + LANE_GAP;
            lanes.add(new Lane(key.slug(), key.label(), top, top + LABEL_HEIGHT - 5, bottom));
            top = bottom;
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<DateExtent.Kind> kinds = EnumSet.noneOf(DateExtent.Kind.class);
        marks.forEach(mark -> {
            types.add(EventType.valueOf(mark.type()));
            kinds.add(mark.kind());
        });
        return new OverviewChart(WIDTH, (int) Math.ceil(top + AXIS_HEIGHT), false, lanes,
                axis.ticks(top, texts, yearHref), marks, List.of(), types, kinds, 0, 1, axis.startDay(), axis.endDay(),
                List.of());
    }

    /** An overview shading the number of events per lane and month, for ranges too large to draw each event. */
    static OverviewChart ofDensity(TimelineDensity density, List<DevelopmentRef> storylines, @Nullable Integer fromYear,
            @Nullable Integer toYear, Texts texts, BiFunction<Integer, Integer, String> yearHref) {
        List<TimelineDensity.Cell> cells = density.cells();
        int first = fromYear != null ? fromYear
                : cells.stream().mapToInt(cell -> cell.month().getYear()).min().orElse(LocalDate.now().getYear());
        int last = toYear != null ? toYear : cells.stream().mapToInt(cell -> cell.month().getYear()).max().orElse(first);
        Axis axis = Axis.over(first, last);
        // A cell a few units wide at least: months, quarters, years or five years, as the axis's length allows.
        int months = 12 * (axis.last() - axis.first() + 1);
        int perCell = IntStream.of(1, 3, 12, 60).filter(size -> months / size <= MAX_CELLS).findFirst().orElse(120);
        Map<LaneCell, Long> counted = new LinkedHashMap<>();
        cells.forEach(cell -> counted.merge(new LaneCell(cell.development(),
                (cell.month().getYear() * 12 + cell.month().getMonthValue() - 1) / perCell), cell.events(), Long::sum));
        long busiest = counted.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<Lane> lanes = new ArrayList<>();
        List<Cell> shades = new ArrayList<>();
        double top = 0;
        for (LaneKey key : lanesOf(cells.stream().map(TimelineDensity.Cell::development).toList(), storylines, texts)) {
            double y = top + LABEL_HEIGHT;
            for (Map.Entry<LaneCell, Long> cell : counted.entrySet()) {
                if (Objects.equals(cell.getKey().development(), key.slug())) {
                    int firstMonth = cell.getKey().index() * perCell;
                    double x = axis.x(LocalDate.of(firstMonth / 12, firstMonth % 12 + 1, 1));
                    int end = firstMonth + perCell;
                    shades.add(new Cell(round(x), round(y), round(axis.x(LocalDate.of(end / 12, end % 12 + 1, 1)) - x),
                            (int) Math.max(1, Math.ceil(5.0 * cell.getValue() / busiest)), cell.getValue()));
                }
            }
            double bottom = y + ROW_HEIGHT + LANE_GAP;
            lanes.add(new Lane(key.slug(), key.label(), top, top + LABEL_HEIGHT - 5, bottom));
            top = bottom;
        }
        return new OverviewChart(WIDTH, (int) Math.ceil(top + AXIS_HEIGHT), true, lanes,
                axis.ticks(top, texts, yearHref), List.of(), shades, Set.of(), Set.of(), busiest, perCell,
                axis.startDay(), axis.endDay(), List.of());
    }

    /** The same chart with dated steps marked on its axis: labels by day, days outside it at its edge. */
    OverviewChart withSteps(Map<LocalDate, String> labelsByDay) {
        List<StepMark> marked = new ArrayList<>();
        labelsByDay.forEach((day, label) -> marked.add(new StepMark(round(position(day, startDay, endDay)), label)));
        // The steps' labels take a line of their own under the year labels.
        return new OverviewChart(width, marked.isEmpty() ? height : height + 18, dense, lanes, ticks, marks, cells,
                types, kinds, busiest, monthsPerCell, startDay, endDay, marked);
    }

    public String shapeOf(EventType type) {
        return Shapes.of(type);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public double axisY() {
        return lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).bottom();
    }

    /** The lanes the given storylines (null for none) need, in the order of the storyline list, outside last. */
    private static List<LaneKey> lanesOf(List<@Nullable String> slugs, List<DevelopmentRef> storylines, Texts texts) {
        Set<@Nullable String> present = new HashSet<>(slugs);
        List<LaneKey> lanes = new ArrayList<>();
        storylines.stream().filter(storyline -> present.contains(storyline.slug()))
                .forEach(storyline -> lanes.add(new LaneKey(storyline.slug(), storyline.title())));
        if (present.contains(null)) {
            lanes.add(new LaneKey(null, texts.outsideStorylines()));
        }
        return lanes;
    }

    private record LaneKey(@Nullable String slug, String label) {
    }

    /** A lane's cell of the density strip, numbered by months since year 0 divided by the months per cell. */
    private record LaneCell(@Nullable String development, int index) {
    }

    /** The first row of a lane whose last mark ends far enough before {@code x}, adding one if need be. */
    private static int row(List<double[]> rowEnds, double x) {
        for (int row = 0; row < rowEnds.size(); row++) {
            if (rowEnds.get(row)[0] + MARK_SPACING <= x) {
                return row;
            }
        }
        if (rowEnds.size() < MAX_ROWS) {
            rowEnds.add(new double[] {Double.NEGATIVE_INFINITY});
            return rowEnds.size() - 1;
        }
        return rowEnds.size() - 1;
    }

    /** Where a day falls on an axis, clamped to it, so that a mark reaching beyond it stops at the edge. */
    private static double position(LocalDate day, long startDay, long endDay) {
        double share = (double) (day.toEpochDay() - startDay) / (endDay - startDay);
        return LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(1, share));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String num(double value) {
        return String.valueOf(round(value));
    }

    /** Whole years from {@code first} to {@code last}, widened to whole steps of the label interval. */
    private record Axis(int first, int last, int step, long startDay, long endDay) {

        static Axis over(int from, int to) {
            int years = Math.max(1, to - from + 1);
            int step = YEAR_STEPS[YEAR_STEPS.length - 1];
            for (int candidate : YEAR_STEPS) {
                if ((years + candidate - 1) / candidate <= MAX_LABELS) {
                    step = candidate;
                    break;
                }
            }
            int first = Math.floorDiv(from, step) * step;
            int last = Math.floorDiv(to, step) * step + step - 1;
            return new Axis(first, last, step, LocalDate.of(first, 1, 1).toEpochDay(),
                    LocalDate.of(last + 1, 1, 1).toEpochDay());
        }

        double x(LocalDate day) {
            return position(day, startDay, endDay);
        }

        List<Tick> ticks(double axisTop, Texts texts, BiFunction<Integer, Integer, String> href) {
            List<Tick> ticks = new ArrayList<>();
            for (int year = first; year <= last; year += step) {
                int end = year + step - 1;
                double x = x(LocalDate.of(year, 1, 1));
                double labelX = step == 1 ? (x + x(LocalDate.of(year + 1, 1, 1))) / 2 : x + 3;
                ticks.add(new Tick(round(x), round(labelX), step == 1, String.valueOf(year), texts.yearLinkName(year, end),
                        href.apply(year, end)));
            }
            return ticks;
        }
    }

    /** Each type's shape, centred on (0, 0) and about 14 units across, so that type never rests on colour alone. */
    static final class Shapes {

        private Shapes() {
        }

        static String of(EventType type) {
            return switch (type) {
                case SUMMIT -> "M0,-7.5L2.2,-2.3L7.5,-2.3L3.3,1.2L4.8,6.8L0,3.5L-4.8,6.8L-3.3,1.2L-7.5,-2.3L-2.2,-2.3Z";
                case MEETING -> "M-6,0A6,6 0 1,0 6,0A6,6 0 1,0 -6,0Z";
                case AGREEMENT -> "M-5.5,-5.5H5.5V5.5H-5.5Z";
                case OFFICE -> "M0,-7L7,-1V6.5H-7V-1Z";
                case STATEMENT -> "M0,-7L7,6H-7Z";
                case EXERCISE -> "M0,-7.5L7.5,0L0,7.5L-7.5,0Z";
                case POLICY -> "M-3.5,-6.1H3.5L7,0L3.5,6.1H-3.5L-7,0Z";
                case INCIDENT -> "M-6,-3.5L-3.5,-6L0,-2.5L3.5,-6L6,-3.5L2.5,0L6,3.5L3.5,6L0,2.5L-3.5,6L-6,3.5L-2.5,0Z";
                case REPORT -> "M-7,-6H7L0,7Z";
            };
        }
    }
}
