package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One answer to a question. {@code next} holds the rules to the next node, first match wins, the last
 * one without a condition (a plain {@code next: id} is that one rule). {@code urgent} names urgent
 * actions to show at once after this answer, while the dialogue goes on. {@code icon}: the pictogram shown
 * beside the label in Makkelijk lezen (a file name in {@code static/pictograms/} without {@code .svg}), or null.
 */
public record Option(String id, Text label, List<Route> next, List<String> urgent, @Nullable String icon,
                     Location location) {

    /**
     * The node this answer leads to, given every answer so far (this one included); empty if no rule holds
     * (the validator makes the last rule hold always, so only a flow it has not passed can give empty).
     */
    public Optional<String> next(Map<String, String> answers) {
        for (Route route : next) {
            if (route.when().holds(answers)) {
                return Optional.of(route.to());
            }
        }
        return Optional.empty();
    }
}
