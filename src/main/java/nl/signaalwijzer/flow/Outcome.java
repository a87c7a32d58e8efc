package nl.signaalwijzer.flow;

import java.util.List;

/** The advice at the end of a path: ordered actions, why, what happens next, what you may always do. */
public record Outcome(
        String id,
        Text title,
        Text text,
        List<ActionUse> actions,
        Text why,
        Text nextSteps,
        Text always,
        List<Source> sources,
        Location location) implements Node {
}
