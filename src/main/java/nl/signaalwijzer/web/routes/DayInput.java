package nl.signaalwijzer.web.routes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.StartDay;
import nl.signaalwijzer.web.http.FormBody;
import nl.signaalwijzer.web.rendering.TypedDays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the days typed in on a checklist outcome's form ({@code day-<id>} fields, one per {@code dates:} entry
 * of the flow). A date field sends {@code 2026-12-05}; a browser without one sends what was typed, so the
 * Dutch ways of writing a day ({@code 5-12-2026}, {@code 5/12/2026}, {@code 5.12.2026}) are read too.
 */
final class DayInput {
    static final String FIELD_PREFIX = "day-";
    /** Longer than any date written out; a longer value is not a date, and is not echoed back either. */
    private static final int MAX_LENGTH = 20;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    /** The holidays are known for these years; a day outside them is a typing mistake. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private DayInput() {
    }

    static TypedDays read(FormBody form, Flow flow) {
        Map<String, String> typed = new HashMap<>();
        Map<String, LocalDate> days = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (StartDay day : flow.startDays()) {
            String value = form.last(FIELD_PREFIX + day.id());
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            LocalDate date = value.length() > MAX_LENGTH ? null : parse(value);
            if (date == null) {
                unreadable.add(day.id());
                if (value.length() <= MAX_LENGTH) {
                    typed.put(day.id(), value);
                }
            } else {
                typed.put(day.id(), date.toString());
                days.put(day.id(), date);
            }
        }
        return new TypedDays(typed, days, unreadable, true);
    }

    static @Nullable LocalDate parse(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dutch = DUTCH.matcher(value);
        return dutch.matches() ? date(dutch.group(3), dutch.group(2), dutch.group(1)) : null;
    }

    private static @Nullable LocalDate date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? date : null;
        } catch (DateTimeException notADay) {
            return null;
        }
    }
}
