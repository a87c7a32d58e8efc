package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A checklist flow ({@code phases:}, {@code dates:}, and {@code phase:}, {@code who:}, {@code deadline:} on an
 * action's wording): read, resolved per path, and refused with file:line:column when a reference or the
 * order of the groups is wrong. On the small flow {@code fixtures/checklist/list.yaml}, changed here where a
 * test needs a mistake in it.
 */
class ChecklistFormatTest {
    private static final java.nio.file.Path FOLDER = Fixtures.FIXTURES.resolve("checklist");
    private static final String FLOW = new String(Fixtures.read(FOLDER).get("list.yaml"), StandardCharsets.UTF_8);

    private static FlowCatalog load(String flow) {
        Map<String, byte[]> files = new HashMap<>(Fixtures.read(FOLDER));
        files.put("list.yaml", flow.getBytes(StandardCharsets.UTF_8));
        return FlowLoader.load(new FlowFiles("synthetic", files));
    }

    private static Advice advice(String established) {
        Flow flow = load(FLOW).flow("list").orElseThrow();
        return flow.advice((Outcome) flow.node("checklist").orElseThrow(), Map.of("established", established), List.of());
    }

    private static List<String> problems(String flow) {
        try {
            load(flow);
        } catch (FlowException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the flow was accepted");
    }

    @Test
    void theFlowSaysItsPhasesDatesAndThatAKioskDoesNotOfferIt() {
        Flow flow = load(FLOW).flow("list").orElseThrow();
        assertThat(flow.onKiosk()).isFalse();
        assertThat(flow.phases().orElseThrow().list()).extracting(Phase::id).containsExactly("today", "later");
        assertThat(flow.startDays()).extracting(StartDay::id).containsExactly("established-on");
        assertThat(Fixtures.validFixture().flows().values()).allMatch(Flow::onKiosk);
    }

    @Test
    void eachActionIsUnderItsPhaseWithWhoUsuallyDoesIt() {
        List<ResolvedAction> actions = advice("yes").actions();
        assertThat(actions).extracting(a -> a.phase().id()).containsExactly("today", "later");
        assertThat(actions.get(0).who().nl()).isEqualTo("Meestal de bestuurder.");
        assertThat(actions.get(1).who()).isNull();
    }

    @Test
    void theFirstDeadlineRuleThatHoldsIsTakenAndItsOwnAdviceIsListed() {
        Advice established = advice("yes");
        Deadline report = established.actions().get(0).deadline();
        assertThat(report.from()).isEqualTo("established-on");
        assertThat(report.count()).isEqualTo(3);
        assertThat(report.workingDays()).isTrue();
        assertThat(established.shownParts()).contains("report-internally.deadline.1");
        assertThat(established.sources()).filteredOn(CitedSource::ownAdvice).extracting(s -> s.ref().nl())
                .anySatisfy(line -> assertThat(line).contains("Het tellen van werkdagen"))
                .anySatisfy(line -> assertThat(line).contains("De indeling in tijd"));

        Advice suspected = advice("no");
        assertThat(suspected.actions().get(0).deadline()).isNull();
        assertThat(suspected.sources()).filteredOn(CitedSource::ownAdvice).extracting(s -> s.ref().nl())
                .noneSatisfy(line -> assertThat(line).contains("Het tellen van werkdagen"));
        Deadline review = suspected.actions().get(1).deadline();
        assertThat(review.count()).isEqualTo(42);
        assertThat(review.workingDays()).isFalse();
    }

    @Test
    void anUnknownPhaseOrDateIsNamedWhereItIsWritten() {
        assertThat(problems(FLOW.replace("phase: later", "phase: tomorrow").replace("from: established-on, calendar",
                "from: reported-on, calendar"))).containsExactly(
                "list.yaml:25:5: the flow's wording of action 'stay-alert' names phase 'tomorrow', which 'phases'"
                        + " does not list (phases: today, later)",
                "list.yaml:41:19: the deadline of action 'stay-alert' of outcome 'checklist' counts from"
                        + " 'reported-on', which the flow's 'dates' does not list (dates: established-on)");
    }

    @Test
    void aPhaseInAFlowWithoutPhasesIsRefused() {
        String withoutPhases = FLOW.replaceAll("(?s)phases:.*?dates:", "dates:");
        assertThat(problems(withoutPhases)).contains(
                "list.yaml:12:5: the flow's wording of action 'report-internally' names phase 'today', but the flow"
                        + " has no 'phases' at its top");
    }

    @Test
    void theActionsOfEveryPathFollowThePhasesOrder() {
        String laterFirst = FLOW.replace("""
                      - action: report-internally
                      - action: stay-alert
                """, """
                      - action: stay-alert
                      - action: report-internally
                """);
        assertThat(problems(laterFirst)).containsExactly(
                "list.yaml:35:5: outcome 'checklist' shows action 'report-internally' (today) after 'stay-alert'"
                        + " (later) on some paths (e.g. established=yes): the actions must follow the order of 'phases'");
    }

    @Test
    void everyActionOfAChecklistHasAPhase() {
        assertThat(problems(FLOW.replace("    phase: later\n", ""))).containsExactly(
                "list.yaml:34:5: outcome 'checklist' shows action 'stay-alert' without a phase (give the flow's"
                        + " wording or the outcome's use a 'phase:')");
    }

    @Test
    void thePathsFileGroupsTheActionsByTimeAsThePageDoes() {
        Flow flow = load(FLOW).flow("list").orElseThrow();
        assertThat(nl.signaalwijzer.dialogue.FlowPath.all(flow)).extracting(nl.signaalwijzer.dialogue.FlowPath::line)
                .containsExactly(
                        "established=yes -> checklist [today: report-internally | later: stay-alert]"
                                + " + report-internally.deadline.1",
                        "established=no -> checklist [today: report-internally | later: stay-alert]",
                        "established=unsure -> checklist [today: report-internally | later: stay-alert]");
    }

    @Test
    void aDeadlineCountsOneKindOfDays() {
        assertThat(problems(FLOW.replace("calendar-days: 42", "calendar-days: 42, working-days: 3")))
                .anySatisfy(p -> assertThat(p).contains("needs one of 'working-days' or 'calendar-days'"));
    }
}
