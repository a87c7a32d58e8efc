package nl.signaalwijzer.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of "every reachable state of a flow": each question a user can be asked, with the
 * answers so far, and each outcome path. The validator's path checks, the golden path files, the prepared
 * pages and the warm-up all walk with this, so a new kind of question or rule is taught here once.
 *
 * <p>It moves the way the engine ({@code Dialogue.replay}) does, with the same routing functions: a skip
 * rule that holds answers a question without asking ({@link Question#implied}), the first {@code next}
 * rule that holds chooses where an answer leads ({@link Option#next}), and every option of an asked
 * question is a branch. Depth first, options in the order they are written, each state before the
 * states after it: the order of the golden files. A caller that wants breadth first sorts by
 * {@code asked().size()} (stable), which keeps this order within each depth.
 *
 * <p>Lazy, so a caller can stop early (the validator stops a flow with too many paths). It walks paths,
 * not the graph: a flow whose paths loop would never end, so a path that comes back to a question it
 * answered ends there (the validator reports it; the walk of a loaded flow refuses it).
 */
public final class FlowWalk {
    private final Function<String, @Nullable Node> nodes;
    private final Deque<FlowState> pending = new ArrayDeque<>();

    private FlowWalk(String start, Function<String, @Nullable Node> nodes) {
        this.nodes = nodes;
        arrive(new ArrayList<>(), start).ifPresent(pending::push);
    }

    /** Every state of a loaded (validated) flow, depth first. */
    public static Stream<FlowState> states(Flow flow) {
        return walk(flow.start(), id -> flow.node(id).orElse(null)).peek(state -> {
            if (state.loops()) {
                throw new IllegalStateException("flow '" + flow.id() + "' loops at question '" + state.at().id() + "'");
            }
        });
    }

    /**
     * The walk over a flow still being validated: a path that loops is one state, at the question it came
     * back to ({@link FlowState#loops()}); a rule that leads to no node ends its path without a state.
     */
    static Stream<FlowState> walk(String start, Function<String, @Nullable Node> nodes) {
        FlowWalk walk = new FlowWalk(start, nodes);
        Iterator<FlowState> states = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !walk.pending.isEmpty();
            }

            @Override
            public FlowState next() {
                if (walk.pending.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return walk.take();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(states, Spliterator.ORDERED), false);
    }

    /** The next state, depth first: its branches are pushed in reverse so the first option comes out next. */
    private FlowState take() {
        FlowState state = pending.pop();
        if (state.at() instanceof Question question && !state.loops()) {
            List<Option> options = question.options();
            for (int i = options.size() - 1; i >= 0; i--) {
                List<FlowState.Step> steps = new ArrayList<>(state.steps());
                steps.add(new FlowState.Step(question, options.get(i), false));
                follow(steps).ifPresent(pending::push);
            }
        }
        return state;
    }

    /** After the last step: where its answer leads, then on through every question a skip rule answers. */
    private Optional<FlowState> follow(List<FlowState.Step> steps) {
        FlowState.Step last = steps.get(steps.size() - 1);
        return last.option().next(FlowState.given(steps)).flatMap(next -> arrive(steps, next));
    }

    private Optional<FlowState> arrive(List<FlowState.Step> steps, String id) {
        Node node = nodes.apply(id);
        if (node == null) {
            return Optional.empty();
        }
        FlowState state = new FlowState(steps, node);
        if (!(node instanceof Question question) || state.loops()) {
            return Optional.of(state);
        }
        Optional<Option> implied = question.implied(state.given());
        if (implied.isEmpty()) {
            return Optional.of(state);
        }
        steps.add(new FlowState.Step(question, implied.get(), true));
        return follow(steps);
    }
}
