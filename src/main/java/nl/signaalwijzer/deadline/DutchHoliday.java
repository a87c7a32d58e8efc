package nl.signaalwijzer.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The public holidays that are not working days when counting a deadline (issue 20), each named, with
 * the day it falls on in a given year. Goede Vrijdag and Bevrijdingsdag (5 mei) are left out on purpose:
 * many organisations work on them, and counting them as working days makes the deadline come earlier
 * rather than later where the calendar is in doubt.
 *
 * <p>Today's calendar for every year: Koningsdag is taken as 27 April also for years when the holiday was
 * Koninginnedag on another day. Nobody types in a day from before 2014 to see a deadline that is still to
 * come, and a rule per era would be code that no one needs.
 */
enum DutchHoliday {

    NIEUWJAARSDAG("Nieuwjaarsdag", "New Year's Day", year -> LocalDate.of(year, Month.JANUARY, 1)),
    EERSTE_PAASDAG("Eerste Paasdag", "Easter Sunday", Easter::sunday),
    TWEEDE_PAASDAG("Tweede Paasdag", "Easter Monday", year -> Easter.sunday(year).plusDays(1)),
    KONINGSDAG("Koningsdag", "King's Day", DutchHoliday::koningsdag),
    HEMELVAARTSDAG("Hemelvaartsdag", "Ascension Day", year -> Easter.sunday(year).plusDays(39)),
    EERSTE_PINKSTERDAG("Eerste Pinksterdag", "Whit Sunday", year -> Easter.sunday(year).plusDays(49)),
    TWEEDE_PINKSTERDAG("Tweede Pinksterdag", "Whit Monday", year -> Easter.sunday(year).plusDays(50)),
    EERSTE_KERSTDAG("Eerste Kerstdag", "Christmas Day", year -> LocalDate.of(year, Month.DECEMBER, 25)),
    TWEEDE_KERSTDAG("Tweede Kerstdag", "Boxing Day", year -> LocalDate.of(year, Month.DECEMBER, 26));

    private final String dutchName;
    private final String englishName;
    private final IntFunction<LocalDate> dayIn;

    DutchHoliday(String dutchName, String englishName, IntFunction<LocalDate> dayIn) {
        this.dutchName = dutchName;
        this.englishName = englishName;
        this.dayIn = dayIn;
    }

    /** The holiday that falls on this day, or null on any other day (a page can say why a day was skipped). */
    static @Nullable DutchHoliday on(LocalDate day) {
        for (DutchHoliday holiday : values()) {
            if (holiday.dayIn(day.getYear()).equals(day)) {
                return holiday;
            }
        }
        return null;
    }

    LocalDate dayIn(int year) {
        return dayIn.apply(year);
    }

    String dutchName() {
        return dutchName;
    }

    String englishName() {
        return englishName;
    }

    /** 27 April; when that is a Sunday, the Saturday before (as the issue says), never the Monday. */
    private static LocalDate koningsdag(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }
}
