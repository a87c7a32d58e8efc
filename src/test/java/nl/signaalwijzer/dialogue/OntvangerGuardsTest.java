package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.OntvangerGuards.ACUTE_DANGER_FIRST;
import static nl.signaalwijzer.dialogue.OntvangerGuards.CENTRUM_SEKSUEEL_GEWELD;
import static nl.signaalwijzer.dialogue.OntvangerGuards.HAND_OVER_FIRST;
import static nl.signaalwijzer.dialogue.OntvangerGuards.IGJ_REPORT;
import static nl.signaalwijzer.dialogue.OntvangerGuards.INVESTIGATION;
import static nl.signaalwijzer.dialogue.OntvangerGuards.MELDCODE_FOR_RELATIVE;
import static nl.signaalwijzer.dialogue.OntvangerGuards.ONE_ORDER;
import static nl.signaalwijzer.dialogue.OntvangerGuards.POLICE_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowFiles;
import nl.signaalwijzer.flow.FlowLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guards of issue 20 ({@link OntvangerGuards}): each holds on every path of the real {@code ontvanger} flow
 * and checks enough of them to mean something ({@code AT_LEAST}), and each rejects a small broken flow
 * ({@code fixtures/ontvanger-guards/}) for its own reason, where possible as the only guard that does.
 */
class OntvangerGuardsTest {
    private static final Path BROKEN = Fixtures.FIXTURES.resolve("ontvanger-guards");

    /**
     * What each broken fixture breaks: its guard, words of the problem it must be rejected for, and the other
     * guards that reject it too (a step heard before the police is out of order as well).
     */
    private record Defect(OntvangerGuards guard, String problem, Set<OntvangerGuards> alsoRejectedBy) {
    }

    private static final Map<String, Defect> DEFECTS = Map.ofEntries(
            Map.entry("police-first", new Defect(POLICE_FIRST, "no 'police' where a crime is possible or in doubt", Set.of())),
            Map.entry("police-first-after-hearing", new Defect(POLICE_FIRST, "'hear-client' without 'police' before it",
                    Set.of(ONE_ORDER))),
            Map.entry("hand-over-first", new Defect(HAND_OVER_FIRST, "no 'hand-over' on a conflict of interest", Set.of())),
            Map.entry("hand-over-first-raad-van-toezicht", new Defect(HAND_OVER_FIRST,
                    "does not name the raad van toezicht", Set.of())),
            Map.entry("meldcode-for-relative", new Defect(MELDCODE_FOR_RELATIVE, "the employer's step 'hear-accused'", Set.of())),
            Map.entry("igj-report", new Defect(IGJ_REPORT, "no 'igj-report'", Set.of())),
            Map.entry("igj-report-handed-over", new Defect(IGJ_REPORT, "the hand-over does not pass on the IGJ report", Set.of())),
            Map.entry("meldcode-for-relative-handed-over", new Defect(MELDCODE_FOR_RELATIVE,
                    "the hand-over does not pass on that the Meldcode applies", Set.of())),
            Map.entry("igj-report-three-working-days", new Defect(IGJ_REPORT, "does not say 'three working days'", Set.of())),
            Map.entry("igj-report-deadline", new Defect(IGJ_REPORT,
                    "the deadline of 'igj-report' is 3 working days from reported-on, not 3 working days from established-on",
                    Set.of())),
            Map.entry("investigation-deadline", new Defect(INVESTIGATION,
                    "the deadline of 'investigate' is 42 working days from reported-on, not 42 calendar days from reported-on",
                    Set.of())),
            Map.entry("investigation", new Defect(INVESTIGATION, "no 'investigate' while it is not established", Set.of())),
            Map.entry("investigation-six-weeks", new Defect(INVESTIGATION, "does not say 'six weeks'", Set.of())),
            Map.entry("acute-danger-first", new Defect(ACUTE_DANGER_FIRST, "'call-112' and 'stop-behaviour' do not lead",
                    Set.of())),
            Map.entry("centrum-seksueel-geweld", new Defect(CENTRUM_SEKSUEEL_GEWELD, "no 'centrum-seksueel-geweld'", Set.of())),
            Map.entry("one-order", new Defect(ONE_ORDER, "'police' after 'preserve-evidence'", Set.of())),
            Map.entry("one-order-hand-over", new Defect(ONE_ORDER, "'hand-over' after 'ensure-safety'", Set.of())),
            Map.entry("one-order-ensure-safety", new Defect(ONE_ORDER, "no 'ensure-safety'", Set.of())));

    /**
     * The least number of paths of the real flow each guard must apply to: a guard that checks (next to) nothing
     * is a defect. Half the counts measured on the first ontvanger flow (666 paths: 546, 116, 36, 540, 405, 666,
     * 108, 666), so a regrouped flow keeps passing, while a guard whose condition no longer matches fails.
     */
    private static final Map<OntvangerGuards, Integer> AT_LEAST = Map.of(
            POLICE_FIRST, 270, HAND_OVER_FIRST, 60, MELDCODE_FOR_RELATIVE, 18, IGJ_REPORT, 270, INVESTIGATION, 200,
            ACUTE_DANGER_FIRST, 330, CENTRUM_SEKSUEEL_GEWELD, 54, ONE_ORDER, 330);

    /** The real flow and its paths, walked once for every guard (and only by the tests that read it). */
    private static final class Real {
        static final Flow FLOW = Fixtures.realCatalog().flow("ontvanger")
                .orElseThrow(() -> new AssertionError("flows/ has no ontvanger flow (issue 20)"));
        static final List<FlowPath> PATHS = FlowPath.all(FLOW);
    }

    private static List<FlowPath> realPaths() {
        return Real.PATHS;
    }

    @ParameterizedTest
    @EnumSource(OntvangerGuards.class)
    void eachGuardHoldsOnEveryPathOfTheRealFlow(OntvangerGuards guard) {
        OntvangerGuards.Verdict verdict = guard.check(realPaths());
        assertThat(verdict.checked()).as(guard.id() + " applies to enough paths of " + realPaths().size() + " to mean something")
                .isGreaterThanOrEqualTo(AT_LEAST.get(guard));
        assertThat(verdict.violations()).as(verdict.toString()).isEmpty();
    }

    @Test
    void theRealFlowAsksWhatTheGuardsRead() {
        Flow flow = Real.FLOW;
        assertThat(flow.questions()).extracting(q -> q.id()).contains("acute-danger", "conflict-of-interest", "perpetrator",
                "behaviour", "established", "same-accommodation");
        assertThat(flow.startDays()).extracting(d -> d.id()).contains("established-on", "reported-on");
        // each way the IGJ report becomes due is on some path, so the IGJ guard reads all of them
        List<Map<String, String>> given = realPaths().stream().map(PathReading::given).toList();
        assertThat(given).as("sexual behaviour by staff").anyMatch(g -> "staff".equals(g.get("perpetrator"))
                && "sexual".equals(g.get("behaviour")));
        assertThat(given).as("violence between clients in one accommodation").anyMatch(g -> "client".equals(g.get("perpetrator"))
                && "yes".equals(g.get("same-accommodation")));
        assertThat(given).as("death or serious harm").anyMatch(g -> "yes".equals(g.get("serious-harm")));
        // the deadline parts of the IGJ and investigation guards read these paths
        assertThat(realPaths()).as("established, with the IGJ report").anyMatch(p -> "yes".equals(PathReading.given(p)
                .get("established")) && PathReading.actionIds(p).contains("igj-report"));
        assertThat(realPaths()).as("not established, with the investigation").anyMatch(p -> "no".equals(PathReading.given(p)
                .get("established")) && PathReading.actionIds(p).contains("investigate"));
        assertThat(given).as("a relative").anyMatch(g -> "relative".equals(g.get("perpetrator")));
    }

    /** The broken fixture in a folder: its ontvanger.yaml with the fixtures' own shared files. */
    private static Flow broken(String folder) {
        Map<String, byte[]> files = new HashMap<>(Fixtures.read(BROKEN.resolve("shared")));
        files.putAll(Fixtures.read(BROKEN.resolve(folder)));
        return FlowLoader.load(new FlowFiles("ontvanger-guards/" + folder, files)).flow("ontvanger").orElseThrow();
    }

    static Stream<String> brokenFixtures() {
        try (Stream<Path> folders = Files.list(BROKEN)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("shared")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("brokenFixtures")
    void eachBrokenFixtureIsRejectedByItsGuardForItsReason(String folder) {
        Defect defect = DEFECTS.get(folder);
        assertThat(defect).as("the defect of fixture " + folder + " is described in DEFECTS").isNotNull();
        assertThat(folder).as("a fixture is named after its guard").startsWith(defect.guard().id());
        Flow flow = broken(folder);

        OntvangerGuards.Verdict own = defect.guard().check(flow);
        assertThat(own.violations()).as(folder + ": rejected by " + defect.guard().id()).isNotEmpty()
                .allMatch(line -> line.startsWith(defect.guard().id() + ": "))
                .anyMatch(line -> line.contains(defect.problem()));

        Set<OntvangerGuards> rejecting = OntvangerGuards.rejecting(flow).stream().map(OntvangerGuards.Verdict::guard)
                .collect(Collectors.toSet());
        Set<OntvangerGuards> expected = new HashSet<>(defect.alsoRejectedBy());
        expected.add(defect.guard());
        assertThat(rejecting).as(folder + ": the guards that reject it\n" + OntvangerGuards.rejecting(flow))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyGuardHasAFixtureThatOnlyItRejects() {
        Set<OntvangerGuards> alone = DEFECTS.values().stream().filter(d -> d.alsoRejectedBy().isEmpty())
                .map(Defect::guard).collect(Collectors.toSet());
        assertThat(alone).containsExactlyInAnyOrder(OntvangerGuards.values());
        assertThat(brokenFixtures()).containsExactlyInAnyOrderElementsOf(DEFECTS.keySet());
    }

    @Test
    void theGuardIdsAreDistinctAndNameTheirRule() {
        assertThat(Arrays.stream(OntvangerGuards.values()).map(OntvangerGuards::id).distinct()).hasSize(OntvangerGuards.values().length);
        assertThat(Arrays.stream(OntvangerGuards.values()).map(OntvangerGuards::rule)).allMatch(rule -> rule.length() > 20);
    }

    /** What a guard reads on paths it cannot see in a fixture: the safer side where an answer is not known. */
    @Test
    void whatIsNotKnownCountsOnTheSaferSide() {
        assertThat(OntvangerGuards.crimePossibleOrInDoubt(Map.of())).isTrue();
        assertThat(OntvangerGuards.crimePossibleOrInDoubt(Map.of("possibly-criminal", "no"))).isFalse();
        assertThat(OntvangerGuards.crimePossibleOrInDoubt(Map.of("possibly-criminal", "no", "behaviour", "unsure"))).isTrue();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "staff"))).as("behaviour not known").isTrue();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "staff", "behaviour", "financial"))).isFalse();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "staff", "behaviour", "psychological",
                "possibly-criminal", "unsure"))).as("coercion possible").isTrue();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "client", "behaviour", "physical",
                "same-accommodation", "no"))).isFalse();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "client", "behaviour", "physical",
                "same-accommodation", "unsure"))).isTrue();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "relative", "behaviour", "sexual",
                "serious-harm", "yes"))).as("the Meldcode, not the IGJ").isFalse();
        assertThat(OntvangerGuards.igjReportDue(Map.of("perpetrator", "client", "behaviour", "neglect",
                "serious-harm", "yes"))).as("a possible calamiteit").isTrue();
    }
}
