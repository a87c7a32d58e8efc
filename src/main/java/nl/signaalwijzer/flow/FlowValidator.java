package nl.signaalwijzer.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a single file cannot: references between nodes and files, reachability, cycles, the
 * contract vocabulary. Tolerates nulls left by reading problems (those are already reported).
 */
final class FlowValidator {
    static final int MAX_STEPS = 5;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Problem> problems;
    private final List<Problem> warnings;

    FlowValidator(List<Problem> problems, List<Problem> warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    private void problem(Location at, String message) {
        problems.add(new Problem(at, message));
    }

    /** sources.yaml: each title glossed once, with an English text; returns title -> gloss. */
    Map<String, String> sourceGlosses(List<SourceGloss> glosses) {
        Map<String, String> byTitle = new LinkedHashMap<>();
        for (SourceGloss gloss : glosses) {
            if (gloss == null || gloss.title() == null || gloss.en() == null) {
                continue; // already reported as a missing field
            }
            if (byTitle.putIfAbsent(gloss.title(), gloss.en()) != null) {
                problem(gloss.location(), "source '" + gloss.title() + "' is glossed twice in sources.yaml");
            }
        }
        return byTitle;
    }

    /** With sources.yaml present, every source a flow cites needs its English gloss there (no silent Dutch). */
    void glossed(FlowReader.ParsedFlow flow, @Nullable Map<String, String> glosses) {
        if (glosses == null) {
            return;
        }
        for (Outcome outcome : flow.outcomes()) {
            if (outcome == null) {
                continue;
            }
            for (Source source : outcome.sources()) {
                if (source != null && source.title() != null && !glosses.containsKey(source.title())) {
                    problem(source.location(), "source '" + source.title() + "' has no English gloss in sources.yaml");
                }
            }
        }
    }

    void actions(Map<String, Action> actions, @Nullable Organisation organisation) {
        for (Action action : actions.values()) {
            if (!Vocabulary.ACTIONS.contains(action.id())) {
                problem(action.location(), "action id '" + action.id() + "' is not in the contract vocabulary");
            }
            checkSteps(action.steps(), action.location(), "action '" + action.id() + "'");
            checkContacts(action.contacts(), organisation, action.location(), "action '" + action.id() + "'");
        }
    }

    /**
     * @param readCleanly the file had no reading problems: only then are its paths walked (a walk over a
     *                    half-read flow would only repeat those problems in other words)
     */
    void flow(FlowReader.ParsedFlow flow, String fileBaseName, Map<String, Action> actions, @Nullable Organisation organisation,
              OutcomeContent content, boolean readCleanly) {
        int problemsBefore = problems.size();
        if (flow.id() != null && !flow.id().equals(fileBaseName)) {
            problem(flow.idLocation(), "flow id '" + flow.id() + "' must be the file name '" + fileBaseName + "'");
        }
        Map<String, Node> nodes = nodesById(flow);
        Map<String, Question> questions = new HashMap<>();
        for (Question question : flow.questions()) {
            if (question.id() != null) {
                questions.putIfAbsent(question.id(), question);
            }
        }
        Set<Route> shared = checkRouteSets(flow.routes(), nodes, questions);
        for (Question question : flow.questions()) {
            checkQuestion(question, nodes, shared);
        }
        for (Question question : flow.questions()) {
            checkV2(question, questions, actions, shared);
        }
        for (Outcome outcome : flow.outcomes()) {
            checkOutcome(outcome, actions, organisation, content);
            checkConditions(outcome, questions);
        }
        checkWording(flow.wording(), actions, organisation, questions, content);
        new ChecklistCheck(problems).check(flow);
        if (flow.start() != null && !(nodes.get(flow.start()) instanceof Question)) {
            problem(flow.startLocation(), "start '" + flow.start() + "' is not a question of this flow");
            return;
        }
        if (flow.start() != null && readCleanly && problems.size() == problemsBefore && organisation != null) {
            // paths are only walked through a flow whose parts are all sound (known nodes, actions, options)
            List<Problem> found = new ArrayList<>();
            new PathCheck(nodes, content, found, warnings).check(flow.start(), flow.startLocation());
            problems.addAll(found);
        } else if (flow.start() != null) {
            checkReachableAndAcyclic(flow, nodes, questions);
        }
    }

    private Map<String, Node> nodesById(FlowReader.ParsedFlow flow) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Node> all = new ArrayList<>(flow.questions());
        all.addAll(flow.outcomes());
        for (Node node : all) {
            if (node.id() == null) {
                continue;
            }
            checkId(node.id(), node.location());
            Node first = nodes.putIfAbsent(node.id(), node);
            if (first != null) {
                problem(node.location(), "duplicate id '" + node.id() + "' (first at line " + first.location().line() + ")");
            }
        }
        return nodes;
    }

    private void checkId(String id, Location at) {
        if (!ID.matcher(id).matches()) {
            problem(at, "id '" + id + "' must be lowercase letters and digits joined by '-'");
        }
    }

    /** @param shared the rules of named route sets: checked once, where they are written */
    private void checkQuestion(Question question, Map<String, Node> nodes, Set<Route> shared) {
        String what = "question '" + question.id() + "'";
        if (question.options().isEmpty()) {
            problem(question.location(), what + " has no options, so it never reaches an outcome");
            return;
        }
        Map<String, Option> seen = new LinkedHashMap<>();
        for (Option option : question.options()) {
            if (option.id() == null) {
                continue;
            }
            checkId(option.id(), option.location());
            Option first = seen.putIfAbsent(option.id(), option);
            if (first != null) {
                problem(option.location(), "duplicate option '" + option.id() + "' in " + what
                        + " (first at line " + first.location().line() + ")");
            }
            for (Route route : option.next()) {
                if (!nodes.containsKey(route.to()) && !shared.contains(route)) {
                    problem(route.location(), "option '" + option.id() + "' of " + what
                            + " leads to unknown question or outcome '" + route.to() + "'");
                }
            }
        }
        if (!seen.containsKey(Vocabulary.UNSURE)) {
            problem(question.location(), what + " has no '" + Vocabulary.UNSURE + "' option");
        }
        List<String> contract = Vocabulary.QUESTIONS.get(question.id());
        if (contract != null && !new HashSet<>(contract).equals(seen.keySet())) {
            problem(question.location(), what + " must have exactly the contract options "
                    + String.join(", ", contract) + " (has " + String.join(", ", seen.keySet()) + ")");
        }
    }

    private void checkOutcome(Outcome outcome, Map<String, Action> actions, @Nullable Organisation organisation,
                              OutcomeContent content) {
        String what = "outcome '" + outcome.id() + "'";
        if (outcome.actions().isEmpty()) {
            problem(outcome.location(), what + " has no actions");
        }
        if (outcome.sources().isEmpty()) {
            problem(outcome.location(), what + " has no sources");
        }
        String firstCalm = null;
        // An action may be listed again after a use with a `when` (e.g. other contacts for a volunteer): the
        // first use that holds on a path is shown. After a use without `when`, another one could never show.
        Set<String> settled = new HashSet<>();
        for (ActionUse use : outcome.actions()) {
            String id = use.actionId();
            if (id == null) {
                continue;
            }
            if (settled.contains(id)) {
                problem(use.location(), what + " lists action '" + id + "' twice");
            }
            if (use.when().isAlways()) {
                settled.add(id);
            }
            Action action = actions.get(id);
            if (action == null) {
                problem(use.location(), Vocabulary.ACTIONS.contains(id)
                        ? what + " uses action '" + id + "', which actions.yaml does not define"
                        : what + " uses action '" + id + "', which is not in the contract vocabulary");
                continue;
            }
            if (action.urgent() && firstCalm != null) {
                problem(use.location(), what + " lists urgent action '" + id + "' after '" + firstCalm
                        + "': urgent actions come first");
            } else if (!action.urgent() && firstCalm == null) {
                firstCalm = id;
            }
            checkSteps(use, content.steps(id, use), what, " for action '" + id + "'");
            if (use.contacts() != null) {
                checkContacts(use.contacts(), organisation, use.location(), what);
            }
        }
    }

    /** The v2 parts of a question: skip rules, next rules (one fallback, last), urgent actions, conditions. */
    private void checkV2(Question question, Map<String, Question> questions, Map<String, Action> actions,
                         Set<Route> shared) {
        String what = "question '" + question.id() + "'";
        for (Skip skip : question.skip()) {
            if (question.option(skip.answer()).isEmpty()) {
                problem(skip.location(), "a skip rule of " + what + " answers '" + skip.answer()
                        + "', which is not an option of " + what);
            }
            checkCondition(skip.when(), questions);
        }
        question.help().forEach(help -> checkCondition(help.when(), questions));
        for (Option option : question.options()) {
            String optionWhat = "option '" + option.id() + "' of " + what;
            if (!shared.containsAll(option.next())) {
                checkFallback(option.next(), "the 'next' rules of " + optionWhat);
                option.next().forEach(route -> checkCondition(route.when(), questions));
            }
            for (String id : option.urgent()) {
                Action action = actions.get(id);
                if (action == null) {
                    problem(option.location(), optionWhat + " names urgent action '" + id
                            + "', which actions.yaml does not define");
                } else if (!action.urgent()) {
                    problem(option.location(), optionWhat + " names action '" + id
                            + "' as urgent, but actions.yaml does not mark it urgent: true");
                }
            }
        }
    }

    /** Exactly one rule without {@code when}, and it is the last: every path goes somewhere, and no rule is dead code. */
    private void checkFallback(List<Route> routes, String what) {
        if (routes.isEmpty()) {
            return;
        }
        long fallbacks = routes.stream().filter(r -> r.when().isAlways()).count();
        Route last = routes.get(routes.size() - 1);
        if (fallbacks == 0) {
            problem(last.location(), what + " have no fallback: the last rule must have no 'when'");
        } else if (fallbacks > 1 || !last.when().isAlways()) {
            Route first = routes.stream().filter(r -> r.when().isAlways()).findFirst().orElseThrow();
            problem(first.location(), what + " must have exactly one fallback (a rule without 'when'), as the last rule");
        }
    }

    /**
     * The named route sets: each rule checked once where it is written (not again for every option that
     * uses it), every use names a set, every set is used.
     *
     * @return the rules of all sets
     */
    private Set<Route> checkRouteSets(RouteSets routes, Map<String, Node> nodes, Map<String, Question> questions) {
        Set<Route> shared = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (RouteSets.Use use : routes.uses()) {
            used.add(use.name());
            if (!routes.sets().containsKey(use.name())) {
                problem(use.location(), use.what() + " uses route '" + use.name() + "', which 'routes:' does not"
                        + " define" + (routes.sets().isEmpty() ? "" : " (routes: "
                        + String.join(", ", new TreeSet<>(routes.sets().keySet())) + ")"));
            }
        }
        for (RouteSets.RouteSet set : routes.sets().values()) {
            String what = "route '" + set.name() + "'";
            checkId(set.name(), set.location());
            if (nodes.containsKey(set.name())) {
                problem(set.location(), what + " has the name of a question or outcome: give it another name, so"
                        + " 'next: " + set.name() + "' and 'next: {route: " + set.name() + "}' cannot be mixed up");
            }
            if (!used.contains(set.name())) {
                problem(set.location(), what + " is not used by any option: use it as 'next: {route: " + set.name()
                        + "}', or remove it");
            }
            checkFallback(set.rules(), "the rules of " + what);
            for (Route rule : set.rules()) {
                if (!nodes.containsKey(rule.to())) {
                    problem(rule.location(), what + " leads to unknown question or outcome '" + rule.to() + "'");
                }
                checkCondition(rule.when(), questions);
            }
            shared.addAll(set.rules());
        }
        return shared;
    }

    /** A condition may name only questions of this flow and options those questions have. */
    private void checkCondition(Condition when, Map<String, Question> questions) {
        when.options().forEach((questionId, options) -> {
            Question question = questions.get(questionId);
            if (question == null) {
                problem(when.written(), "condition names unknown question '" + questionId + "'");
                return;
            }
            for (String option : options) {
                if (question.option(option).isEmpty()) {
                    problem(when.written(), "condition names option '" + option + "', which question '"
                            + questionId + "' does not have");
                }
            }
        });
    }

    private void checkConditions(Outcome outcome, Map<String, Question> questions) {
        for (List<ConditionalText> paragraphs : List.of(outcome.titleWhen(), outcome.text(), outcome.why(),
                outcome.nextSteps(), outcome.always(), outcome.exampleNote())) {
            paragraphs.forEach(p -> checkCondition(p.when(), questions));
        }
        for (ActionUse use : outcome.actions()) {
            checkCondition(use.when(), questions);
            if (use.steps() != null) {
                use.steps().forEach(step -> checkCondition(step.when(), questions));
            }
            if (use.deadlines() != null) {
                use.deadlines().forEach(deadline -> checkCondition(deadline.when(), questions));
            }
        }
        outcome.sources().forEach(source -> checkCondition(source.when(), questions));
    }

    /** The flow's own {@code actions:} wording: known actions, each once, readable steps, known contacts. */
    private void checkWording(List<ActionUse> wording, Map<String, Action> actions, @Nullable Organisation organisation,
                              Map<String, Question> questions, OutcomeContent content) {
        Map<String, ActionUse> seen = new HashMap<>();
        for (ActionUse use : wording) {
            String id = use.actionId();
            if (id == null) {
                continue;
            }
            String what = "the flow's wording of action '" + id + "'";
            ActionUse first = seen.putIfAbsent(id, use);
            if (first != null) {
                problem(use.location(), "the flow words action '" + id + "' twice (first at line "
                        + first.location().line() + ")");
            }
            if (!actions.containsKey(id)) {
                problem(use.location(), "the flow words action '" + id + "', which actions.yaml does not define");
            }
            if (use.steps() != null) {
                if (first == null && actions.containsKey(id)) {
                    checkSteps(use, content.steps(id, null), what, "");
                }
                use.steps().forEach(step -> checkCondition(step.when(), questions));
            }
            if (use.deadlines() != null) {
                use.deadlines().forEach(deadline -> checkCondition(deadline.when(), questions));
            }
            if (use.contacts() != null) {
                checkContacts(use.contacts(), organisation, use.location(), what);
            }
        }
    }

    private void checkSteps(List<?> steps, Location at, String what) {
        if (steps.size() > MAX_STEPS) {
            problem(at, what + " has " + steps.size() + " steps; at most " + MAX_STEPS + " keep it readable");
        }
    }

    /**
     * The limit holds for what the page shows: with {@code steps:} the action's own steps count too.
     *
     * @param shown     every step the action shows with this use (conditions not yet tested)
     * @param forAction names the action where {@code what} does not
     */
    private void checkSteps(ActionUse use, List<ConditionalText> shown, String what, String forAction) {
        if (use.steps() == null) {
            return;
        }
        int added = use.steps().size();
        if (use.replacesSteps() || shown.size() == added) {
            checkSteps(use.steps(), use.location(), what);
        } else if (shown.size() > MAX_STEPS) {
            problem(use.location(), what + " has " + shown.size() + " steps" + forAction + " ("
                    + (shown.size() - added) + " of the action's own, " + added + " added by 'steps' here); at most "
                    + MAX_STEPS + " keep it readable");
        }
    }

    private void checkContacts(List<String> contacts, @Nullable Organisation organisation, Location at, String what) {
        if (organisation == null) {
            return;
        }
        for (String contact : contacts) {
            if (!organisation.contacts().containsKey(contact)) {
                problem(at, what + " names contact '" + contact + "', which organisation.yaml does not define");
            }
        }
    }

    /** Depth-first walk from start: reports cycles (with the loop) and then every node never reached. */
    private void checkReachableAndAcyclic(FlowReader.ParsedFlow flow, Map<String, Node> nodes, Map<String, Question> questions) {
        Set<String> reached = new HashSet<>();
        Set<String> done = new HashSet<>();
        Set<String> reportedCycles = new TreeSet<>();
        walk(flow.start(), nodes, questions, reached, done, new ArrayDeque<>(), reportedCycles);
        for (Node node : nodes.values()) {
            if (!reached.contains(node.id())) {
                String kind = node instanceof Question ? "question" : "outcome";
                problem(node.location(), kind + " '" + node.id() + "' can never be reached from start '" + flow.start() + "'");
            }
        }
    }

    private void walk(String id, Map<String, Node> nodes, Map<String, Question> questions, Set<String> reached,
                      Set<String> done, Deque<String> path, Set<String> reportedCycles) {
        if (done.contains(id) || !nodes.containsKey(id)) {
            return;
        }
        if (path.contains(id)) {
            String loop = PathCheck.loop(path, id);
            if (reportedCycles.add(loop)) {
                problem(nodes.get(id).location(), "question '" + id + "' leads back to itself: " + loop);
            }
            return;
        }
        reached.add(id);
        Question question = questions.get(id);
        if (question != null && nodes.get(id) == question) {
            path.push(id);
            for (Option option : question.options()) {
                if (option.next() != null) {
                    for (Route route : option.next()) {
                        walk(route.to(), nodes, questions, reached, done, path, reportedCycles);
                    }
                }
            }
            path.pop();
        }
        done.add(id);
    }
}
