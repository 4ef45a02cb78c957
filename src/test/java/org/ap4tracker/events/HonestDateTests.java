package org.ap4tracker.events;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HonestDateTests {

    @Test
    void aMonthOrAYearStartsOnTheFirstDayOfItsPeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HonestDate(LocalDate.of(2023, 4, 15), null, DatePrecision.MONTH, DateQualifier.MID));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HonestDate(LocalDate.of(2017, 3, 1), null, DatePrecision.YEAR, DateQualifier.AFTER));
    }

    @Test
    void aRangeEndsOnOrAfterItsStartAndIsExactOrCirca() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> HonestDate.days(LocalDate.of(2023, 7, 12), LocalDate.of(2023, 7, 11)));
        assertThatIllegalArgumentException().isThrownBy(() -> new HonestDate(LocalDate.of(2023, 7, 11),
                LocalDate.of(2023, 7, 12), DatePrecision.DAY, DateQualifier.AFTER));
    }

    @Test
    void aDayCannotBeEarlyMidOrLate() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new HonestDate(LocalDate.of(2023, 7, 12), null, DatePrecision.DAY, DateQualifier.MID));
    }

    @Test
    void machineReadableStartHasTheKnownPrecisionOnly() {
        assertThat(HonestDate.day(LocalDate.of(2023, 7, 12)).isoStart()).isEqualTo("2023-07-12");
        assertThat(HonestDate.month(2023, 4, DateQualifier.MID).isoStart()).isEqualTo("2023-04");
        assertThat(HonestDate.year(2009, DateQualifier.CIRCA).isoStart()).isEqualTo("2009");
    }
}
