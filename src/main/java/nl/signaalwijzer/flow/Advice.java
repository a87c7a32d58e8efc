package nl.signaalwijzer.flow;

import java.util.List;

/**
 * What one outcome shows on one path: the urgent actions raised on the way first, then the outcome's
 * own actions whose condition holds, the paragraphs that show, the sources (with one own-advice line
 * per distinct line shown). {@code shownParts} names the conditional parts that show, for the paths files.
 * {@code title}: the outcome's heading on this path (see {@link Outcome}). {@code exampleNote}: the outcome's own words for "this organisation has not filled in its contacts", where
 * the audience's usual note would send the user to the wrong person (empty: the page's usual note).
 */
public record Advice(Outcome outcome, Text title, List<ResolvedAction> actions, List<Text> text, List<Text> why,
                     List<Text> nextSteps, List<Text> always, List<CitedSource> sources, List<String> shownParts,
                     List<Text> exampleNote) {
}
