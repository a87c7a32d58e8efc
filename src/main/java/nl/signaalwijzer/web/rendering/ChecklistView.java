package nl.signaalwijzer.web.rendering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.signaalwijzer.deadline.Deadlines;
import nl.signaalwijzer.flow.Deadline;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Language;
import nl.signaalwijzer.flow.Phase;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.StartDay;
import org.jspecify.annotations.Nullable;

/**
 * A checklist outcome as the page shows it: the actions after the first under the heading of their time
 * group ("Vandaag", "Deze week"), and a small form for the days the deadlines count from, placed in the group
 * of the first action with a deadline. With a day typed in, each deadline becomes a date in the page's language.
 */
final class ChecklistView {
    /** The name of the form a checklist's day fields belong to (the {@code form} attribute of each field). */
    static final String DATES_FORM = "dates";

    /**
     * One day field: {@code name} is the form field ({@code day-<id>}), {@code value} what was typed (ISO when
     * read); {@code unreadable}: typed but not a day; {@code missing}: the form was sent with no day at all.
     */
    record DayField(String name, String label, String value, boolean unreadable, boolean missing, boolean invalid) {
    }

    /** An action's last day, for the line under the day fields. */
    record Due(String action, String date) {
    }

    record DateForm(List<DayField> days, List<Due> due, boolean hasDue) {
    }

    /**
     * @param folded the flow shows this group as one fold ({@code fold: true}); {@code open} when a day was typed
     *               in and the group holds the date form, so the answer to the form is in view
     * @param count  "4 stappen": how many steps the fold holds
     */
    record PhaseGroup(String id, String title, List<ConversationView.ActionView> actions, @Nullable DateForm dates,
                      boolean folded, boolean open, String count) {
    }

    private ChecklistView() {
    }

    /**
     * @param actions the resolved actions of the path, and beside them as the page shows them (same order)
     * @param skip    how many leading actions the page shows above the groups (the first action, open)
     */
    static List<PhaseGroup> groups(Flow flow, List<ResolvedAction> actions, List<ConversationView.ActionView> views,
                                   int skip, Language language, TypedDays typed, Words words) {
        String dueBy = words.dueBy();
        DateForm form = dateForm(flow, actions, views, language, typed, dueBy);
        int formAt = -1;
        for (int i = 0; i < actions.size() && form != null; i++) {
            if (actions.get(i).deadline() != null) {
                formAt = Math.max(i, skip);
                break;
            }
        }
        List<PhaseGroup> groups = new ArrayList<>();
        List<ConversationView.ActionView> current = new ArrayList<>();
        Phase phase = null;
        DateForm dates = null;
        for (int i = skip; i < actions.size(); i++) {
            Phase next = actions.get(i).phase();
            if (phase == null || next == null || !next.id().equals(phase.id())) {
                if (phase != null) {
                    groups.add(group(phase, current, dates, groups.isEmpty(), language, typed, words));
                }
                current = new ArrayList<>();
                phase = next;
                dates = null;
            }
            if (i == formAt) {
                dates = form;
            }
            current.add(views.get(i));
        }
        if (phase != null) {
            groups.add(group(phase, current, dates, groups.isEmpty(), language, typed, words));
        }
        return List.copyOf(groups);
    }

    /** The page words a checklist uses: "Uiterlijk op", and "stap" / "stappen" for a folded group's count. */
    record Words(String dueBy, String step, String steps) {
    }

    /**
     * @param first the first group under the first action: never folded, whatever the flow says. Where nothing
     *              else is for now (no danger, nothing recent), today's steps are what comes next tonight, such as
     *              consulting the police: their titles stay in view instead of a page of closed groups alone.
     */
    private static PhaseGroup group(Phase phase, List<ConversationView.ActionView> actions, @Nullable DateForm dates,
                                    boolean first, Language language, TypedDays typed, Words words) {
        boolean folded = phase.fold() && !first;
        // also when the form came without a day: what is wrong with it must be in view too
        boolean open = folded && dates != null && typed.sent();
        String count = actions.size() + " " + (actions.size() == 1 ? words.step() : words.steps());
        return new PhaseGroup(phase.id(), phase.title().in(language.lang()), List.copyOf(actions), dates, folded,
                open, count);
    }

    /** The fields for the days this path's deadlines count from (in the flow's order), or null when none does. */
    private static @Nullable DateForm dateForm(Flow flow, List<ResolvedAction> actions,
                                               List<ConversationView.ActionView> views, Language language,
                                               TypedDays typed, String dueBy) {
        Set<String> needed = new LinkedHashSet<>();
        actions.stream().map(ResolvedAction::deadline).filter(d -> d != null).forEach(d -> needed.add(d.from()));
        if (needed.isEmpty()) {
            return null;
        }
        List<DayField> days = new ArrayList<>();
        for (StartDay day : flow.startDays()) {
            if (needed.contains(day.id())) {
                boolean unreadable = typed.unreadable().contains(day.id());
                days.add(new DayField("day-" + day.id(), day.label().in(language.lang()),
                        typed.typed().getOrDefault(day.id(), ""), unreadable, typed.nothingTyped(),
                        unreadable || typed.nothingTyped()));
            }
        }
        List<Due> due = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String date = due(actions.get(i), language, typed, dueBy);
            if (date != null) {
                // after "Meld het bij de IGJ:" the words go on in lower case ("uiterlijk op ...")
                Locale locale = Locale.forLanguageTag(language.htmlLang());
                due.add(new Due(views.get(i).title(), date.substring(0, 1).toLowerCase(locale) + date.substring(1)));
            }
        }
        return new DateForm(List.copyOf(days), List.copyOf(due), !due.isEmpty());
    }

    /** "Uiterlijk op donderdag 10 december 2026": the action's last day, once its start day is typed in; else null. */
    static @Nullable String due(ResolvedAction action, Language language, TypedDays typed, String dueBy) {
        Deadline deadline = action.deadline();
        if (deadline == null) {
            return null;
        }
        LocalDate dayZero = typed.days().get(deadline.from());
        if (dayZero == null) {
            return null;
        }
        LocalDate last = deadline.workingDays()
                ? Deadlines.workingDaysAfter(dayZero, deadline.count())
                : Deadlines.calendarDaysAfter(dayZero, deadline.count());
        Locale locale = Locale.forLanguageTag(language.htmlLang());
        return dueBy + " " + last.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale));
    }
}
