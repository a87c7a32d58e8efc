package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Optional;

/**
 * The time groups a flow's outcomes put their actions in, in order ({@code phases:} of a flow). The grouping
 * is Signaalwijzer's own structure, not the sources': {@code ownAdvice} says so in every outcome's sources.
 */
public record Phases(Text ownAdvice, List<Phase> list) {

    public Phases {
        list = List.copyOf(list);
    }

    public Optional<Phase> get(String id) {
        return list.stream().filter(phase -> phase.id().equals(id)).findFirst();
    }

    /** The place of a phase in the order (0 first), or -1 for an id the flow does not have. */
    int order(String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
