package nl.signaalwijzer.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the references of a checklist flow ({@link ChecklistReader}): every {@code phase:} names one of the
 * flow's phases, every deadline counts from one of its {@code dates:}, and ids are unique. That the actions
 * of each path follow the phases' order is a check over paths ({@link PathCheck}). Nulls left by reading
 * problems are skipped (those are already reported).
 */
final class ChecklistCheck {
    private final List<Problem> problems;

    ChecklistCheck(List<Problem> problems) {
        this.problems = problems;
    }

    void check(FlowReader.ParsedFlow flow) {
        Phases phases = flow.phases();
        if (phases != null) {
            unique(phases.list().stream().map(Phase::id).toList(), flow.idLocation(), "phase");
        }
        unique(flow.startDays().stream().map(StartDay::id).toList(), flow.idLocation(), "date");
        Set<String> days = flow.startDays().stream().map(StartDay::id).collect(Collectors.toSet());
        for (ActionUse use : flow.wording()) {
            check(use, phases, days, "the flow's wording of action '" + use.actionId() + "'");
        }
        for (Outcome outcome : flow.outcomes()) {
            if (outcome == null) {
                continue;
            }
            for (ActionUse use : outcome.actions()) {
                if (use != null) {
                    check(use, phases, days, "action '" + use.actionId() + "' of outcome '" + outcome.id() + "'");
                }
            }
        }
    }

    private void check(ActionUse use, @Nullable Phases phases, Set<String> days, String what) {
        String phase = use.phase();
        if (phase != null && phases == null) {
            problems.add(new Problem(use.location(), what + " names phase '" + phase + "', but the flow has no"
                    + " 'phases' at its top"));
        } else if (phase != null && phases != null && phases.order(phase) < 0) {
            problems.add(new Problem(use.location(), what + " names phase '" + phase + "', which 'phases' does not"
                    + " list (phases: " + phases.list().stream().map(Phase::id).collect(Collectors.joining(", ")) + ")"));
        }
        if (use.deadlines() == null) {
            return;
        }
        for (Deadline deadline : use.deadlines()) {
            if (deadline.from() != null && !days.contains(deadline.from())) {
                problems.add(new Problem(deadline.location(), "the deadline of " + what + " counts from '"
                        + deadline.from() + "', which the flow's 'dates' does not list"
                        + (days.isEmpty() ? " (it has no 'dates')" : " (dates: " + String.join(", ", days) + ")")));
            }
        }
    }

    private void unique(List<String> ids, Location at, String kind) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                problems.add(new Problem(at, "the flow lists " + kind + " '" + id + "' twice"));
            }
        }
    }
}
