/**
 * Actual dates for the time frames an outcome names (issue 20, "Actual dates"): the Nth working day after
 * a day 0, and day 0 plus N calendar days. Pure: no clock, no state, no HTTP, no logging; the caller
 * passes the day a user typed in and shows the result.
 *
 * <p>Which days are working days is our own reading of "onverwijld (dat is binnen drie werkdagen)"
 * (003:6628): Monday to Friday, less the public holidays named in {@code DutchHoliday}. Goede Vrijdag
 * and 5 mei are working days here, so that where the calendar is in doubt the deadline comes earlier.
 * The flow says that this is our own reading; the code only counts.
 *
 * <p>Public: {@link nl.signaalwijzer.deadline.Deadlines}. The holidays and Easter stay inside. A room at
 * the bottom, like {@code flow}: it uses no other package of ours, and the web rooms that show an outcome
 * ({@code web.routes}, {@code web.rendering}) may use it ({@code WebRoomsTest}).
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.deadline;

import org.jspecify.annotations.NullMarked;
