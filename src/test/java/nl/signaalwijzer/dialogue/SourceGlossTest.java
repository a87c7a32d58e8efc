package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.CitedSource;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, English pages: a source keeps its Dutch title (it is the document's name) and an English
 * reader gets a gloss beside it, on every path of every flow, from flows/sources.yaml.
 */
class SourceGlossTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();

    @Test
    void everySourceOnEveryPathKeepsItsDutchTitleAndHasAnEnglishGloss() {
        SoftAssertions softly = new SoftAssertions();
        int sources = 0;
        for (Flow flow : CATALOG.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (CitedSource source : path.advice().sources()) {
                    if (source.ownAdvice()) {
                        continue;
                    }
                    sources++;
                    String nl = source.title().nl();
                    String en = source.title().en();
                    softly.assertThat(en).as(flow.id() + ": " + path.line()).startsWith(nl + " (").endsWith(")");
                    softly.assertThat(en.substring(Math.min(en.length(), nl.length())))
                            .as("the gloss is English: " + path.line()).doesNotContain("Stap ", "Deel ", " en ");
                }
            }
        }
        assertThat(sources).isPositive();
        softly.assertAll();
    }
}
