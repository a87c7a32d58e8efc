package nl.signaalwijzer.flow;

import java.util.Map;

/** A difficult word, its one-sentence explanation, and per flow id an explanation for that audience. */
public record GlossaryTerm(String term, Text explanation, Map<String, Text> perFlow) {

    public GlossaryTerm {
        perFlow = Map.copyOf(perFlow);
    }

    public GlossaryTerm(String term, Text explanation) {
        this(term, explanation, Map.of());
    }

    /** The explanation shown in this flow: its audience's own, or the general one. */
    public Text explanationFor(String flowId) {
        return perFlow.getOrDefault(flowId, explanation);
    }
}
