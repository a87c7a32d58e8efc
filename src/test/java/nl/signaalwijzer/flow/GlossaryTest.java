package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    private final GlossaryTerm af = new GlossaryTerm("aandachtsfunctionaris", new Text("Uitleg.", "Explanation."));
    private final GlossaryTerm meldcode = new GlossaryTerm("meldcode", new Text("Stappen.", "Steps."));
    private final Glossary glossary = new Glossary(List.of(af, meldcode));

    @Test
    void findsWholeWordsAndDutchCompoundsCaseInsensitivelyInGlossaryOrder() {
        assertThat(glossary.termsIn(List.of("Volg de Meldcode.", "Bel de aandachtsfunctionarissen.")))
                .containsExactly(af, meldcode);
    }

    @Test
    void ignoresTheTermInsideAnotherWord() {
        assertThat(glossary.termsIn(List.of("De nieuwemeldcode telt niet."))).isEmpty();
    }

    @Test
    void listsEachTermOnceAndToleratesMissingTexts() {
        assertThat(glossary.termsIn(java.util.Arrays.asList("meldcode", null, "meldcode"))).containsExactly(meldcode);
    }
}
