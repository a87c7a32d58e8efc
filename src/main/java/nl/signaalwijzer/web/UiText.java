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
        // flow tools
        put("flowsTitle", "Vragenlijsten en hun versies", "Question sets and their versions");
        put("flowsIntro", "Dit zijn de vragenlijsten die deze Signaalwijzer nu gebruikt. Bij elke lijst zie je alle vragen en adviezen in één schema.",
                "These are the question sets this Signaalwijzer uses now. For each set you can see all questions and advice in one diagram.");
        put("flowsVersion", "Onder elk advies staat dezelfde versie. Verandert er iets aan de vragen, de acties of de contacten, dan verandert de versie ook. Zo kun je later nagaan welke vragen een advies gaven.",
                "Every piece of advice shows the same version. When the questions, the actions or the contacts change, the version changes too. So you can check later which questions gave a piece of advice.");
        put("flowVersion", "Versie", "Version");
        put("flowsDiagram", "Bekijk het schema", "View the diagram");
        put("flowsMermaid", "Schema als Mermaid-tekst", "Diagram as Mermaid text");
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
