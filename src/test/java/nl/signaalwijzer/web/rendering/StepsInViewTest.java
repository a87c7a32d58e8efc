package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.web.ServerSettings;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Makkelijk lezen shows at most 3 steps as an outcome is first shown (easy-read.md: "At most 3 steps in view"):
 * the first step and two more; the rest wait, in the same order, behind one fold. Dutch shows every step.
 */
class StepsInViewTest {
    private static final Lang EASY = new Lang("nl-x-easy");
    private static final Pattern STEP = Pattern.compile("<details class=\"fold action");
    private static final PageRenderer RENDERER = PageRenderer.of(StaticAssets.fromClasspath(),
            ServerSettings.DEFAULTS.quickExitUrl());

    @Test
    void anEasyReadOutcomeShowsAtMostThreeStepsAndKeepsTheRestInOrderBehindOneFold() {
        FlowCatalog catalog = Fixtures.realCatalog();
        Flow client = catalog.flow("client").orElseThrow();
        assertThat(client.offers(EASY)).isTrue();
        SoftAssertions softly = new SoftAssertions();
        int folded = 0;
        for (FlowPath path : FlowPath.all(client)) {
            String page = RENDERER.conversation(path.end(), catalog, EASY);
            int moreHelp = page.indexOf("<details class=\"fold more-help\">");
            String inView = moreHelp < 0 ? page : page.substring(0, moreHelp);
            long shown = (page.contains("class=\"first-action") ? 1 : 0) + STEP.matcher(inView).results().count();
            long all = path.advice().actions().size();
            softly.assertThat(shown).as(path.line()).isEqualTo(Math.min(3, all));
            softly.assertThat(STEP.matcher(page).results().count() + 1).as("every step is on the page: " + path.line())
                    .isEqualTo(all);
            if (moreHelp >= 0) {
                folded++;
            }
            String dutch = RENDERER.conversation(path.end(), catalog, Lang.NL);
            softly.assertThat(dutch).as("Dutch shows every step").doesNotContain("more-help");
        }
        softly.assertAll();
        assertThat(folded).as("paths with more than 3 steps").isGreaterThan(20);
    }
}
