package nl.signaalwijzer.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One dialogue: questions and outcomes, starting at {@code start}, with the wording of the actions it
 * uses (its own {@code actions:} over actions.yaml). Immutable once loaded.
 */
public final class Flow {
    private final String id;
    private final Text title;
    private final Text description;
    private final List<Lang> languages;
    private final String start;
    private final List<Question> questions;
    private final List<Outcome> outcomes;
    private final String version;
    private final Map<String, Node> nodes;
    private final OutcomeContent content;
    private final boolean onKiosk;
    private final List<StartDay> startDays;

    Flow(String id, Text title, Text description, List<Lang> languages, String start, List<Question> questions, List<Outcome> outcomes,
         String version, OutcomeContent content, boolean onKiosk, List<StartDay> startDays) {
        this.onKiosk = onKiosk;
        this.startDays = List.copyOf(startDays);
        this.id = id;
        this.title = title;
        this.description = description;
        this.languages = List.copyOf(languages);
        this.start = start;
        this.questions = List.copyOf(questions);
        this.outcomes = List.copyOf(outcomes);
        this.version = version;
        this.content = content;
        Map<String, Node> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.putIfAbsent(q.id(), q));
        outcomes.forEach(o -> byId.putIfAbsent(o.id(), o));
        this.nodes = Collections.unmodifiableMap(byId);
    }

    /** This flow with another organisation's contacts: everything else shared, nothing read or checked again. */
    private Flow(Flow flow, OutcomeContent content) {
        this.id = flow.id;
        this.title = flow.title;
        this.description = flow.description;
        this.languages = flow.languages;
        this.start = flow.start;
        this.questions = flow.questions;
        this.outcomes = flow.outcomes;
        this.version = flow.version;
        this.nodes = flow.nodes;
        this.onKiosk = flow.onKiosk;
        this.startDays = flow.startDays;
        this.content = content;
    }

    /**
     * This flow as one organisation or location shows it: its outcomes name that organisation's contacts. The
     * caller has checked that it has every contact the flows name ({@link FlowCatalog#contactsNamed()}).
     */
    Flow forOrganisation(Organisation organisation) {
        return new Flow(this, content.forOrganisation(organisation));
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    public Text description() {
        return description;
    }

    /** The languages this flow offers, as it lists them (Dutch among them); every text it shows is in each. */
    public List<Lang> languages() {
        return languages;
    }

    public boolean offers(Lang lang) {
        return languages.contains(lang);
    }

    public String start() {
        return start;
    }

    public List<Question> questions() {
        return questions;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Short content hash of the flow and the shared files it uses, to prove later which dialogue advised. */
    public String version() {
        return version;
    }

    /** False for a flow for staff only (e.g. whoever receives a report): a kiosk in a hall does not offer it. */
    public boolean onKiosk() {
        return onKiosk;
    }

    /** The time groups of this flow's checklist outcomes, if its outcomes are checklists. */
    public Optional<Phases> phases() {
        return Optional.ofNullable(content.phases());
    }

    /** The days a user may type in on an outcome page, for its deadlines ({@code dates:}); empty: none. */
    public List<StartDay> startDays() {
        return startDays;
    }

    public Optional<StartDay> startDay(String id) {
        return startDays.stream().filter(day -> day.id().equals(id)).findFirst();
    }

    public Optional<Node> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    public Question startQuestion() {
        return (Question) node(start).orElseThrow();
    }

    /**
     * What {@code outcome} shows after these answers (implied ones included).
     *
     * @param raised the urgent action ids raised by the answers on the way, in order
     */
    public Advice advice(Outcome outcome, Map<String, String> answers, List<String> raised) {
        return content.resolve(outcome, answers, raised);
    }

    /** The contact ids this flow's outcomes and its own wording of actions name (the shared actions name more). */
    public java.util.Set<String> contactsNamed() {
        java.util.Set<String> named = new java.util.LinkedHashSet<>(content.wordingContacts());
        outcomes.stream().flatMap(outcome -> outcome.actions().stream()).map(ActionUse::contacts)
                .filter(java.util.Objects::nonNull).forEach(named::addAll);
        return named;
    }

    /** The urgent actions to lead a question page with, in this flow's wording. */
    public List<ResolvedAction> urgentActions(List<String> ids, Map<String, String> answers) {
        return content.urgent(ids, answers);
    }

}
