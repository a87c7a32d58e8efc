package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.list;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.load;
import static nl.signaalwijzer.dialogue.GlossaryOnEveryPageTest.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Action;
import nl.signaalwijzer.flow.CitedSource;
import nl.signaalwijzer.flow.ConditionalText;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A fact the sources do not give is marked as our own wherever a page says it (issue 17, misfit "unmarked
 * own facts"): the facts and the words of their mark are data in
 * {@code src/test/resources/guards/own-facts/facts.yaml}, checked on every path of every flow and on the
 * wording of every action in actions.yaml (which a flow may not show today, but shows once it stops wording
 * the action itself), in both languages. One test per fact; a fact no page says fails too (it would check nothing).
 */
class OwnFactsMarkedTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Map<String, Object> DATA = load(Path.of("src/test/resources/guards/own-facts/facts.yaml"));

    @TestFactory
    Stream<DynamicTest> everyOwnFactIsMarkedWhereverAPageSaysIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object item : list(DATA.get("facts"))) {
            Map<String, Object> fact = map(item);
            tests.add(DynamicTest.dynamicTest(String.valueOf(fact.get("id")), () -> check(fact)));
        }
        return tests.stream();
    }

    private static void check(Map<String, Object> fact) {
        SoftAssertions softly = new SoftAssertions();
        int said = 0;
        for (Flow flow : CATALOG.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (Lang lang : flow.languages()) {
                    String advice = String.join(" | ", PageReading.outcomeTexts(path, lang));
                    if (phrases(fact.get("says"), lang).stream().noneMatch(p -> contains(advice, p))) {
                        continue;
                    }
                    said++;
                    String marks = String.join(" | ", path.advice().sources().stream().filter(CitedSource::ownAdvice)
                            .map(s -> s.ref().in(lang)).toList());
                    for (String mark : phrases(fact.get("marked"), lang)) {
                        softly.assertThat(contains(marks, mark)).as(fact.get("id") + " (" + fact.get("why") + ")\n  on "
                                + flow.id() + ": " + path.line() + "\n  " + lang.code() + " says it, but no own-advice line says \""
                                + mark + "\"; the lines: [" + marks + "]").isTrue();
                    }
                }
            }
        }
        // actions.yaml's own wording, as every flow shows it where it does not word the action itself
        for (Action action : CATALOG.actions().values()) {
            for (Lang lang : action.title().tags().stream().map(Lang::new).toList()) {
                List<String> words = new ArrayList<>(List.of(action.title().in(lang), action.text().in(lang)));
                List<String> marks = new ArrayList<>();
                if (action.ownAdvice() != null) {
                    marks.add(action.ownAdvice().in(lang));
                }
                for (ConditionalText step : action.steps()) {
                    words.add(step.text().in(lang));
                    if (step.ownAdvice() != null) {
                        marks.add(step.ownAdvice().in(lang));
                    }
                }
                String advice = String.join(" | ", words);
                if (phrases(fact.get("says"), lang).stream().noneMatch(p -> contains(advice, p))) {
                    continue;
                }
                said++;
                for (String mark : phrases(fact.get("marked"), lang)) {
                    softly.assertThat(contains(String.join(" | ", marks), mark)).as(fact.get("id") + " (" + fact.get("why")
                            + ")\n  in actions.yaml, action " + action.id() + ": " + lang.code() + " says it, but no own-advice of the action or its steps says \""
                            + mark + "\"; they say: " + marks).isTrue();
                }
            }
        }
        softly.assertThat(said).as(fact.get("id") + ": no page and no action in actions.yaml says it, so this checks nothing").isPositive();
        softly.assertAll();
    }

    private static boolean contains(String text, String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(phrase.substring(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static List<String> phrases(Object byLanguage, Lang lang) {
        return list(map(byLanguage).get(lang.code())).stream().map(String::valueOf).toList();
    }
}
