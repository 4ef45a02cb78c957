package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EdtfTests {

    /** What ISO 8601-2 (EDTF levels 0 and 1) accepts for dates, approximate dates and (open) intervals. */
    private static final Pattern EDTF_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?~?");

    @ParameterizedTest(name = "{0} {1} {2} to {3} is {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | EXACT  | 2023-07-12 |            | 2023-07-12                       | 12 July 2023
            DAY   | CIRCA  | 2023-07-12 |            | 2023-07-12~                      | c. 12 July 2023
            DAY   | BEFORE | 2023-07-12 |            | ../2023-07-11                    | before 12 July 2023
            DAY   | AFTER  | 2023-07-12 |            | 2023-07-13/..                    | after 12 July 2023
            DAY   | AFTER  | 2023-12-31 |            | 2024-01-01/..                    | after 31 December 2023
            MONTH | EXACT  | 2011-03-01 |            | 2011-03                          | March 2011
            MONTH | CIRCA  | 2011-03-01 |            | 2011-03~                         | c. March 2011
            MONTH | EARLY  | 2023-06-01 |            | 2023-06-01/2023-06-10            | early June 2023
            MONTH | MID    | 2023-04-01 |            | 2023-04-11/2023-04-20            | mid-April 2023
            MONTH | LATE   | 2023-04-01 |            | 2023-04-21/2023-04-30            | late April 2023
            MONTH | LATE   | 2024-02-01 |            | 2024-02-21/2024-02-29            | late February 2024
            MONTH | BEFORE | 2023-01-01 |            | ../2022-12                       | before January 2023
            MONTH | AFTER  | 2023-12-01 |            | 2024-01/..                       | after December 2023
            YEAR  | EXACT  | 2023-01-01 |            | 2023                             | 2023
            YEAR  | CIRCA  | 2009-01-01 |            | 2009~                            | c. 2009
            YEAR  | EARLY  | 2023-01-01 |            | 2023-01/2023-04                  | early 2023
            YEAR  | MID    | 2023-01-01 |            | 2023-05/2023-08                  | mid-2023
            YEAR  | LATE   | 2023-01-01 |            | 2023-09/2023-12                  | late 2023
            YEAR  | BEFORE | 2017-01-01 |            | ../2016                          | before 2017
            YEAR  | AFTER  | 2017-01-01 |            | 2018/..                          | after 2017
            DAY   | EXACT  | 2023-07-11 | 2023-07-12 | 2023-07-11/2023-07-12            | 11–12 July 2023
            DAY   | CIRCA  | 2023-07-11 | 2023-07-12 | 2023-07-11~/2023-07-12~          | c. 11–12 July 2023
            DAY   | EXACT  | 2023-07-12 | 2023-07-12 | 2023-07-12                       | a range of one day
            MONTH | EXACT  | 2023-06-01 | 2023-07-01 | 2023-06/2023-07                  | June–July 2023
            MONTH | CIRCA  | 2023-06-01 | 2023-07-01 | 2023-06~/2023-07~                | c. June–July 2023
            YEAR  | EXACT  | 2022-01-01 | 2023-01-01 | 2022/2023                        | 2022–2023
            YEAR  | CIRCA  | 2008-01-01 | 2010-01-01 | 2008~/2010~                      | c. 2008–2010
            """)
    void writesEveryKindOfHonestDateInEdtf(DatePrecision precision, DateQualifier qualifier, LocalDate start,
            LocalDate end, String expected, String words) {
        HonestDate date = new HonestDate(start, end, precision, qualifier);

        assertThat(date.edtf()).isEqualTo(expected);
        for (String part : expected.split("/")) {
            assertThat(part).matches(p -> p.equals("..") || EDTF_DATE.matcher(p).matches(), "an EDTF date or ..");
        }
    }

    @Test
    void theTableAboveCoversEveryPrecisionAndQualifierTheTrackerAllows() {
        Set<String> covered = new HashSet<>(Set.of(
                "DAY EXACT", "DAY CIRCA", "DAY BEFORE", "DAY AFTER",
                "MONTH EXACT", "MONTH CIRCA", "MONTH EARLY", "MONTH MID", "MONTH LATE", "MONTH BEFORE", "MONTH AFTER",
                "YEAR EXACT", "YEAR CIRCA", "YEAR EARLY", "YEAR MID", "YEAR LATE", "YEAR BEFORE", "YEAR AFTER"));
        Set<String> allowed = new HashSet<>();
        for (DatePrecision precision : DatePrecision.values()) {
            for (DateQualifier qualifier : EnumSet.allOf(DateQualifier.class)) {
                if (!(precision == DatePrecision.DAY && qualifier.namesPartOfPeriod())) {
                    allowed.add(precision + " " + qualifier);
                }
            }
        }
        assertThat(covered).isEqualTo(allowed);
    }
}
