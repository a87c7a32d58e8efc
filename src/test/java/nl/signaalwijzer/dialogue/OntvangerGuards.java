package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.PathReading.actionIds;
import static nl.signaalwijzer.dialogue.PathReading.given;
import static nl.signaalwijzer.dialogue.PathReading.isAnyOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Deadline;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;

/**
 * The guards of issue 20 ("Done when") for the receiver's flow, {@code ontvanger}: each reads a path by its
 * answers (contract v1.2 question ids, implied answers included) and its action ids, never by the wording an
 * organisation may change; where a guard needs a fact in the words (three working days, six weeks, the raad
 * van toezicht), it looks for that fact, in Dutch and in English. A guard applies to some paths and names
 * every path that breaks it; {@link Verdict#checked} counts the paths it applied to, so a test can see that a
 * guard which checks nothing is a defect too.
 *
 * <p>Where an answer is not known on a path (the question was not asked), a guard reads it the way the flow
 * must: on the safer side for the client. A crime is ruled out only by {@code possibly-criminal=no} with a
 * known, non-sexual behaviour; a client's accommodation that was not asked about may be the same one. A path
 * that hands the report over on a conflict of interest passes the IGJ report and the Meldcode on to whoever
 * takes over: its page must name them, not list their steps.
 */
enum OntvangerGuards {

    /** Issue 20: consult the police before anyone talks with the client or the person concerned (003:4928-4932, 003:6015-6016). */
    POLICE_FIRST("police-first", "the police come before hearing the client or the person concerned, or investigating, "
            + "whenever a crime is possible or in doubt") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return crimePossibleOrInDoubt(given);
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            List<String> problems = new ArrayList<>();
            List<String> actions = actionIds(path);
            int police = actions.indexOf("police");
            // the Meldcode decides for a relative (003:1839-1846); there only the order is guarded
            if (police < 0 && !"relative".equals(given.get("perpetrator"))) {
                problems.add("no 'police' where a crime is possible or in doubt");
            }
            for (String talk : List.of("hear-client", "hear-accused", "investigate")) {
                int at = actions.indexOf(talk);
                if (at >= 0 && (police < 0 || police > at)) {
                    problems.add("'" + talk + "' without 'police' before it");
                }
            }
            return problems;
        }
    },

    /** Issue 20: on a conflict of interest the report goes outside the line first (003:3628-3631, 003:5453-5466). */
    HAND_OVER_FIRST("hand-over-first", "on a conflict of interest the hand-over comes before any hearing or investigation; "
            + "where the person concerned is a manager it names the raad van toezicht") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return isAnyOf(given.get("conflict-of-interest"), "yes", "unsure") || "manager".equals(given.get("perpetrator"));
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            List<String> problems = new ArrayList<>();
            List<String> actions = actionIds(path);
            int handOver = actions.indexOf("hand-over");
            if (isAnyOf(given.get("conflict-of-interest"), "yes", "unsure")) {
                if (handOver < 0) {
                    problems.add("no 'hand-over' on a conflict of interest");
                }
                for (String step : List.of("hear-client", "hear-accused", "investigate", "judge-behaviour", "measures")) {
                    int at = actions.indexOf(step);
                    if (at >= 0 && handOver > at) {
                        problems.add("'" + step + "' before the 'hand-over'");
                    }
                }
            }
            // the bestuurder may be the person concerned: then the raad van toezicht takes it (and the IGJ report)
            if ("manager".equals(given.get("perpetrator")) && handOver >= 0) {
                ResolvedAction action = path.advice().actions().get(handOver);
                if (!says(action, Lang.NL, RAAD_VAN_TOEZICHT_NL) || !says(action, Lang.EN, RAAD_VAN_TOEZICHT_EN)) {
                    problems.add("the 'hand-over' does not name the raad van toezicht (nl and en) where the person concerned "
                            + "is a manager, who may be the bestuurder");
                }
            }
            return problems;
        }
    },

    /** Issue 20: a relative falls under the Meldcode, not the employer's steps (003:13-19, 003:2091-2100). */
    MELDCODE_FOR_RELATIVE("meldcode-for-relative", "for a relative: the Meldcode, with the aandachtsfunctionaris huiselijk "
            + "geweld, and none of the employer's steps (hearing the person, judging, measures, the IGJ report)") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return "relative".equals(given.get("perpetrator"));
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            List<String> problems = new ArrayList<>();
            Optional<ResolvedAction> meldcode = action(path, "meldcode");
            if (meldcode.isEmpty() && handedOver(path, given)) {
                if (!pageSays(path, MELDCODE, MELDCODE)) {
                    problems.add("the hand-over does not pass on that the Meldcode applies (the page does not name it, nl and en)");
                }
            } else if (meldcode.isEmpty()) {
                problems.add("no 'meldcode' for a relative");
            } else if (meldcode.get().contacts().stream().map(Contact::id)
                    .noneMatch("aandachtsfunctionaris-huiselijk-geweld"::equals)) {
                problems.add("the 'meldcode' step does not list the aandachtsfunctionaris-huiselijk-geweld");
            }
            for (String employers : List.of("hear-accused", "judge-behaviour", "measures", "igj-report")) {
                if (actionIds(path).contains(employers)) {
                    problems.add("the employer's step '" + employers + "' for a relative");
                }
            }
            return problems;
        }
    },

    /** Issue 20 / brief §4.2: the bestuurder reports geweld in de zorgrelatie or a calamiteit (003:6578-6598, 003:6628). */
    IGJ_REPORT("igj-report", "the IGJ report, with its three working days, for sexual or physical violence or coercion by "
            + "someone working for the organisation, for violence between clients in one accommodation, and for death or "
            + "serious harm; once it is established, its deadline is the third working day after that day") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return igjReportDue(given) || actionIds(path).contains("igj-report");
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            Optional<ResolvedAction> report = action(path, "igj-report");
            if (report.isEmpty() && handedOver(path, given)) {
                return pageSays(path, IGJ_NL, IGJ_EN) ? List.of()
                        : List.of("the hand-over does not pass on the IGJ report (the page does not name the IGJ, nl and en)");
            }
            if (report.isEmpty()) {
                return List.of("no 'igj-report' where geweld in de zorgrelatie or a calamiteit is possible");
            }
            List<String> problems = new ArrayList<>();
            if (!says(report.get(), Lang.NL, THREE_WORKING_DAYS_NL) || !says(report.get(), Lang.EN, THREE_WORKING_DAYS_EN)) {
                problems.add("the 'igj-report' does not say 'three working days' (nl and en)");
            }
            // "onverwijld, dat is binnen drie werkdagen" once established (003:6628): day 0 is that day
            if ("yes".equals(given.get("established"))) {
                deadlineProblem(report.get(), "established-on", 3, true).ifPresent(problems::add);
            }
            return problems;
        }
    },

    /** Issue 20: while it is not established, investigate at once and finish within six weeks (003:6607-6614). */
    INVESTIGATION("investigation", "an investigation, with its six weeks (42 days after the report came in), while it is not "
            + "established") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            // the six weeks belong to the IGJ's duty; for a relative the Meldcode has its own steps
            return isAnyOf(given.get("established"), "no", "unsure") && !"relative".equals(given.get("perpetrator"));
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            Optional<ResolvedAction> investigate = action(path, "investigate");
            if (investigate.isEmpty()) {
                return List.of("no 'investigate' while it is not established");
            }
            List<String> problems = new ArrayList<>();
            if (!says(investigate.get(), Lang.NL, SIX_WEEKS_NL) || !says(investigate.get(), Lang.EN, SIX_WEEKS_EN)) {
                problems.add("the 'investigate' step does not say 'six weeks' (nl and en)");
            }
            // "in ieder geval binnen zes weken" (003:6607-6614), counted from the day the report came in
            deadlineProblem(investigate.get(), "reported-on", 42, false).ifPresent(problems::add);
            return problems;
        }
    },

    /** Issue 20 / contract v1.1: acute danger leads with 112 and stopping it, and the questions go on. */
    ACUTE_DANGER_FIRST("acute-danger-first", "acute danger first: 112 and stopping it lead where it is happening now or in "
            + "doubt, and no 112 without acute danger") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return given.containsKey("acute-danger");
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            List<String> problems = new ArrayList<>();
            List<String> actions = actionIds(path);
            if (isAnyOf(given.get("acute-danger"), "yes", "unsure")) {
                List<String> first = actions.subList(0, Math.min(2, actions.size()));
                if (!first.containsAll(List.of("call-112", "stop-behaviour"))) {
                    problems.add("'call-112' and 'stop-behaviour' do not lead where acute-danger is "
                            + given.get("acute-danger") + " (first: " + first + ")");
                }
                if (given.size() < 2) {
                    problems.add("the questions stop at acute danger: the rest of the advice is not tailored");
                }
            }
            if ("no".equals(given.get("acute-danger")) && actions.contains("call-112")) {
                problems.add("'call-112' without acute danger");
            }
            return problems;
        }
    },

    /** Issue 20 / contract: the Centrum Seksueel Geweld after recent sexual violence (within 7 days it is urgent). */
    CENTRUM_SEKSUEEL_GEWELD("centrum-seksueel-geweld", "the Centrum Seksueel Geweld where sexual behaviour may have "
            + "happened in the last 7 days") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            String behaviour = given.get("behaviour");
            String recent = given.get("recent");
            // sexual, and not known to be longer ago; or not known what happened, and recent or not known when
            return "sexual".equals(behaviour) && !"no".equals(recent)
                    || (behaviour == null || "unsure".equals(behaviour)) && isAnyOf(recent, "yes", "unsure");
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            return actionIds(path).contains("centrum-seksueel-geweld") ? List.of()
                    : List.of("no 'centrum-seksueel-geweld' where sexual behaviour may be recent");
        }
    },

    /** Issue 20: one order on every path, and ensure-safety on every path. */
    ONE_ORDER("one-order", "ensure-safety on every path, and one order: the urgent steps, hand-over, ensure-safety, police, "
            + "preserve-evidence, then the rest") {
        @Override
        boolean appliesTo(FlowPath path, Map<String, String> given) {
            return true;
        }

        @Override
        List<String> problems(FlowPath path, Map<String, String> given) {
            List<String> problems = new ArrayList<>();
            List<ResolvedAction> actions = path.advice().actions();
            if (actions.stream().noneMatch(a -> a.id().equals("ensure-safety"))) {
                problems.add("no 'ensure-safety'");
            }
            for (int i = 1; i < actions.size(); i++) {
                if (rank(actions.get(i)) < rank(actions.get(i - 1))) {
                    problems.add("'" + actions.get(i).id() + "' after '" + actions.get(i - 1).id() + "'");
                }
            }
            return problems;
        }

        private int rank(ResolvedAction action) {
            if (action.urgent()) {
                return 0;
            }
            int at = ORDER.indexOf(action.id());
            return at >= 0 ? at + 1 : ORDER.size() + 1;
        }
    };

    /** After the urgent steps, in this order; every other step comes after these. */
    static final List<String> ORDER = List.of("hand-over", "ensure-safety", "police", "preserve-evidence");

    private static final Pattern THREE_WORKING_DAYS_NL = Pattern.compile("\\b(drie|3) werkdagen\\b");
    private static final Pattern THREE_WORKING_DAYS_EN = Pattern.compile("\\b(three|3) working days\\b");
    private static final Pattern SIX_WEEKS_NL = Pattern.compile("\\b(zes|6) weken\\b");
    private static final Pattern SIX_WEEKS_EN = Pattern.compile("\\b(six|6) weeks\\b");
    private static final Pattern IGJ_NL = Pattern.compile("\\bigj\\b|inspectie");
    private static final Pattern IGJ_EN = Pattern.compile("\\bigj\\b|inspectorate");
    private static final Pattern MELDCODE = Pattern.compile("meldcode");
    private static final Pattern RAAD_VAN_TOEZICHT_NL = Pattern.compile("raad van toezicht");
    /** An English text may gloss the Dutch body or keep its name. */
    private static final Pattern RAAD_VAN_TOEZICHT_EN = Pattern.compile("supervisory board|raad van toezicht");

    private final String id;
    private final String rule;

    OntvangerGuards(String id, String rule) {
        this.id = id;
        this.rule = rule;
    }

    /** Short and stable: the fixture folder's name, and the start of every violation this guard reports. */
    String id() {
        return id;
    }

    /** The rule in the words. */
    String rule() {
        return rule;
    }

    /** Whether the rule speaks about a path, with these answers (implied ones included); most read only the answers. */
    abstract boolean appliesTo(FlowPath path, Map<String, String> given);

    /** What is wrong on a path the rule applies to; empty when it holds. */
    abstract List<String> problems(FlowPath path, Map<String, String> given);

    /** This guard over every path of a flow. */
    Verdict check(Flow flow) {
        return check(FlowPath.all(flow));
    }

    /** This guard over these paths (one walk of a flow can serve every guard). */
    Verdict check(List<FlowPath> paths) {
        int checked = 0;
        List<String> violations = new ArrayList<>();
        for (FlowPath path : paths) {
            Map<String, String> given = given(path);
            if (appliesTo(path, given)) {
                checked++;
                problems(path, given).forEach(problem -> violations.add(id + ": " + problem + "\n    on " + path.line()));
            }
        }
        return new Verdict(this, checked, violations);
    }

    /** What one guard found: how many paths it applied to, and one line per problem, naming the guard and the path. */
    record Verdict(OntvangerGuards guard, int checked, List<String> violations) {
        boolean holds() {
            return violations.isEmpty();
        }

        /** For a failure message: the guard, its rule, and every violation on a line of its own. */
        @Override
        public String toString() {
            return guard.id + " (" + guard.rule + "), checked " + checked + " paths"
                    + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
        }
    }

    /** Could it be a crime, or is that in doubt? Only a known, non-sexual behaviour that cannot be a crime rules it out. */
    static boolean crimePossibleOrInDoubt(Map<String, String> given) {
        return !"no".equals(given.get("possibly-criminal")) || isAnyOf(given.get("behaviour"), "sexual", "unsure");
    }

    /**
     * Geweld in de zorgrelatie or a calamiteit is possible (brief §4.2, igj-practice.md): sexual or physical
     * behaviour, or coercion (psychological behaviour that may be a crime: 003:6584-6586), by anyone working for
     * the organisation (or unsure who); sexual or physical violence by another client who may stay in the same
     * accommodation (003:1982-1988); death or serious harm by anyone but a relative (a possible calamiteit).
     * What is not known counts as possible.
     */
    static boolean igjReportDue(Map<String, String> given) {
        String perpetrator = given.get("perpetrator");
        String behaviour = given.get("behaviour");
        boolean unknownBehaviour = behaviour == null || "unsure".equals(behaviour);
        boolean violence = unknownBehaviour || isAnyOf(behaviour, "sexual", "physical");
        boolean coercion = "psychological".equals(behaviour) && !"no".equals(given.get("possibly-criminal"));
        if (isAnyOf(perpetrator, "staff", "volunteer", "manager", "unsure") && (violence || coercion)) {
            return true;
        }
        if ("client".equals(perpetrator) && violence && !"no".equals(given.get("same-accommodation"))) {
            return true;
        }
        return "yes".equals(given.get("serious-harm")) && !"relative".equals(perpetrator);
    }

    /**
     * On a conflict of interest the receiver hands the report over at once and does no more (003:3628-3631): the
     * rest (the IGJ report, the Meldcode) is for whoever takes over, who walks the flow again. Such a path need
     * not carry those steps, but its page must name them (see {@link #pageSays}), so the duty is handed on too.
     */
    private static boolean handedOver(FlowPath path, Map<String, String> given) {
        return isAnyOf(given.get("conflict-of-interest"), "yes", "unsure") && actionIds(path).contains("hand-over");
    }

    /** Whether the page of a path (all but its sources) says something, in Dutch and in English (case ignored). */
    private static boolean pageSays(FlowPath path, Pattern nl, Pattern en) {
        return nl.matcher(WordsOnEveryPathTest.text(path, List.of("all"), Lang.NL).toLowerCase(Locale.ROOT)).find()
                && en.matcher(WordsOnEveryPathTest.text(path, List.of("all"), Lang.EN).toLowerCase(Locale.ROOT)).find();
    }

    /** What is wrong with the deadline rule an action shows on a path, if anything. */
    private static Optional<String> deadlineProblem(ResolvedAction action, String from, int count, boolean workingDays) {
        Deadline deadline = action.deadline();
        String expected = count + (workingDays ? " working days" : " calendar days") + " from " + from;
        if (deadline == null) {
            return Optional.of("the '" + action.id() + "' step has no deadline (expected " + expected + ")");
        }
        String actual = deadline.count() + (deadline.workingDays() ? " working days" : " calendar days") + " from "
                + deadline.from();
        return actual.equals(expected) ? Optional.empty()
                : Optional.of("the deadline of '" + action.id() + "' is " + actual + ", not " + expected);
    }

    private static Optional<ResolvedAction> action(FlowPath path, String id) {
        return path.advice().actions().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether an action's title, text or steps say something, in one language (case ignored). */
    private static boolean says(ResolvedAction action, Lang lang, Pattern fact) {
        List<Text> texts = new ArrayList<>(List.of(action.title(), action.text()));
        texts.addAll(action.steps());
        return texts.stream().anyMatch(t -> fact.matcher(t.in(lang).toLowerCase(Locale.ROOT)).find());
    }

    /** Every guard, by its id: the fixture folders are named after them. */
    static Optional<OntvangerGuards> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    /** The guards that reject a flow (for a fixture: only its own, where that is possible). */
    static List<Verdict> rejecting(Flow flow) {
        List<FlowPath> paths = FlowPath.all(flow);
        return Arrays.stream(values()).map(g -> g.check(paths)).filter(Predicate.not(Verdict::holds)).toList();
    }

    /** For reports: the ids of some verdicts. */
    static List<String> ids(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::guard).map(OntvangerGuards::id).toList();
    }
}
