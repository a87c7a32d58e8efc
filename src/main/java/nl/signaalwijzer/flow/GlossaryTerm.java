package nl.signaalwijzer.flow;

/** A difficult word and its one-sentence explanation. */
public record GlossaryTerm(String term, Text explanation) {
}
