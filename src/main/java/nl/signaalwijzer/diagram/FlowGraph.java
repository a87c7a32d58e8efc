package nl.signaalwijzer.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.flow.Action;
import nl.signaalwijzer.flow.Condition;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.Route;
import nl.signaalwijzer.flow.Skip;

/**
 * What a diagram shows of a flow, in one language: a box per question and outcome, and one arrow per
 * question and next node, labelled with every option that takes it (so "Nee" and "Weet ik niet" to
 * the same place are one arrow, not two lines on top of each other).
 */
public record FlowGraph(String flowId, String title, String version, Words words, List<Box> boxes, List<Arrow> arrows) {

    /** The diagram's own words (page words {@code diagram...}) in the language it is drawn in. */
    public record Words(Map<String, String> inLang) {
        String get(String key) {
            String word = inLang.get(key);
            if (word == null) {
                throw new IllegalArgumentException("no page word '" + key + "'");
            }
            return word;
        }
    }

    public enum Kind { QUESTION, OUTCOME }

    /**
     * @param text       the question, or the outcome's title
     * @param actionIds  an outcome's actions in order (empty for a question)
     * @param urgent     an outcome that leads with an urgent action (such as calling 112)
     */
    public record Box(String id, Kind kind, String text, List<String> actionIds, boolean start, boolean urgent) {
    }

    public record Arrow(String from, String to, List<String> labels) {
    }

    public static FlowGraph of(Flow flow, FlowCatalog catalog, Lang lang) {
        Words words = new Words(catalog.words().in(lang));
        List<Box> boxes = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        for (Question question : flow.questions()) {
            boxes.add(new Box(question.id(), Kind.QUESTION, question.text().in(lang) + skipNote(flow, question, lang, words),
                    List.of(), question.id().equals(flow.start()), false));
            Map<String, List<String>> labelsByTarget = new LinkedHashMap<>();
            for (Option option : question.options()) {
                for (Route route : option.next()) {
                    labelsByTarget.computeIfAbsent(route.to(), next -> new ArrayList<>())
                            .add(label(flow, option, route, lang, words));
                }
            }
            labelsByTarget.forEach((next, labels) -> arrows.add(new Arrow(question.id(), next, List.copyOf(labels))));
        }
        for (Outcome outcome : flow.outcomes()) {
            List<String> actionIds = outcome.actions().stream()
                    .map(use -> use.when().isAlways() ? use.actionId() : use.actionId() + " (" + use.when() + ")")
                    .toList();
            Action first = outcome.actions().isEmpty() ? null : catalog.action(outcome.actions().get(0).actionId());
            boxes.add(new Box(outcome.id(), Kind.OUTCOME, outcome.title().in(lang), actionIds, false,
                    first != null && first.urgent()));
        }
        return new FlowGraph(flow.id(), flow.title().in(lang), flow.version(), words, List.copyOf(boxes), List.copyOf(arrows));
    }

    /** " (niet gevraagd als kind = Iets seksueels: Ja)" for each skip rule, so the picture shows every route. */
    private static String skipNote(Flow flow, Question question, Lang lang, Words words) {
        StringBuilder note = new StringBuilder();
        for (Skip skip : question.skip()) {
            String answer = question.option(skip.answer()).map(o -> o.label().in(lang)).orElse(skip.answer());
            note.append(" (").append(words.get("diagramNotAskedIf")).append(' ')
                    .append(describe(flow, skip.when(), lang, words)).append(": ").append(answer).append(')');
        }
        return note.toString();
    }

    /** "kind = Iets seksueels of Weet ik niet en recent = Ja": question ids with the options' own labels. */
    private static String describe(Flow flow, Condition when, Lang lang, Words words) {
        List<String> parts = new ArrayList<>();
        when.options().forEach((questionId, options) -> {
            Question asked = flow.node(questionId).orElse(null) instanceof Question q ? q : null;
            List<String> labels = options.stream()
                    .map(id -> asked == null ? id : asked.option(id).map(o -> o.label().in(lang)).orElse(id))
                    .toList();
            parts.add(questionId + " = " + String.join(" " + words.get("diagramOr") + " ", labels));
        });
        return String.join(" " + words.get("diagramAnd") + " ", parts);
    }

    /**
     * "Nee", or for a conditional rule "Nee · als behaviour = Iets seksueels"; an answer that raises
     * urgent actions says so ("Ja · eerst: call-112"), as the page after it leads with them.
     */
    private static String label(Flow flow, Option option, Route route, Lang lang, Words words) {
        StringBuilder label = new StringBuilder(option.label().in(lang));
        if (!route.when().isAlways()) {
            label.append(" · ").append(words.get("diagramIf")).append(' ').append(describe(flow, route.when(), lang, words));
        }
        if (!option.urgent().isEmpty()) {
            label.append(" · ").append(words.get("diagramFirst")).append(": ").append(String.join(", ", option.urgent()));
        }
        return label.toString();
    }
}
