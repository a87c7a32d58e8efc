package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves what an outcome shows on one path: which actions, paragraphs, steps and sources hold for
 * the answers, and the wording of each action (the outcome's own > the flow's {@code actions:} >
 * actions.yaml). One home for this, used by the engine and by the validator's checks over paths.
 */
final class OutcomeContent {
    private final Map<String, Action> actions;
    private final Map<String, ActionUse> flowWording;
    private final @Nullable Organisation organisation;
    private final Map<String, String> glosses;
    private final @Nullable Text exampleNote;
    private final @Nullable Phases phases;

    /**
     * @param glosses     Dutch source title -> English gloss (sources.yaml); empty: titles as they are
     * @param exampleNote the flow's words for contacts not yet filled in, where an outcome has none of its own
     * @param phases      the time groups of a flow whose outcomes are checklists; null: not a checklist
     */
    OutcomeContent(Map<String, Action> actions, Map<String, ActionUse> flowWording, @Nullable Organisation organisation,
                   Map<String, String> glosses, @Nullable Text exampleNote, @Nullable Phases phases) {
        this.actions = actions;
        this.flowWording = flowWording;
        this.organisation = organisation;
        this.glosses = glosses;
        this.exampleNote = exampleNote;
        this.phases = phases;
    }

    /** The same content naming another organisation's contacts. */
    OutcomeContent forOrganisation(Organisation other) {
        return new OutcomeContent(actions, flowWording, other, glosses, exampleNote, phases);
    }

    /** The contact ids this flow's own wording of actions names (an outcome's uses name theirs in the outcome). */
    Set<String> wordingContacts() {
        Set<String> named = new LinkedHashSet<>();
        flowWording.values().stream().map(ActionUse::contacts).filter(Objects::nonNull).forEach(named::addAll);
        return named;
    }

    @Nullable Phases phases() {
        return phases;
    }

    /** Sees each condition of an outcome's content as it is tested on a path (for the validator's checks). */
    interface Listener {
        Listener NONE = (when, holds) -> { };

        void tested(Condition when, boolean holds);
    }

    /** @param raised urgent action ids raised by answers on the way, in order; shown first, each once */
    Advice resolve(Outcome outcome, Map<String, String> answers, List<String> raised) {
        return resolve(outcome, answers, raised, Listener.NONE);
    }

    Advice resolve(Outcome outcome, Map<String, String> answers, List<String> raised, Listener listener) {
        Shown shown = new Shown(answers, listener);
        Text title = outcome.title();
        for (int i = 0; i < outcome.titleWhen().size(); i++) {
            if (shown.holds(outcome.titleWhen().get(i).when(), "title." + (i + 1))) {
                title = outcome.titleWhen().get(i).text();
                break;
            }
        }
        List<Text> text = shown.paragraphs("text", outcome.text());
        Map<String, ActionUse> listed = new LinkedHashMap<>();
        for (ActionUse use : outcome.actions()) {
            if (shown.test(use.when())) {
                listed.putIfAbsent(use.actionId(), use);
            }
        }
        List<ResolvedAction> resolved = new ArrayList<>();
        for (String id : new LinkedHashSet<>(raised)) {
            resolved.add(shown.action(id, listed.remove(id)));
        }
        listed.forEach((id, use) -> resolved.add(shown.action(id, use)));
        List<Text> why = shown.paragraphs("why", outcome.why());
        List<Text> nextSteps = shown.paragraphs("next-steps", outcome.nextSteps());
        List<Text> always = shown.paragraphs("always", outcome.always());
        List<CitedSource> sources = new ArrayList<>();
        for (int i = 0; i < outcome.sources().size(); i++) {
            Source source = outcome.sources().get(i);
            if (shown.holds(source.when(), "source." + (i + 1))) {
                sources.add(CitedSource.of(source, glosses.get(source.title())));
            }
        }
        List<Text> exampleNote = shown.paragraphs("example-note", outcome.exampleNote());
        if (exampleNote.isEmpty() && this.exampleNote != null) {
            exampleNote = List.of(this.exampleNote);
        }
        if (phases != null) {
            shown.ownAdvice(phases.ownAdvice());
        }
        shown.ownAdvice.values().forEach(line -> sources.add(CitedSource.ownAdvice(line)));
        return new Advice(outcome, title, List.copyOf(resolved), text, why, nextSteps, always, List.copyOf(sources),
                List.copyOf(shown.parts), exampleNote);
    }

    /**
     * The steps of an action as {@code use} shows it (null: as the flow words it): actions.yaml's, then the
     * flow's wording, then the outcome's use, each adding its {@code steps} after them or putting its
     * {@code replace-steps} in their place. Conditions not yet tested: every step that might show.
     */
    List<ConditionalText> steps(String actionId, @Nullable ActionUse use) {
        // Asked only for an action actions.yaml defines: the validator reports an unknown one first.
        List<ConditionalText> steps = Objects.requireNonNull(actions.get(actionId), actionId).steps();
        ActionUse flow = flowWording.get(actionId);
        if (flow != null) {
            steps = flow.stepsAfter(steps);
        }
        return use == null ? steps : use.stepsAfter(steps);
    }

    /** Urgent actions for a question page, in the flow's wording. */
    List<ResolvedAction> urgent(List<String> ids, Map<String, String> answers) {
        Shown shown = new Shown(answers, Listener.NONE);
        return new LinkedHashSet<>(ids).stream().map(id -> shown.action(id, null)).toList();
    }


    /** The parts shown so far on one path, and the own-advice lines they carry (each once). */
    private final class Shown {
        private final Map<String, String> answers;
        private final Listener listener;
        private final List<String> parts = new ArrayList<>();
        /** By their Dutch words: the same line is the same advice, whichever other languages it is written in. */
        private final Map<String, Text> ownAdvice = new LinkedHashMap<>();

        Shown(Map<String, String> answers, Listener listener) {
            this.answers = answers;
            this.listener = listener;
        }

        boolean test(Condition when) {
            if (when.isAlways()) {
                return true;
            }
            boolean holds = when.holds(answers);
            listener.tested(when, holds);
            return holds;
        }

        /** Tests a part's condition; a conditional part that shows is named in {@link Advice#shownParts()}. */
        boolean holds(Condition when, String part) {
            boolean holds = test(when);
            if (holds && !when.isAlways()) {
                parts.add(part);
            }
            return holds;
        }

        void ownAdvice(@Nullable Text line) {
            if (line != null) {
                ownAdvice.merge(line.nl(), line, (had, added) -> added.tags().containsAll(had.tags()) ? added : had);
            }
        }

        List<Text> paragraphs(String field, List<ConditionalText> paragraphs) {
            List<Text> shown = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                ConditionalText paragraph = paragraphs.get(i);
                if (holds(paragraph.when(), field + "." + (i + 1))) {
                    shown.add(paragraph.text());
                    ownAdvice(paragraph.ownAdvice());
                }
            }
            return List.copyOf(shown);
        }

        /** @param use the outcome's use of the action, or null */
        ResolvedAction action(String id, @Nullable ActionUse use) {
            // the validator has checked every action id, and walks no path before organisation.yaml is read
            Action action = Objects.requireNonNull(actions.get(id), id);
            Organisation organisation = Objects.requireNonNull(OutcomeContent.this.organisation);
            ActionUse flow = flowWording.get(id);
            ownAdvice(action.ownAdvice());
            if (flow != null) {
                ownAdvice(flow.ownAdvice());
            }
            if (use != null) {
                ownAdvice(use.ownAdvice());
            }
            Text text = firstOf(use == null ? null : use.text(), flow == null ? null : flow.text(), action.text());
            List<ConditionalText> steps = steps(id, use);
            List<String> contacts = firstOf(use == null ? null : use.contacts(), flow == null ? null : flow.contacts(),
                    action.contacts());
            // steps are paragraphs of the action: each shows where its condition holds (key "<action>.step.<n>")
            List<Text> shownSteps = paragraphs(id + ".step", steps);
            String phase = use != null && use.phase() != null ? use.phase() : flow == null ? null : flow.phase();
            Text who = use != null && use.who() != null ? use.who() : flow == null ? null : flow.who();
            Deadline deadline = deadline(id, firstOf(use == null ? null : use.deadlines(),
                    flow == null ? null : flow.deadlines(), List.of()));
            return new ResolvedAction(id, action.title(), text, shownSteps, action.urgent(),
                    contacts.stream().map(organisation.contacts()::get).toList(), flow == null ? null : flow.icon(),
                    phase == null || phases == null ? null : phases.get(phase).orElse(null), who, deadline);
        }

        /** The first deadline rule that holds (key "<action>.deadline.<n>" when it has a condition), or null. */
        private @Nullable Deadline deadline(String actionId, List<Deadline> rules) {
            for (int i = 0; i < rules.size(); i++) {
                Deadline rule = rules.get(i);
                if (holds(rule.when(), actionId + ".deadline." + (i + 1))) {
                    ownAdvice(rule.ownAdvice());
                    return rule;
                }
            }
            return null;
        }
    }

    /** The outcome's own wording, else the flow's, else the action's (which it always has). */
    private static <T> T firstOf(@Nullable T outcome, @Nullable T flow, T action) {
        return outcome != null ? outcome : flow != null ? flow : action;
    }
}
