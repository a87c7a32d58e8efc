package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
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
 * On every outcome of every flow, the first step says what to do before the names of whom to call: a client
 * who reads "Cliëntvertrouwenspersoon" and "Leidinggevende" before any sentence does not know what to do with
 * them. Only an urgent step ("Bel 112") or a heading that names the contact itself ("Bel het Centrum Seksueel
 * Geweld") puts the number first.
 */
class SentenceBeforeRoleTest {
    private static final Pattern FIRST_ACTION = Pattern.compile(
            "<div class=\"first-action( urgent)?\">\\s*<h3[^>]*>(.*?)</h3>(.*?)</div>", Pattern.DOTALL);

    @Test
    void theFirstStepsSentenceComesBeforeTheNamesUnlessTheHeadingNamesThem() {
        FlowCatalog catalog = Fixtures.realCatalog();
        PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (Lang lang : flow.languages()) {
                    String page = renderer.conversation(path.end(), catalog, lang);
                    Matcher first = FIRST_ACTION.matcher(page);
                    if (!first.find() || !first.group(3).contains("class=\"contacts\"")) {
                        continue;
                    }
                    boolean urgent = first.group(1) != null;
                    String heading = first.group(2);
                    String body = first.group(3);
                    int sentence = body.indexOf("<p>");
                    int names = body.indexOf("class=\"contacts\"");
                    boolean namedInHeading = Pattern.compile("<span class=\"contact-name\">([^<]*)</span>").matcher(body)
                            .results().allMatch(name -> heading.toLowerCase().contains(name.group(1).toLowerCase()));
                    if (!urgent && !namedInHeading) {
                        softly.assertThat(sentence).as(flow.id() + " " + lang + ": " + path.line()).isLessThan(names);
                        checked++;
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(checked).as("outcomes whose first step names a role").isGreaterThan(50);
    }
}
