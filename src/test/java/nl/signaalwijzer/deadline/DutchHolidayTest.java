package nl.signaalwijzer.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The named holidays fall where a published calendar puts them, and only the ones issue 20 names are there.
 * Expected dates come from published Easter tables and a printed month calendar, not from the code.
 */
class DutchHolidayTest {

    @Test
    void easterFallsOnThePublishedDates() {
        // Published Western Easter dates, including the earliest (22 March) and latest (25 April) possible.
        Map<Integer, String> published = new LinkedHashMap<>();
        published.put(1900, "1900-04-15");
        published.put(1943, "1943-04-25");   // the latest possible day
        published.put(2000, "2000-04-23");
        published.put(2008, "2008-03-23");
        published.put(2011, "2011-04-24");
        published.put(2019, "2019-04-21");
        published.put(2024, "2024-03-31");
        published.put(2025, "2025-04-20");
        published.put(2026, "2026-04-05");
        published.put(2027, "2027-03-28");
        published.put(2028, "2028-04-16");
        published.put(2038, "2038-04-25");   // the latest possible day again
        published.put(2285, "2285-03-22");   // the earliest possible day; past the years Deadlines accepts
        published.forEach((year, sunday) ->
                assertThat(Easter.sunday(year)).as("Easter %d", year).isEqualTo(LocalDate.parse(sunday)));
    }

    @Test
    void the2026CalendarHasExactlyTheNineNamedHolidays() {
        // 2026: Easter 5 April, Koningsdag on Monday 27 April, Hemelvaartsdag Easter + 39, Pinksteren + 49/50.
        assertThat(holidaysIn(2026)).containsExactly(
                Map.entry("2026-01-01", "Nieuwjaarsdag"),
                Map.entry("2026-04-05", "Eerste Paasdag"),
                Map.entry("2026-04-06", "Tweede Paasdag"),
                Map.entry("2026-04-27", "Koningsdag"),
                Map.entry("2026-05-14", "Hemelvaartsdag"),
                Map.entry("2026-05-24", "Eerste Pinksterdag"),
                Map.entry("2026-05-25", "Tweede Pinksterdag"),
                Map.entry("2026-12-25", "Eerste Kerstdag"),
                Map.entry("2026-12-26", "Tweede Kerstdag"));
    }

    @Test
    void koningsdagOnASundayIsKeptOnTheSaturdayBefore() {
        // 27 April 2025 is a Sunday: the holiday is Saturday 26 April, and Monday 28 April is a working day.
        assertThat(holidaysIn(2025)).containsExactly(
                Map.entry("2025-01-01", "Nieuwjaarsdag"),
                Map.entry("2025-04-20", "Eerste Paasdag"),
                Map.entry("2025-04-21", "Tweede Paasdag"),
                Map.entry("2025-04-26", "Koningsdag"),
                Map.entry("2025-05-29", "Hemelvaartsdag"),
                Map.entry("2025-06-08", "Eerste Pinksterdag"),
                Map.entry("2025-06-09", "Tweede Pinksterdag"),
                Map.entry("2025-12-25", "Eerste Kerstdag"),
                Map.entry("2025-12-26", "Tweede Kerstdag"));
        assertThat(DutchHoliday.on(LocalDate.of(2025, 4, 27))).isNull();
        assertThat(Deadlines.isWorkingDay(LocalDate.of(2025, 4, 28))).isTrue();
    }

    @Test
    void goedeVrijdagAndBevrijdingsdagAreWorkingDays() {
        // Where the calendar is in doubt the deadline comes earlier: Goede Vrijdag 3/4/2026 and 18/4/2025,
        // 5 mei on Tuesday 2026 and on Monday 2025 (a lustrum year) are no holidays here.
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 4, 3), LocalDate.of(2025, 4, 18),
                LocalDate.of(2026, 5, 5), LocalDate.of(2025, 5, 5)}) {
            assertThat(DutchHoliday.on(day)).as("%s", day).isNull();
            assertThat(Deadlines.isWorkingDay(day)).as("%s", day).isTrue();
        }
    }

    @Test
    void aHolidayOnAWeekdayIsNoWorkingDayAndAnOrdinaryWeekdayIs() {
        assertThat(Deadlines.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Hemelvaartsdag").isFalse();
        assertThat(Deadlines.isWorkingDay(LocalDate.of(2026, 5, 13))).as("the Wednesday before").isTrue();
        assertThat(Deadlines.isWorkingDay(LocalDate.of(2026, 12, 12))).as("a Saturday").isFalse();
    }

    @Test
    void everyHolidayHasADutchAndAnEnglishName() {
        // A page that says why a day was skipped shows the name in the user's language.
        assertThat(DutchHoliday.on(LocalDate.of(2026, 5, 25)).englishName()).isEqualTo("Whit Monday");
        for (DutchHoliday holiday : DutchHoliday.values()) {
            assertThat(holiday.dutchName()).isNotBlank();
            assertThat(holiday.englishName()).isNotBlank().isNotEqualTo(holiday.dutchName());
        }
    }

    /** Every day of a year that is a named holiday, with its Dutch name, in date order. */
    private static Map<String, String> holidaysIn(int year) {
        Map<String, String> found = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            DutchHoliday holiday = DutchHoliday.on(day);
            if (holiday != null) {
                found.put(day.toString(), holiday.dutchName());
            }
        }
        return found;
    }
}
