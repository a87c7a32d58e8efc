package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.list;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.load;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.ResolvedAction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The heading and the first step on one screen never disagree (issue 17.7): a table in
 * {@code src/test/resources/guards/headings/titles.yaml} says which words a title may use above each first
 * step, and every path of every flow is checked against it, in Dutch and in English.
 */
class HeadingFitsFirstStepTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Map<String, Map<String, Object>> TABLE = table();

    @Test
    void onEveryPathTheTitleNamesTheFirstStep() {
        SoftAssertions softly = new SoftAssertions();
        for (Flow flow : CATALOG.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                List<ResolvedAction> actions = path.advice().actions();
                if (actions.isEmpty()) {
                    continue;
                }
                ResolvedAction first = actions.get(0);
                Map<String, Object> row = TABLE.get(first.id());
                softly.assertThat(row).as("no row in headings/titles.yaml for the first step " + first.id()
                        + " (on " + flow.id() + ": " + path.line() + ")").isNotNull();
                if (row == null) {
                    continue;
                }
                for (Lang lang : flow.languages()) {
                    String title = path.advice().title().in(lang);
                    List<String> words = words(row, lang);
                    softly.assertThat(words.stream().anyMatch(w -> contains(title, w))).as(flow.id() + ": " + path.line()
                            + "\n  " + lang.code() + " title \"" + title + "\" above the first step \"" + first.title().in(lang)
                            + "\" (" + first.id() + ": " + row.get("means") + ")\n  uses none of " + words).isTrue();
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theTableHasARowForEveryActionAndOnlyForActions() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(CATALOG.actions().keySet());
        TABLE.forEach((id, row) -> {
            for (Lang lang : List.of(Lang.NL, Lang.EN)) {
                assertThat(words(row, lang)).as(id + " in " + lang.code()).isNotEmpty();
            }
            assertThat(row.get("means")).as(id + ": what the step means, for the reader of the table").isNotNull();
        });
    }

    @Test
    void theTitleOfTheScreenInTheIssueDoesNotFitItsFirstStep() {
        String title = "Bel vandaag het Centrum Seksueel Geweld";
        assertThat(words(TABLE.get("call-112"), Lang.NL)).noneMatch(w -> contains(title, w));
        assertThat(words(TABLE.get("centrum-seksueel-geweld"), Lang.NL)).anyMatch(w -> contains(title, w));
    }

    private static List<String> words(Map<String, Object> row, Lang lang) {
        return list(map(row.get("title-uses-one-of")).get(lang.code())).stream().map(String::valueOf).toList();
    }

    private static boolean contains(String text, String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Map<String, Object>> table() {
        Map<String, Map<String, Object>> table = new LinkedHashMap<>();
        for (Object item : list(load(Path.of("src/test/resources/guards/headings/titles.yaml")).get("first-steps"))) {
            Map<String, Object> row = map(item);
            if (table.put(String.valueOf(row.get("first-step")), row) != null) {
                throw new AssertionError("headings/titles.yaml names " + row.get("first-step") + " twice");
            }
        }
        return table;
    }
}
