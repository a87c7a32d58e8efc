package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A client who asks what a hard word means gets an answer in easy words (issue 19: the glossary explained
 * aandachtsfunctionaris with "grensoverschrijdend gedrag", and maatje with "bijstaat" and "psychiatrie").
 * Every word the client flow's texts use from glossary.yaml is explained for the client without a word of
 * the Makkelijk lezen hard-word list, other than the word itself.
 */
class ClientGlossaryInPlainWordsTest {

    @Test
    void noHardWordIsExplainedToAClientWithAnotherHardWord() throws IOException {
        FlowCatalog catalog = Fixtures.realCatalog();
        List<String> clientTexts = List.of(Files.readString(Path.of("flows/client.yaml")),
                Files.readString(Path.of("flows/actions.yaml")));
        List<GlossaryTerm> used = catalog.glossary().termsIn(clientTexts);
        assertThat(used).as("the client flow uses glossary words").isNotEmpty();
        List<String> breaches = new ArrayList<>();
        for (GlossaryTerm term : used) {
            String explanation = term.explanationFor("client").in(Lang.NL);
            for (String hard : EasyReadCheck.HARD_WORDS) {
                String lower = explanation.toLowerCase(Locale.ROOT);
                if (!hard.equals(term.term().toLowerCase(Locale.ROOT)) && lower.contains(hard)) {
                    breaches.add(term.term() + ": '" + hard + "' in \"" + explanation + "\"");
                }
            }
        }
        assertThat(breaches).as("client explanations that use a hard word").isEmpty();
    }
}
