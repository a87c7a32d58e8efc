package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.CitedSource;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.ResolvedAction;
import org.assertj.core.api.SoftAssertions;

/**
 * Reads a path the way its user reads the outcome page: the answers (implied ones included, as the
 * conditions see them), the action ids in order, and every Dutch text the page shows. Shared by the
 * guard tests, so each test reads like the rule it pins.
 */
final class PathReading {

    private PathReading() {
    }

    /** Checks every path of a flow, reporting all failures at once. */
    static void forEachPath(Flow flow, BiConsumer<FlowPath, SoftAssertions> check) {
        SoftAssertions softly = new SoftAssertions();
        FlowPath.all(flow).forEach(path -> check.accept(path, softly));
        softly.assertAll();
    }

    /** Question id -> option id for every turn on the path, the implied (skipped) ones included. */
    static Map<String, String> given(FlowPath path) {
        Map<String, String> given = new LinkedHashMap<>();
        path.end().turns().forEach(turn -> given.put(turn.question().id(), turn.option().id()));
        return given;
    }

    static boolean isAnyOf(String option, String... options) {
        return option != null && List.of(options).contains(option);
    }

    static List<String> actionIds(FlowPath path) {
        return path.advice().actions().stream().map(ResolvedAction::id).toList();
    }

    /** The Dutch text of the actions: title, text and steps, one string per part. */
    static List<String> actionTexts(FlowPath path) {
        List<String> texts = new ArrayList<>();
        for (ResolvedAction action : path.advice().actions()) {
            texts.add(action.title().nl());
            texts.add(action.text().nl());
            action.steps().forEach(step -> texts.add(step.nl()));
        }
        return texts;
    }

    /** The contact ids listed under the actions. */
    static List<String> contactIds(FlowPath path) {
        return path.advice().actions().stream().flatMap(a -> a.contacts().stream()).map(Contact::id).toList();
    }

    /** Everything in Dutch that the outcome page shows as advice: text, actions, next steps and always. */
    static List<String> adviceTexts(FlowPath path) {
        Advice advice = path.advice();
        List<String> texts = new ArrayList<>();
        texts.add(path.advice().title().nl());
        advice.text().forEach(t -> texts.add(t.nl()));
        texts.addAll(actionTexts(path));
        advice.nextSteps().forEach(t -> texts.add(t.nl()));
        advice.always().forEach(t -> texts.add(t.nl()));
        return texts;
    }

    /** The advice texts and the explanation why: all the page says besides its sources. */
    static List<String> allTexts(FlowPath path) {
        List<String> texts = new ArrayList<>(adviceTexts(path));
        path.advice().why().forEach(t -> texts.add(t.nl()));
        return texts;
    }

    /** The own-advice lines in the sources part (Dutch). */
    static List<String> ownAdviceLines(FlowPath path) {
        return path.advice().sources().stream().filter(CitedSource::ownAdvice).map(s -> s.ref().nl()).toList();
    }

    /** The sentences of some texts: split after . ? and a space, so a rule can look at one sentence. */
    static List<String> sentences(List<String> texts) {
        List<String> sentences = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                for (String sentence : text.split("(?<=[.?])\\s+")) {
                    sentences.add(sentence.trim());
                }
            }
        }
        return sentences;
    }

    static String joined(List<String> texts) {
        return String.join(" ", texts);
    }
}
