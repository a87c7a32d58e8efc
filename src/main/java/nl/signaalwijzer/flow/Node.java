package nl.signaalwijzer.flow;

/** A point in a flow: a question to ask, or an outcome (advice) to give. */
public sealed interface Node permits Question, Outcome {
    String id();

    Location location();
}
