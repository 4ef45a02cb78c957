package org.ap4tracker.events;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class HonestDateFormatTests {

    private final HonestDateFormat format = new HonestDateFormat(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3} reads \"{4}\"")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | EXACT  | 2023-07-12 |            | 12 July 2023
            DAY   | CIRCA  | 2023-07-12 |            | c. 12 July 2023
            DAY   | BEFORE | 2023-07-12 |            | before 12 July 2023
            DAY   | AFTER  | 2023-07-12 |            | after 12 July 2023
            MONTH | EXACT  | 2011-03-01 |            | March 2011
            MONTH | CIRCA  | 2011-03-01 |            | c. March 2011
            MONTH | EARLY  | 2023-06-01 |            | early June 2023
            MONTH | MID    | 2023-04-01 |            | mid-April 2023
            MONTH | LATE   | 2023-04-01 |            | late April 2023
            MONTH | BEFORE | 2023-04-01 |            | before April 2023
            MONTH | AFTER  | 2023-04-01 |            | after April 2023
            YEAR  | EXACT  | 2023-01-01 |            | 2023
            YEAR  | CIRCA  | 2009-01-01 |            | c. 2009
            YEAR  | EARLY  | 2023-01-01 |            | early 2023
            YEAR  | MID    | 2023-01-01 |            | mid-2023
            YEAR  | LATE   | 2023-01-01 |            | late 2023
            YEAR  | BEFORE | 2017-01-01 |            | before 2017
            YEAR  | AFTER  | 2017-01-01 |            | after 2017
            DAY   | EXACT  | 2023-07-11 | 2023-07-12 | 11–12 July 2023
            DAY   | EXACT  | 2022-06-28 | 2022-07-01 | 28 June – 1 July 2022
            DAY   | EXACT  | 2022-12-30 | 2023-01-02 | 30 December 2022 – 2 January 2023
            DAY   | CIRCA  | 2023-07-11 | 2023-07-12 | c. 11–12 July 2023
            DAY   | EXACT  | 2023-07-12 | 2023-07-12 | 12 July 2023
            MONTH | EXACT  | 2023-06-01 | 2023-07-01 | June–July 2023
            MONTH | EXACT  | 2022-12-01 | 2023-01-01 | December 2022 – January 2023
            MONTH | CIRCA  | 2023-06-01 | 2023-07-01 | c. June–July 2023
            YEAR  | EXACT  | 2022-01-01 | 2023-01-01 | 2022–2023
            YEAR  | CIRCA  | 2008-01-01 | 2010-01-01 | c. 2008–2010
            """)
    void writesTheDateAsPreciselyAsItIsKnown(DatePrecision precision, DateQualifier qualifier, LocalDate start,
            LocalDate end, String expected) {
        HonestDate date = new HonestDate(start, end, precision, qualifier);

        assertThat(format.format(date, Locale.ENGLISH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3} reads \"{4}\" in Japanese")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | EXACT  | 2023-07-12 |            | 2023年7月12日
            DAY   | CIRCA  | 2023-07-12 |            | 2023年7月12日頃
            MONTH | EXACT  | 2011-03-01 |            | 2011年3月
            MONTH | EARLY  | 2023-06-01 |            | 2023年6月上旬
            MONTH | MID    | 2023-04-01 |            | 2023年4月中旬
            MONTH | LATE   | 2023-04-01 |            | 2023年4月下旬
            YEAR  | CIRCA  | 2009-01-01 |            | 2009年頃
            YEAR  | MID    | 2023-01-01 |            | 2023年半ば
            YEAR  | LATE   | 2023-01-01 |            | 2023年末
            YEAR  | BEFORE | 2017-01-01 |            | 2017年より前
            YEAR  | AFTER  | 2017-01-01 |            | 2017年以降
            DAY   | EXACT  | 2023-07-11 | 2023-07-12 | 2023年7月11日–12日
            DAY   | EXACT  | 2022-06-28 | 2022-07-01 | 2022年6月28日–7月1日
            DAY   | EXACT  | 2022-12-30 | 2023-01-02 | 2022年12月30日–2023年1月2日
            MONTH | EXACT  | 2023-06-01 | 2023-07-01 | 2023年6月–7月
            YEAR  | CIRCA  | 2008-01-01 | 2010-01-01 | 2008年–2010年頃
            """)
    void writesTheDateInJapanese(DatePrecision precision, DateQualifier qualifier, LocalDate start, LocalDate end,
            String expected) {
        assertThat(format.format(new HonestDate(start, end, precision, qualifier), Locale.JAPANESE)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} to {3} reads \"{4}\" in Korean")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | EXACT  | 2023-07-12 |            | 2023년 7월 12일
            MONTH | EXACT  | 2011-03-01 |            | 2011년 3월
            MONTH | EARLY  | 2023-06-01 |            | 2023년 6월 초
            MONTH | MID    | 2023-04-01 |            | 2023년 4월 중순
            MONTH | LATE   | 2023-04-01 |            | 2023년 4월 말
            YEAR  | CIRCA  | 2009-01-01 |            | 2009년경
            YEAR  | MID    | 2023-01-01 |            | 2023년 중반
            YEAR  | BEFORE | 2017-01-01 |            | 2017년 이전
            YEAR  | AFTER  | 2017-01-01 |            | 2017년 이후
            DAY   | EXACT  | 2023-07-11 | 2023-07-12 | 2023년 7월 11–12일
            DAY   | EXACT  | 2022-06-28 | 2022-07-01 | 2022년 6월 28일 – 7월 1일
            DAY   | EXACT  | 2022-12-30 | 2023-01-02 | 2022년 12월 30일 – 2023년 1월 2일
            MONTH | EXACT  | 2023-06-01 | 2023-07-01 | 2023년 6–7월
            YEAR  | EXACT  | 2022-01-01 | 2023-01-01 | 2022년–2023년
            """)
    void writesTheDateInKorean(DatePrecision precision, DateQualifier qualifier, LocalDate start, LocalDate end,
            String expected) {
        assertThat(format.format(new HonestDate(start, end, precision, qualifier), Locale.KOREAN)).isEqualTo(expected);
    }

    @Test
    void aDateWrittenOnceIsWrittenAgainInEachReadersLanguage() {
        HonestDate mid = new HonestDate(LocalDate.of(2023, 4, 1), null, DatePrecision.MONTH, DateQualifier.MID);

        assertThat(format.format(mid, Locale.ENGLISH)).isEqualTo("mid-April 2023");
        assertThat(format.format(mid, Locale.JAPANESE)).isEqualTo("2023年4月中旬");
        assertThat(format.format(mid, Locale.KOREAN)).isEqualTo("2023년 4월 중순");
        assertThat(format.format(new HonestDate(LocalDate.of(2023, 4, 1), null, DatePrecision.MONTH, DateQualifier.MID),
                Locale.ENGLISH)).isEqualTo("mid-April 2023");
    }
}
