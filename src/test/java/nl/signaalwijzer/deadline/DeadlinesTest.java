package nl.signaalwijzer.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadlines of issue 20 against a hand-written table. Every expected date was worked out by hand on a
 * printed month calendar (and checked once more by a separate script outside this repository), never by
 * running the code under test. The reason for each case says which rule it pins down.
 */
class DeadlinesTest {

    /** One row of the table: day 0, how many days, the deadline, and why that is the answer. */
    record Case(String dayZero, int count, String deadline, String why) {
        @Override
        public String toString() {
            return dayZero + " + " + count + " -> " + deadline + ": " + why;
        }
    }

    static Stream<Case> workingDays() {
        return Stream.of(
                new Case("2026-12-07", 3, "2026-12-10",
                        "a plain week: Monday; Tuesday, Wednesday, Thursday are the three"),
                new Case("2026-12-11", 3, "2026-12-16",
                        "a plain Friday: the weekend is skipped; Monday, Tuesday, Wednesday"),
                new Case("2026-04-02", 3, "2026-04-08",
                        "Witte Donderdag 2026 (Easter 5 April): Goede Vrijdag 3/4 counts (1), Tweede Paasdag 6/4"
                                + " does not; Tuesday 7/4 (2), Wednesday 8/4 (3)"),
                new Case("2025-04-17", 3, "2025-04-23",
                        "Witte Donderdag 2025 (Easter 20 April): Goede Vrijdag 18/4 (1), Tweede Paasdag 21/4 skipped,"
                                + " Tuesday 22/4 (2), Wednesday 23/4 (3)"),
                new Case("2025-04-18", 3, "2025-04-24",
                        "day 0 on Goede Vrijdag: the weekend and Tweede Paasdag 21/4 are skipped; 22, 23, 24 April"),
                new Case("2025-04-24", 3, "2025-04-29",
                        "Koningsdag on a Sunday (27/4/2025): the holiday is Saturday 26/4, so Monday 28/4 is a"
                                + " working day; Friday 25/4 (1), Monday 28/4 (2), Tuesday 29/4 (3)"),
                new Case("2026-04-24", 3, "2026-04-30",
                        "Koningsdag on a weekday (Monday 27/4/2026) is skipped; Tuesday 28, Wednesday 29, Thursday 30"),
                new Case("2038-04-23", 3, "2038-04-30",
                        "Easter on its latest day (25/4/2038): Tweede Paasdag Monday 26/4 and Koningsdag Tuesday 27/4"
                                + " in a row; Wednesday 28, Thursday 29, Friday 30"),
                new Case("2026-05-12", 3, "2026-05-18",
                        "Hemelvaartsdag Thursday 14/5/2026 (Easter + 39) is skipped; Wednesday 13 (1), Friday 15 (2),"
                                + " Monday 18 (3)"),
                new Case("2026-05-21", 3, "2026-05-27",
                        "Tweede Pinksterdag Monday 25/5/2026 (Easter + 50) is skipped; Friday 22 (1), Tuesday 26 (2),"
                                + " Wednesday 27 (3)"),
                new Case("2026-05-04", 3, "2026-05-07",
                        "5 mei on a weekday (Tuesday 5/5/2026) counts: Tuesday 5, Wednesday 6, Thursday 7"),
                new Case("2025-05-02", 3, "2025-05-07",
                        "5 mei 2025, a lustrum year and a Monday, still counts: Monday 5, Tuesday 6, Wednesday 7"),
                new Case("2026-12-23", 3, "2026-12-29",
                        "Wednesday 23 December 2026: Thursday 24 (1), Eerste Kerstdag Friday 25 skipped, Tweede"
                                + " Kerstdag on Saturday 26, Monday 28 (2), Tuesday 29 (3)"),
                new Case("2025-12-24", 3, "2025-12-31",
                        "Wednesday 24 December 2025: both Kerstdagen on Thursday and Friday, then the weekend;"
                                + " Monday 29, Tuesday 30, Wednesday 31"),
                new Case("2025-12-29", 3, "2026-01-02",
                        "across the year end: Tuesday 30 (1), Wednesday 31 (2), Nieuwjaarsdag Thursday 1/1 skipped,"
                                + " Friday 2/1/2026 (3)"),
                new Case("2026-12-30", 3, "2027-01-05",
                        "across the year end with Nieuwjaarsdag on a Friday before a weekend: Thursday 31 (1),"
                                + " Monday 4/1 (2), Tuesday 5/1/2027 (3)"),
                new Case("2026-12-25", 3, "2026-12-30",
                        "day 0 on Eerste Kerstdag (a Friday): it is day 0 all the same; Monday 28, Tuesday 29,"
                                + " Wednesday 30"),
                new Case("2026-12-05", 3, "2026-12-09",
                        "a report on a Saturday: the count starts on Monday 7; Monday, Tuesday, Wednesday 9"),
                new Case("2026-12-06", 3, "2026-12-09",
                        "a report on a Sunday: the same three days as from the Saturday before"),
                new Case("2028-02-25", 3, "2028-03-01",
                        "a leap year: Monday 28/2 (1), Tuesday 29/2 (2), Wednesday 1/3/2028 (3)"),
                new Case("2025-12-24", 1, "2025-12-29",
                        "one working day after Wednesday 24/12/2025: both Kerstdagen and the weekend are skipped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workingDays")
    void theDeadlineInWorkingDaysIsTheOneWorkedOutByHand(Case row) {
        LocalDate deadline = Deadlines.workingDaysAfter(LocalDate.parse(row.dayZero()), row.count());

        assertThat(deadline).as(row.why()).isEqualTo(LocalDate.parse(row.deadline()));
    }

    static Stream<Case> calendarDays() {
        return Stream.of(
                new Case("2026-12-07", 42, "2027-01-18",
                        "six weeks after a Monday is a Monday, across the year end (24 days to 31/12, then 18)"),
                new Case("2026-12-01", 42, "2027-01-12",
                        "across the year end: 30 days to 31 December, then 12 in January"),
                new Case("2028-02-01", 42, "2028-03-14",
                        "across a leap day: 1/2 + 28 is 29/2/2028, + 14 more is 14/3"),
                new Case("2027-02-01", 42, "2027-03-15",
                        "the same in a common year: 1/2 + 27 is 28/2/2027, + 15 more is 15/3"),
                new Case("2026-12-20", 42, "2027-01-31",
                        "calendar days do not move off a weekend or skip holidays: Sunday 20/12 + 42 is Sunday 31/1,"
                                + " with the Kerstdagen and Nieuwjaarsdag counted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendarDays")
    void theDeadlineInCalendarDaysIsTheOneWorkedOutByHand(Case row) {
        LocalDate deadline = Deadlines.calendarDaysAfter(LocalDate.parse(row.dayZero()), row.count());

        assertThat(deadline).as(row.why()).isEqualTo(LocalDate.parse(row.deadline()));
    }

    @Test
    void aDayZeroOutsideTheYearsAPersonCouldMeanIsRefusedNotCounted() {
        // 2285 has Easter on 22 March (its earliest) and would count fine; it is refused as a typing slip.
        assertThatThrownBy(() -> Deadlines.workingDaysAfter(LocalDate.of(2285, 3, 20), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900-2199");
        assertThatThrownBy(() -> Deadlines.calendarDaysAfter(LocalDate.of(1899, 12, 31), 42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1899-12-31");
        assertThatThrownBy(() -> Deadlines.workingDaysAfter(LocalDate.of(226, 12, 7), 3))
                .isInstanceOf(IllegalArgumentException.class);
        // The edges themselves are accepted: a range that refused them would be off by one.
        assertThat(Deadlines.workingDaysAfter(LocalDate.of(1900, 1, 1), 3)).isEqualTo(LocalDate.of(1900, 1, 4));
        assertThat(Deadlines.calendarDaysAfter(LocalDate.of(2199, 12, 31), 42)).isEqualTo(LocalDate.of(2200, 2, 11));
    }

    @Test
    void aCountOfNoDaysOrOfMoreThanAYearIsRefused() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        for (int count : new int[] {0, -3, 367, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Deadlines.workingDaysAfter(monday, count))
                    .as("working days: %d", count).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(count));
            assertThatThrownBy(() -> Deadlines.calendarDaysAfter(monday, count))
                    .as("calendar days: %d", count).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
