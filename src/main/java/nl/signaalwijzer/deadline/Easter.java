package nl.signaalwijzer.deadline;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar, which fixes Paasdagen, Hemelvaartsdag and Pinksterdagen.
 * Computed with the Anonymous Gregorian algorithm (Meeus/Jones/Butcher), which holds for every Gregorian
 * year: a formula of a dozen lines, where a table would end in some year and need keeping up.
 */
final class Easter {

    private Easter() {
    }

    static LocalDate sunday(int year) {
        int a = year % 19;              // the year's place in the 19-year Metonic cycle of the moon
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;        // the Gregorian correction of the moon
        int h = (19 * a + b - d - g + 15) % 30;   // days from 21 March to the Paschal full moon, roughly
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;  // days from that full moon to the Sunday after it
        int m = (a + 11 * h + 22 * l) / 451;       // the two exceptions that would give 26 or 25 April
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
