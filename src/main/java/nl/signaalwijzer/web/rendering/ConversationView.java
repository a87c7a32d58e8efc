package nl.signaalwijzer.web.rendering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Turn;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Glossary;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Language;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/** Turns a conversation into what the chat templates show, in one language. */
final class ConversationView {

    record FlowRef(String id, String title) {
    }

    record Hidden(String value) {
    }

    record Line(int index, String question, String answer) {
    }

    /**
     * @param before this option was the answer the user is now changing ("Wijzig")
     * @param icon   the URL of its pictogram, on a page that shows them ({@link PagePictograms}); else null
     */
    record Choice(String value, String label, boolean before, @Nullable String icon) {
    }

    /**
     * A question; {@code urgent}: what to do at once, raised by the previous answer, shown before it;
     * {@code first}: the first question, shown with the flow title above it, never cut off.
     */
    record Ask(String id, int number, String text, @Nullable String help, List<Choice> options, List<Term> terms,
               boolean hasTerms, List<ActionView> urgent, boolean hasUrgent, boolean first) {
    }

    record Term(String term, String explanation) {
    }

    record ContactView(String name, @Nullable String phone, @Nullable String tel, @Nullable String hours,
                       @Nullable String url, boolean example) {
    }

    /**
     * @param contacts       the action's contacts as a list ({@link ScopedPart.Contacts}), for urgent and folded actions
     * @param contactsBefore the same list where it stands before the sentence (else ""), for the first action
     * @param contactsAfter  the same list where it stands after the sentence (else "")
     * @param icon          the URL of the action's pictogram, on a page that shows them; else null
     * @param who           in a checklist, who usually does this step; else null
     * @param due           in a checklist, its last day once the day it counts from is typed in; else null
     */
    record ActionView(String id, String title, String text, List<String> steps, boolean hasSteps, boolean urgent,
                      String contacts, String contactsBefore, String contactsAfter, @Nullable String icon,
                      @Nullable String who, @Nullable String due) {
    }

    record SourceView(String title, String ref) {
    }

    /**
     * An outcome as one screen to act: the first action with its contacts open, every further action and
     * every background part folded. Each text as its paragraphs (one {@code <p>} each): only those that fit
     * this path's answers. {@code exampleNote}: some contact is still an example (said once). {@code qr}: on a
     * kiosk, the inline SVG of the QR code with the numbers this path shows ({@link OutcomeQr}); else null.
     * {@code titleIcon}: the first action's pictogram beside the outcome's title, where that title stands for
     * the first action's own (hidden as a repeat); else null. {@code later}: the steps past the language's steps
     * in view, behind one fold ("Meer hulp"). {@code checklist}: in a flow whose outcomes are checklists, the
     * actions after the first under their time groups, in place of {@code more} and {@code later}.
     */
    record OutcomeView(String id, String title, List<String> text, @Nullable ActionView first, List<ActionView> more,
                       boolean hasMore, List<ActionView> later, boolean hasLater, List<String> why,
                       List<String> nextSteps, List<String> always,
                       List<SourceView> sources, String flowId, String version, List<Term> terms, boolean hasTerms,
                       @Nullable String exampleNote, boolean firstRepeatsTitle, @Nullable String qr,
                       @Nullable String titleIcon, List<ChecklistView.PhaseGroup> checklist, boolean hasChecklist,
                       boolean hasDates) {
    }

    private ConversationView() {
    }

    static Map<String, Object> model(Conversation conversation, FlowCatalog catalog, Lang lang, OutcomeQr qr,
                                     PagePictograms pictograms, Function<ScopedPart, String> parts) {
        return model(conversation, catalog, lang, null, TypedDays.NONE, qr, pictograms, parts);
    }

    /**
     * @param changing the answer ({@code question:option}) the user pressed "Wijzig" on, to mark among the
     *                 options of the question asked again; null when no answer is being changed
     * @param typed    the days typed in on a checklist outcome, for its deadlines ({@link TypedDays#NONE}: none)
     * @param qr       draws a kiosk outcome's QR code
     * @param pictograms the pictograms' URLs, in a language that shows them
     * @param parts    renders what differs per organisation ({@link ScopedPart}), or marks its place for
     *                 {@link SplicedPages}
     */
    static Map<String, Object> model(Conversation conversation, FlowCatalog catalog, Lang lang,
                                     @Nullable String changing, TypedDays typed, OutcomeQr qr,
                                     PagePictograms pictograms, Function<ScopedPart, String> parts) {
        List<Line> transcript = new ArrayList<>();
        List<Hidden> answers = new ArrayList<>();
        List<Turn> turns = conversation.transcript();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            transcript.add(new Line(i, turn.question().text().in(lang), turn.option().label().in(lang)));
            answers.add(new Hidden(turn.question().id() + ":" + turn.option().id()));
        }
        boolean asking = !conversation.finished();
        PageLanguage page = PageLanguage.of(catalog, lang, conversation.flow().languages());
        Map<String, String> ui = page.ui();
        String title = asking
                ? ui.get("question") + " " + (turns.size() + 1) + " – " + conversation.flow().title().in(lang)
                : conversation.advice().title().in(lang) + " – " + ui.get("appName");
        Map<String, Object> model = Pages.base(page, title, Map.of(
                "flow", new FlowRef(conversation.flow().id(), conversation.flow().title().in(lang)),
                "answers", answers,
                "transcript", transcript,
                "hasPrevious", !turns.isEmpty(),
                "previousIndex", turns.size() - 1,
                // the newest turn and its hidden field: what the fragment for chat.js adds to the page
                "latest", transcript.isEmpty() ? false : transcript.get(transcript.size() - 1),
                "latestAnswer", answers.isEmpty() ? false : answers.get(answers.size() - 1),
                "question", asking ? ask(conversation, turns.size() + 1, catalog, lang, changing, pictograms, parts) : false,
                "outcome", asking ? false
                        : outcome(conversation.outcome(), conversation, catalog, lang, typed, qr, pictograms, parts)));
        // only pages that show pictograms link their style sheet: every other page loads no byte more
        model.put("pictograms", PagePictograms.shownIn(page.language()));
        return model;
    }

    private static Ask ask(Conversation conversation, int number, FlowCatalog catalog, Lang lang,
                           @Nullable String changing, PagePictograms pictograms, Function<ScopedPart, String> parts) {
        Question question = conversation.question();
        Glossary glossary = catalog.glossary();
        Set<String> shown = new LinkedHashSet<>();
        Language language = catalog.languages().of(lang);
        List<ActionView> urgent = conversation.urgent().stream()
                .map(a -> action(a, shown, language, pictograms, TypedDays.NONE, "", parts)).toList();
        List<Choice> options = question.options().stream()
                .map(o -> new Choice(question.id() + ":" + o.id(), o.label().in(lang),
                        (question.id() + ":" + o.id()).equals(changing), pictograms.url(o.icon(), language)))
                .toList();
        List<String> texts = new ArrayList<>(List.of(question.text().in(lang)));
        texts.add(in(conversation.help(), lang));
        question.options().forEach(o -> texts.add(o.label().in(lang)));
        for (ActionView action : urgent) {
            texts.add(action.title());
            texts.add(action.text());
            texts.addAll(action.steps());
        }
        List<Term> terms = terms(glossary, texts, conversation.flow().id(), lang);
        return new Ask(question.id(), number, question.text().in(lang), in(conversation.help(), lang), options, terms,
                !terms.isEmpty(), urgent, !urgent.isEmpty(), number == 1);
    }

    private static List<Term> terms(Glossary glossary, List<String> texts, String flowId, Lang lang) {
        // a term is explained only in the languages it is written in (see LanguageCheck): help, never a fallback
        return glossary.termsIn(texts).stream().filter(t -> t.explanationFor(flowId).has(lang))
                .map(t -> new Term(t.term(), t.explanationFor(flowId).in(lang))).toList();
    }

    private static OutcomeView outcome(Outcome outcome, Conversation conversation, FlowCatalog catalog, Lang lang,
                                       TypedDays typed, OutcomeQr qr, PagePictograms pictograms,
                                       Function<ScopedPart, String> parts) {
        Advice advice = conversation.advice();
        // A contact appears once per outcome: under the first action that needs it.
        Set<String> shown = new LinkedHashSet<>();
        boolean kiosk = catalog.organisation().kiosk().enabled();
        Language language = catalog.languages().of(lang);
        String dueBy = catalog.words().word(lang, "dueBy");
        List<ActionView> actions = advice.actions().stream()
                .map(a -> action(a, shown, language, pictograms, typed, dueBy, parts)).toList();
        // "not filled in yet", once, where some contact this path shows is still an example (in this organisation)
        String exampleNote = parts.apply(new ScopedPart.ExampleNote(List.copyOf(shown), exampleNote(advice, catalog, lang)));
        // which advice is our own is said in the page's words; a real source is a Dutch document's name
        List<SourceView> sources = advice.sources().stream()
                .map(s -> new SourceView(s.ownAdvice() ? catalog.words().word(lang, "ownAdviceSource") : s.title().in(lang),
                        s.ref().in(lang))).toList();
        List<String> text = in(advice.text(), lang);
        List<String> why = in(advice.why(), lang);
        List<String> nextSteps = in(advice.nextSteps(), lang);
        List<String> always = in(advice.always(), lang);
        List<String> texts = new ArrayList<>(List.of(advice.title().in(lang)));
        List.of(text, why, nextSteps, always).forEach(texts::addAll);
        for (ActionView action : actions) {
            texts.add(action.title());
            texts.add(action.text());
            texts.addAll(action.steps());
        }
        List<Term> terms = terms(catalog.glossary(), texts, conversation.flow().id(), lang);
        boolean checklist = conversation.flow().phases().isPresent();
        List<ChecklistView.PhaseGroup> groups = checklist
                ? ChecklistView.groups(conversation.flow(), advice.actions(), actions, 1, language, typed,
                        new ChecklistView.Words(dueBy, catalog.words().word(lang, "checklistStep"),
                                catalog.words().word(lang, "checklistSteps")))
                : List.of();
        List<ActionView> more = actions.isEmpty() || checklist ? List.of() : actions.subList(1, actions.size());
        // Makkelijk lezen shows at most 3 steps (easy-read.md); the rest wait behind one fold, in the same order
        int inView = catalog.languages().of(lang).stepsInView();
        List<ActionView> later = inView > 0 && more.size() > inView - 1 ? more.subList(inView - 1, more.size()) : List.of();
        more = more.subList(0, more.size() - later.size());
        ActionView first = actions.isEmpty() ? null : actions.get(0);
        // "Vertel het aan iemand die je vertrouwt" twice, one under the other: said once is enough
        boolean firstRepeatsTitle = first != null && first.title().equalsIgnoreCase(advice.title().in(lang));
        return new OutcomeView(outcome.id(), advice.title().in(lang), text, first, more, !more.isEmpty(), later,
                !later.isEmpty(), why,
                nextSteps, always, sources, conversation.flow().id(), conversation.flow().version(), terms,
                !terms.isEmpty(), exampleNote, firstRepeatsTitle,
                // the actions this path shows, not all the outcome lists: the code carries only numbers on the page
                kiosk ? qr.svg(advice.title().in(lang), advice.actions(), lang, catalog.words().word(lang, "qrAlt"),
                        catalog.words().word(lang, "danger")) : null,
                firstRepeatsTitle && first != null ? first.icon() : null, groups, checklist,
                groups.stream().anyMatch(g -> g.dates() != null));
    }

    /**
     * Who to ask meanwhile depends on who reads and on the path (a client has no manager or HR to ask;
     * where the user's own manager may be involved, nobody should ask them): the flow and the outcome
     * say it in their {@code example-note}; otherwise the page's usual words.
     */
    private static String exampleNote(Advice advice, FlowCatalog catalog, Lang lang) {
        if (!advice.exampleNote().isEmpty()) {
            return String.join(" ", in(advice.exampleNote(), lang));
        }
        return catalog.words().word(lang, "exampleNote");
    }

    private static List<String> in(List<Text> paragraphs, Lang lang) {
        return paragraphs.stream().map(p -> p.in(lang)).toList();
    }

    /** @param shown the contacts shown above on this page: a contact appears once, under the first action naming it */
    private static ActionView action(ResolvedAction action, Set<String> shown, Language language,
                                     PagePictograms pictograms, TypedDays typed, String dueBy,
                                     Function<ScopedPart, String> parts) {
        Lang lang = language.lang();
        List<String> steps = action.steps().stream().map(s -> s.in(lang)).toList();
        List<String> ids = action.contacts().stream().map(Contact::id).filter(shown::add).toList();
        String title = action.title().in(lang);
        return new ActionView(action.id(), title, action.text().in(lang), steps, !steps.isEmpty(), action.urgent(),
                contacts(ScopedPart.Placement.ONLY, ids, title, action.urgent(), lang, parts),
                contacts(ScopedPart.Placement.BEFORE, ids, title, action.urgent(), lang, parts),
                contacts(ScopedPart.Placement.AFTER, ids, title, action.urgent(), lang, parts),
                pictograms.url(action.icon(), language), in(action.who(), lang),
                ChecklistView.due(action, language, typed, dueBy));
    }

    /** An action without contacts has no part: nothing differs per organisation there. */
    private static String contacts(ScopedPart.Placement placement, List<String> ids, String title, boolean urgent,
                                   Lang lang, Function<ScopedPart, String> parts) {
        return ids.isEmpty() ? "" : parts.apply(new ScopedPart.Contacts(placement, ids, title, urgent, lang));
    }

    /**
     * An example contact shows its role only: its placeholder number and hours would look broken (the
     * outcome says once that the organisation has not filled in its contacts yet). A kiosk cannot call:
     * there the number is text to copy, not a {@code tel:} link.
     */
    static ContactView contact(Contact contact, boolean kiosk, Lang lang) {
        if (contact.example()) {
            return new ContactView(contact.name().in(lang), null, null, null, null, true);
        }
        String tel = contact.phone() == null || kiosk ? null : telHref(contact.phone());
        return new ContactView(contact.name().in(lang), contact.phone(), tel, in(contact.hours(), lang),
                contact.url(), false);
    }

    /** {@code "088 - 120 50 20"} -> {@code "tel:0881205020"}; null when there is no number to dial. */
    static @Nullable String telHref(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() >= 3 ? "tel:" + digits : null;
    }

    private static @Nullable String in(@Nullable Text text, Lang lang) {
        return text == null ? null : text.in(lang);
    }
}
