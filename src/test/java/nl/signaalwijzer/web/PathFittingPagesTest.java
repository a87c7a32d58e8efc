package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Page words that must fit the path, on the real flows as they ship (contacts still examples), over HTTP:
 * where the user's own manager may be involved, the page never tells them to ask their manager who the
 * contacts are (issue 17 item 1: that can warn a suspect); after a danger answer, the first screen says
 * that the questions go on.
 */
class PathFittingPagesTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Flow MEDEWERKER = CATALOG.flow("medewerker").orElseThrow();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CATALOG,
            ServerSettings.DEFAULTS.with(Map.of("RATE_LIMIT_PER_MINUTE", "0", "REQUEST_LOG", "off")));

    private static List<String> form(FlowPath path) {
        return path.answers().stream().map(a -> a.question() + ":" + a.option()).toList();
    }

    @Test
    void whereTheManagerMayBeInvolvedTheOutcomePageNeverSaysAskYourManager() {
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (FlowPath path : FlowPath.all(MEDEWERKER)) {
            Map<String, String> given = path.end().given();
            boolean beside = "manager".equals(given.get("perpetrator"))
                    || List.of("yes", "unsure").contains(given.getOrDefault("conflict-of-interest", "not asked"));
            if (!beside) {
                continue;
            }
            checked++;
            for (String lang : List.of("nl", "en")) {
                String page = server.postForm("/gesprek", answersForm("medewerker", form(path)) + "&lang=" + lang).body();
                softly.assertThat(page).as(lang + ": " + path.line())
                        .doesNotContain("Vraag je leidinggevende", "Ask your manager", "HR of de receptie", "HR or reception")
                        .containsAnyOf("Vraag het niet aan je leidinggevende", "Do not ask your manager");
            }
        }
        assertThat(checked).as("paths where the manager may be involved").isGreaterThan(50);
        softly.assertAll();
    }

    @Test
    void elsewhereTheUsualNoteStillShows() {
        String page = server.postForm("/gesprek", answersForm("medewerker", List.of("acute-danger:no", "perpetrator:staff",
                "conflict-of-interest:no", "behaviour:neglect", "signals-clear:yes", "serious-harm:no",
                "possibly-criminal:no", "can-address:yes"))).body();
        assertThat(page).contains("Vraag je leidinggevende, HR of de receptie wie dat zijn");
    }

    @Test
    void afterADangerAnswerTheFirstScreenSaysTheQuestionsGoOn() {
        String page = server.postForm("/gesprek", answersForm("medewerker", List.of("acute-danger:unsure"))).body();
        assertThat(page).contains("Doe dit eerst", "Daarna gaan de vragen verder, onder deze stappen.");
        int lead = page.indexOf("Daarna gaan de vragen verder");
        assertThat(lead).as("said before the first urgent step, not only after all of them")
                .isLessThan(page.indexOf("class=\"action urgent\""));
    }
}
