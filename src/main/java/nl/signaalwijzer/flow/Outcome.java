package nl.signaalwijzer.flow;

import java.util.List;

/**
 * The advice at the end of a path: ordered actions, why, what happens next, what you may always do.
 * Each text is a list of paragraphs and each action, paragraph and source may show only on some
 * paths; {@link Flow#advice} resolves what one path shows. {@code title} is the heading on every path
 * where none of {@code titleWhen} holds (the first that holds is the heading there): the heading and
 * the first step on one screen must never disagree, and the first step can depend on the answers.
 */
public record Outcome(
        String id,
        Text title,
        List<ConditionalText> titleWhen,
        List<ConditionalText> text,
        List<ActionUse> actions,
        List<ConditionalText> why,
        List<ConditionalText> nextSteps,
        List<ConditionalText> always,
        List<Source> sources,
        List<ConditionalText> exampleNote,
        Location location) implements Node {
}
