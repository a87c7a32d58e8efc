package nl.signaalwijzer.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The actual day a time frame ends, counted from a day 0 that a user typed in (issue 20): the day it was
 * established that something happened, or the day a report came in. Day 0 itself never counts.
 */
public final class Deadlines {

    /**
     * The years a person could mean. A year outside is a typing slip (0226, 20226) that would otherwise
     * give a confident but meaningless date; the range is wide so that it never refuses a real one.
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** No rule in a flow counts more than a year ahead; more is a slip in the flow, not a time frame. */
    static final int MOST_DAYS = 366;

    private Deadlines() {
    }

    /**
     * The last of {@code count} working days after day 0: for 3, "binnen drie werkdagen". A day 0 on a
     * weekend or a holiday changes nothing; the count starts with the first working day after it.
     */
    public static LocalDate workingDaysAfter(LocalDate dayZero, int count) {
        check(dayZero, count);
        LocalDate day = dayZero;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Day 0 plus {@code count} days, whatever they are: for 42, the six weeks of an investigation. A result
     * on a weekend or a holiday stays there; the time frame is in calendar days, not in working days.
     */
    public static LocalDate calendarDaysAfter(LocalDate dayZero, int count) {
        check(dayZero, count);
        return dayZero.plusDays(count);
    }

    /** Monday to Friday, and not one of the holidays in {@link DutchHoliday}. */
    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && DutchHoliday.on(day) == null;
    }

    private static void check(LocalDate dayZero, int count) {
        if (dayZero.getYear() < FIRST_YEAR || dayZero.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("day 0 must lie in the years " + FIRST_YEAR + "-" + LAST_YEAR
                    + ", not " + dayZero);
        }
        if (count < 1 || count > MOST_DAYS) {
            throw new IllegalArgumentException("a time frame counts 1 to " + MOST_DAYS + " days, not " + count);
        }
    }
}
