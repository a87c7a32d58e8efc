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

/**
 * Checks what a single file cannot: references between nodes and files, reachability, cycles, the
 * contract vocabulary. Tolerates nulls left by reading problems (those are already reported).
 */
final class FlowValidator {
    static final int MAX_STEPS = 5;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Problem> problems;

    FlowValidator(List<Problem> problems) {
        this.problems = problems;
    }

    private void problem(Location at, String message) {
        problems.add(new Problem(at, message));
    }

    void actions(Map<String, Action> actions, Organisation organisation) {
        for (Action action : actions.values()) {
            if (!Vocabulary.ACTIONS.contains(action.id())) {
                problem(action.location(), "action id '" + action.id() + "' is not in the contract vocabulary");
            }
            checkSteps(action.steps(), action.location(), "action '" + action.id() + "'");
            checkContacts(action.contacts(), organisation, action.location(), "action '" + action.id() + "'");
        }
    }

    void flow(FlowReader.ParsedFlow flow, String fileBaseName, Map<String, Action> actions, Organisation organisation) {
        if (flow.id() != null && !flow.id().equals(fileBaseName)) {
            problem(flow.idLocation(), "flow id '" + flow.id() + "' must be the file name '" + fileBaseName + "'");
        }
        Map<String, Node> nodes = nodesById(flow);
        Map<String, Question> questions = new HashMap<>();
        for (Question question : flow.questions()) {
            if (question.id() != null) {
                questions.putIfAbsent(question.id(), question);
            }
            checkQuestion(question, nodes);
        }
        for (Outcome outcome : flow.outcomes()) {
            checkOutcome(outcome, actions, organisation);
        }
        if (flow.start() != null && !(nodes.get(flow.start()) instanceof Question)) {
            problem(flow.startLocation(), "start '" + flow.start() + "' is not a question of this flow");
            return;
        }
        if (flow.start() != null) {
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

    private void checkQuestion(Question question, Map<String, Node> nodes) {
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
            if (option.next() != null && !nodes.containsKey(option.next())) {
                problem(option.location(), "option '" + option.id() + "' of " + what
                        + " leads to unknown question or outcome '" + option.next() + "'");
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

    private void checkOutcome(Outcome outcome, Map<String, Action> actions, Organisation organisation) {
        String what = "outcome '" + outcome.id() + "'";
        if (outcome.actions().isEmpty()) {
            problem(outcome.location(), what + " has no actions");
        }
        if (outcome.sources().isEmpty()) {
            problem(outcome.location(), what + " has no sources");
        }
        String firstCalm = null;
        Set<String> used = new HashSet<>();
        for (ActionUse use : outcome.actions()) {
            String id = use.actionId();
            if (id == null) {
                continue;
            }
            if (!used.add(id)) {
                problem(use.location(), what + " lists action '" + id + "' twice");
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
            if (use.steps() != null) {
                checkSteps(use.steps(), use.location(), what);
            }
            if (use.contacts() != null) {
                checkContacts(use.contacts(), organisation, use.location(), what);
            }
        }
    }

    private void checkSteps(List<Text> steps, Location at, String what) {
        if (steps.size() > MAX_STEPS) {
            problem(at, what + " has " + steps.size() + " steps; at most " + MAX_STEPS + " keep it readable");
        }
    }

    private void checkContacts(List<String> contacts, Organisation organisation, Location at, String what) {
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
            List<String> loop = new ArrayList<>();
            boolean inLoop = false;
            for (var it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                inLoop |= step.equals(id);
                if (inLoop) {
                    loop.add(step);
                }
            }
            loop.add(id);
            if (reportedCycles.add(String.join(" -> ", loop))) {
                problem(nodes.get(id).location(), "question '" + id + "' leads back to itself: " + String.join(" -> ", loop));
            }
            return;
        }
        reached.add(id);
        Question question = questions.get(id);
        if (question != null && nodes.get(id) == question) {
            path.push(id);
            for (Option option : question.options()) {
                if (option.next() != null) {
                    walk(option.next(), nodes, questions, reached, done, path, reportedCycles);
                }
            }
            path.pop();
        }
        done.add(id);
    }
}
