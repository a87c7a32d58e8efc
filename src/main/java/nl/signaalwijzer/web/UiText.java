package nl.signaalwijzer.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Text;

/** The fixed words of the pages themselves (buttons, headings), in Dutch (B1) and English. */
final class UiText {
    private static final Map<String, Text> TEXTS = new LinkedHashMap<>();

    static {
        put("appName", "Signaalwijzer", "Signaalwijzer");
        put("tagline", "Wat doe je als je je zorgen maakt over hoe een cliënt behandeld wordt?",
                "What to do when you worry about how a client is being treated?");
        put("danger", "Direct gevaar? Bel 112", "In danger now? Call 112");
        put("quickExit", "Snel weg", "Leave quickly");
        put("quickExitHint", "Verlaat deze site meteen", "Leave this site at once");
        put("skip", "Naar de inhoud", "Skip to content");
        put("restart", "Opnieuw beginnen", "Start again");
        put("back", "Vorige vraag", "Previous question");
        put("change", "Wijzig", "Change");
        put("changeHint", "Wijzig je antwoord op de vraag", "Change your answer to the question");
        put("yourAnswer", "Jouw antwoord", "Your answer");
        put("guide", "Signaalwijzer", "Signaalwijzer");
        put("question", "Vraag", "Question");
        put("otherLang", "English", "Nederlands");
        put("otherLangName", "Read this in English", "Lees dit in het Nederlands");
        put("introWhat", "Dit is een wegwijzer met vaste vragen. Je praat niet met een mens en niet met AI.",
                "This is a guide with fixed questions. You are not talking to a person, nor to AI.");
        put("introStored", "Er wordt niets opgeslagen. We vragen geen namen. Je antwoorden gaan alleen mee in deze pagina.",
                "Nothing is stored. We do not ask for names. Your answers only travel with this page.");
        put("introSources", "Het advies volgt de Leidraad Veilige zorgrelatie en de brochure van de Inspectie (IGJ).",
                "The advice follows the Leidraad Veilige zorgrelatie and the brochure of the Health Inspectorate (IGJ).");
        put("whoAreYou", "Wie ben jij?", "Who are you?");
        put("start", "Begin", "Start");
        put("adviceHeading", "Wat je nu doet", "What to do now");
        put("why", "Waarom dit advies", "Why this advice");
        put("nextSteps", "Wat gebeurt er daarna", "What happens next");
        put("always", "Wat je altijd mag doen", "What you may always do");
        put("sources", "Bronnen", "Sources");
        put("version", "Versie van dit advies", "Version of this advice");
        put("transcript", "Je antwoorden", "Your answers");
        put("call", "Bel", "Call");
        put("exampleContact", "Voorbeeld: de organisatie vult dit nog in.", "Example: the organisation still has to fill this in.");
        put("urgent", "Eerst", "First");
        put("privacy", "Privacy", "Privacy");
        put("errorTitle", "Dat lukte niet", "That did not work");
        put("errorAgain", "Je kunt opnieuw beginnen. Er is niets bewaard.", "You can start again. Nothing was kept.");
        put("toStart", "Naar het begin", "To the start");
        put("privacyTitle", "Privacy: wat we wel en niet weten", "Privacy: what we do and do not know");
        put("privacyStoredHeading", "Wij bewaren niets", "We keep nothing");
        put("privacyStored", "Signaalwijzer heeft geen database en zet geen cookies. We vragen geen namen. "
                + "Je antwoorden worden nergens opgeslagen en staan in geen logbestand.",
                "Signaalwijzer has no database and sets no cookies. We do not ask for names. "
                + "Your answers are not saved anywhere and are in no log file.");
        put("privacyTransitHeading", "Wat de server even ziet", "What the server sees for a moment");
        put("privacyTransit", "Bij elke stap stuurt je browser de antwoorden tot nu toe mee. De server rekent daarmee "
                + "de volgende vraag uit en vergeet ze meteen. Zoals bij elke website ziet de server ook het "
                + "internetadres (IP-adres) van je apparaat.",
                "At every step your browser sends the answers so far. The server uses them to work out the next "
                + "question and forgets them at once. As with every website, the server also sees the internet "
                + "address (IP address) of your device.");
        put("privacyDeviceHeading", "Wat je telefoon of computer kan onthouden",
                "What your phone or computer may remember");
        put("privacyDevice", "Je browser kan onthouden dat je deze website bezocht (de geschiedenis). "
                + "Je antwoorden staan niet in de adresbalk. Wil je geen sporen? Gebruik een privévenster, "
                + "of wis daarna je geschiedenis.",
                "Your browser may remember that you visited this website (the history). Your answers are not in "
                + "the address bar. Do you want no traces? Use a private window, or clear your history afterwards.");
        put("privacyLeaveHeading", "Snel weggaan", "Leaving quickly");
        put("privacyLeave", "Met de knop \u201cSnel weg\u201d ga je meteen naar een andere website. "
                + "Die knop kan je geschiedenis niet wissen.",
                "The \u201cLeave quickly\u201d button takes you to another website at once. "
                + "That button cannot erase your history.");
        put("footerNothingStored", "Signaalwijzer bewaart niets van wat je invult.", "Signaalwijzer keeps nothing of what you enter.");
    }

    private static void put(String key, String nl, String en) {
        TEXTS.put(key, new Text(nl, en));
    }

    private static final Map<Lang, Map<String, String>> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            Map<String, String> words = new LinkedHashMap<>();
            TEXTS.forEach((key, text) -> words.put(key, text.in(lang)));
            BY_LANG.put(lang, Map.copyOf(words));
        }
    }

    /** All page words in one language, ready for a template ({@code {{ui.back}}}). */
    static Map<String, String> in(Lang lang) {
        return BY_LANG.get(lang);
    }

    private UiText() {
    }
}
