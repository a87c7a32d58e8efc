package nl.signaalwijzer.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What only the paths of a flow show: checks every state {@link FlowWalk} finds (the walk the engine's
 * routing makes, outcome content resolved), and reports cycles, nodes no path reaches, conditions naming
 * a question some path has not answered, and, as warnings, rules that never apply and content conditions
 * that never or always hold.
 */
final class PathCheck {
    /** Beyond this many paths a flow is too big to check (and to read); the bundled flows have about 200 each. */
    static final int MAX_PATHS = 100_000;

    private final Map<String, Node> nodes;
    private final OutcomeContent content;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final Set<String> reached = new HashSet<>();
    private final Set<String> cycles = new TreeSet<>();
    private final Set<String> emptyParts = new HashSet<>();
    private final Set<Condition> unanswered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> applied = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Content conditions -> {held on some path, failed on some path}. */
    private final Map<Condition, boolean[]> tested = new IdentityHashMap<>();
    private int paths;

    PathCheck(Map<String, Node> nodes, OutcomeContent content, List<Problem> problems, List<Problem> warnings) {
        this.nodes = nodes;
        this.content = content;
        this.problems = problems;
        this.warnings = warnings;
    }

    void check(String start, Location startLocation) {
        for (var states = FlowWalk.walk(start, nodes::get).iterator(); states.hasNext(); ) {
            FlowState state = states.next();
            visit(state);
            if (state.finished() && ++paths > MAX_PATHS) {
                problems.add(new Problem(startLocation, "the flow has more than " + MAX_PATHS
                        + " paths; split it into smaller flows"));
                return;
            }
        }
        for (Node node : nodes.values()) {
            if (!reached.contains(node.id())) {
                String kind = node instanceof Question ? "question" : "outcome";
                problems.add(new Problem(node.location(), kind + " '" + node.id()
                        + "' can never be reached from start '" + start + "'"));
            }
        }
        if (problems.isEmpty()) {
            warnAboutRulesAndParts();
        }
    }

    /**
     * Checks one state the walk found, and the steps on the way to it. A step is seen again in each state
     * after it; what it finds is kept in sets, so only its first path (depth first) names it in a message.
     */
    private void visit(FlowState state) {
        Map<String, String> answers = new LinkedHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        for (FlowState.Step step : state.steps()) {
            arriveAt(step.question(), answers);
            stack.push(step.question().id());
            answers.put(step.question().id(), step.option().id());
            for (Route route : step.option().next()) {
                if (holds(route.when(), answers)) {
                    applied.add(route);
                    break;
                }
            }
        }
        if (state.loops()) {
            reportCycle(state.at().id(), stack);
        } else if (state.at() instanceof Question question) {
            arriveAt(question, answers);
        } else {
            Outcome outcome = (Outcome) state.at();
            reached.add(outcome.id());
            Advice advice = content.resolve(outcome, answers, state.raised(), (when, holds) -> {
                if (answered(when, answers)) {
                    boolean[] seen = tested.computeIfAbsent(when, w -> new boolean[2]);
                    seen[holds ? 0 : 1] = true;
                }
            });
            checkNotEmpty(advice, answers);
            checkPhases(advice, answers);
        }
    }

    /**
     * In a checklist flow, every action of every path is under a time group, and the groups follow the
     * flow's order: a "now" after a "this week" would tell the reader to do the urgent thing later.
     */
    private void checkPhases(Advice advice, Map<String, String> answers) {
        Phases phases = content.phases();
        if (phases == null) {
            return;
        }
        ResolvedAction before = null;
        Phase beforePhase = null;
        for (ResolvedAction action : advice.actions()) {
            String where = advice.outcome().id() + "/" + action.id();
            Phase phase = action.phase();
            if (phase == null) {
                if (emptyParts.add(where + "/phase")) {
                    problems.add(new Problem(advice.outcome().location(), "outcome '" + advice.outcome().id()
                            + "' shows action '" + action.id() + "' without a phase (give the flow's wording or"
                            + " the outcome's use a 'phase:')"));
                }
                return;
            }
            if (before != null && beforePhase != null && phases.order(phase.id()) < phases.order(beforePhase.id())
                    && emptyParts.add(where + "/order")) {
                problems.add(new Problem(advice.outcome().location(), "outcome '" + advice.outcome().id()
                        + "' shows action '" + action.id() + "' (" + phase.id() + ") after '" + before.id()
                        + "' (" + beforePhase.id() + ") on some paths (e.g. " + describe(answers) + "): the"
                        + " actions must follow the order of 'phases'"));
            }
            before = action;
            beforePhase = phase;
        }
    }

    /** A question on the path, asked or answered by a skip rule: its help and the skip rule the walk took, if any. */
    private void arriveAt(Question question, Map<String, String> answers) {
        reached.add(question.id());
        question.help().forEach(help -> holds(help.when(), answers)); // reports a help condition this path cannot answer
        for (Skip rule : question.skip()) {
            if (holds(rule.when(), answers)) {
                applied.add(rule);
                break;
            }
        }
    }

    /** Every path's outcome must say something in each part: a part whose paragraphs all have a false `when` is empty. */
    private void checkNotEmpty(Advice advice, Map<String, String> answers) {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put("text", advice.text().isEmpty());
        parts.put("actions", advice.actions().isEmpty());
        parts.put("why", advice.why().isEmpty());
        parts.put("next-steps", advice.nextSteps().isEmpty());
        parts.put("always", advice.always().isEmpty());
        parts.put("sources", advice.sources().stream().noneMatch(source -> !source.ownAdvice()));
        parts.forEach((part, empty) -> {
            if (empty && emptyParts.add(advice.outcome().id() + "/" + part)) {
                problems.add(new Problem(advice.outcome().location(), "outcome '" + advice.outcome().id()
                        + "' shows no " + part + " on some paths (e.g. " + describe(answers) + "): every part"
                        + " of it has a 'when' that does not hold there"));
            }
        });
    }

    private boolean holds(Condition when, Map<String, String> answers) {
        return answered(when, answers) && when.holds(answers);
    }

    /**
     * False (once reported) when the condition names a question this path has not answered. The parts of a
     * condition are read in order, as the engine does: once a part does not hold, the condition is false
     * whatever follows, so {@code {behaviour: sexual, recent: "yes"}} needs {@code recent} answered only
     * where the behaviour was sexual.
     */
    private boolean answered(Condition when, Map<String, String> answers) {
        for (Map.Entry<String, List<String>> part : when.options().entrySet()) {
            String question = part.getKey();
            String given = answers.get(question);
            if (given != null && !part.getValue().contains(given)) {
                return true;
            }
            if (given == null && nodes.get(question) instanceof Question) {
                if (unanswered.add(when)) {
                    problems.add(new Problem(when.written(), "condition names question '" + question
                            + "', which is not answered on every path that reaches it (not on: "
                            + describe(answers) + ")"));
                }
                return false;
            }
        }
        return true;
    }

    private static String describe(Map<String, String> answers) {
        return answers.isEmpty() ? "the start" : answers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private void reportCycle(String id, Deque<String> stack) {
        String loop = loop(stack, id);
        if (cycles.add(loop)) {
            problems.add(new Problem(Objects.requireNonNull(nodes.get(id)).location(), "question '" + id + "' leads back to itself: " + loop));
        }
    }

    /**
     * {@code "a -> b -> a"}: the loop a walk found on coming back to {@code id}; {@code stack} holds the
     * questions on the way there, newest first. Also used by the validator's structural walk.
     */
    static String loop(Deque<String> stack, String id) {
        List<String> loop = new ArrayList<>();
        boolean inLoop = false;
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
            String step = it.next();
            inLoop |= step.equals(id);
            if (inLoop) {
                loop.add(step);
            }
        }
        loop.add(id);
        return String.join(" -> ", loop);
    }

    private void warnAboutRulesAndParts() {
        for (Node node : nodes.values()) {
            if (!(node instanceof Question question)) {
                continue;
            }
            for (Skip skip : question.skip()) {
                if (!applied.contains(skip)) {
                    warnings.add(Problem.warning(skip.location(), "the skip rule of question '" + question.id()
                            + "' never applies on any path"));
                }
            }
            for (Option option : question.options()) {
                for (Route route : option.next()) {
                    if (!route.when().isAlways() && !applied.contains(route)) {
                        warnings.add(Problem.warning(route.location(), "the rule to '" + route.to() + "' of option '"
                                + option.id() + "' of question '" + question.id() + "' never applies on any path"));
                    }
                }
            }
        }
        tested.forEach((when, seen) -> {
            if (!seen[0]) {
                warnings.add(Problem.warning(when.written(), "this part never shows: its condition (" + when
                        + ") holds on no path that reaches it"));
            } else if (!seen[1]) {
                warnings.add(Problem.warning(when.written(), "this part shows on every path that reaches it ("
                        + when + "); it needs no 'when'"));
            }
        });
    }
}
