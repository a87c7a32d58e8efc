package nl.signaalwijzer.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every day 0, not only for the table: over every day of 2000-2100 the deadline is a
 * working day after day 0, exactly N working days lie between, and three working days are never more than
 * ten calendar days away (the longest stretch without a working day is a weekend plus two holidays).
 */
class WorkingDaysPropertyTest {

    @Test
    void threeWorkingDaysFromEveryDayOf2000To2100() {
        List<String> breaches = new ArrayList<>();
        for (LocalDate dayZero = LocalDate.of(2000, 1, 1); dayZero.getYear() <= 2100; dayZero = dayZero.plusDays(1)) {
            check(dayZero, 3, breaches);
        }
        assertThat(breaches).as("days 0 whose deadline breaks a rule").isEmpty();
    }

    @Test
    void otherCountsHoldTooOverTheComingYears() {
        // A flow may name another count; one or five working days obey the same rules.
        List<String> breaches = new ArrayList<>();
        for (LocalDate dayZero = LocalDate.of(2024, 1, 1); dayZero.getYear() <= 2040; dayZero = dayZero.plusDays(1)) {
            for (int count : new int[] {1, 2, 5, 10}) {
                check(dayZero, count, breaches);
            }
        }
        assertThat(breaches).as("days 0 whose deadline breaks a rule").isEmpty();
    }

    @Test
    void fortyTwoCalendarDaysAreSixWeeksToTheSameWeekday() {
        for (LocalDate dayZero = LocalDate.of(2000, 1, 1); dayZero.getYear() <= 2100; dayZero = dayZero.plusDays(1)) {
            LocalDate deadline = Deadlines.calendarDaysAfter(dayZero, 42);
            assertThat(ChronoUnit.DAYS.between(dayZero, deadline)).isEqualTo(42);
            assertThat(deadline.getDayOfWeek()).isEqualTo(dayZero.getDayOfWeek());
        }
    }

    private static void check(LocalDate dayZero, int count, List<String> breaches) {
        LocalDate deadline = Deadlines.workingDaysAfter(dayZero, count);
        if (!deadline.isAfter(dayZero)) {
            breaches.add(dayZero + " + " + count + ": " + deadline + " is not after day 0");
            return;
        }
        if (!Deadlines.isWorkingDay(deadline)) {
            breaches.add(dayZero + " + " + count + ": " + deadline + " is not a working day");
        }
        long between = dayZero.plusDays(1).datesUntil(deadline.plusDays(1)).filter(Deadlines::isWorkingDay).count();
        if (between != count) {
            breaches.add(dayZero + " + " + count + ": " + between + " working days up to " + deadline);
        }
        // A weekend next to holidays stretches the count: Kerst on Thursday/Friday, or Tweede Paasdag and
        // Koningsdag in one week. The bound is the "never more than a week and three days"; the
        // longest actually found is 7 (day 0 Goede Vrijdag 21/4/2000, with Tweede Paasdag 24/4 and
        // Koningsdag 27/4 in the week after it).
        if (count == 3 && ChronoUnit.DAYS.between(dayZero, deadline) > 3 + 7) {
            breaches.add(dayZero + " + 3: " + deadline + " is more than ten days away");
        }
    }
}
