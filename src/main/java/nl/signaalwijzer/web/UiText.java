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
        put("adviceHeading", "Wat je nu doet", "What to do now");
        put("urgentHeading", "Doe dit eerst", "Do this first");
        put("urgentThen", "Daarna helpen de vragen hieronder je verder.", "Then the questions below help you further.");
        put("why", "Waarom dit advies", "Why this advice");
        put("nextSteps", "Wat gebeurt er daarna", "What happens next");
        put("always", "Wat je altijd mag doen", "What you may always do");
        put("sources", "Bronnen", "Sources");
        put("version", "Versie van dit advies", "Version of this advice");
        put("transcript", "Je antwoorden", "Your answers");
        put("call", "Bel", "Call");
        put("exampleContact", "Voorbeeld: de organisatie vult dit nog in.", "Example: the organisation still has to fill this in.");
        put("privacy", "Privacy", "Privacy");
        put("wordsHeading", "Uitleg van moeilijke woorden", "Difficult words explained");
        put("whatIs", "Wat betekent", "What does");
        put("whatIsEnd", "?", " mean?");
        put("errorTitle", "Dat lukte niet", "That did not work");
        put("errorAgain", "Je kunt opnieuw beginnen. Er is niets bewaard.", "You can start again. Nothing was kept.");
        put("toStart", "Naar het begin", "To the start");
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

    // safety shell: quick exit, kiosk and privacy words (own block, so merges with other texts stay trivial)
    static {
        put("shiftTwoMore", "Druk nog 2 keer op Shift om snel weg te gaan.",
                "Press Shift 2 more times to leave quickly.");
        put("shiftOneMore", "Druk nog 1 keer op Shift om snel weg te gaan.",
                "Press Shift 1 more time to leave quickly.");
        put("exitHelpLink", "Hoe werkt Snel weg?",
                "How does Leave quickly work?");
        put("exitHelpTitle", "Snel weg: wat het wel en niet doet",
                "Leave quickly: what it does and does not do");
        put("exitHelpDoesHeading", "Wat Snel weg doet",
                "What Leave quickly does");
        put("exitHelpDoes1", "De knop Snel weg staat op elke pagina. Met de Tab-toets is het de eerste knop.",
                "The Leave quickly button is on every page. With the Tab key it is the first button.");
        put("exitHelpDoes2", "Druk je erop, dan verdwijnt deze pagina meteen. Je ziet dan een weersite:",
                "When you press it, this page disappears at once. You then see a weather site:");
        put("exitHelpKeys", "Met het toetsenbord: druk drie keer op Shift. Of druk twee keer snel op Esc. Als je in een tekstveld typt, telt Esc niet.",
                "With the keyboard: press Shift three times. Or press Esc twice, quickly. While you type in a text field, Esc does not count.");
        put("exitHelpReplace", "De pagina die je zag, wordt vervangen. Met de knop Terug kom je er niet meer op.",
                "The page you saw is replaced. The Back button does not bring it back.");
        put("exitHelpKiosk", "Op dit gedeelde scherm brengt Snel weg je terug naar het begin. Alles wat je koos, is dan weg van het scherm.",
                "On this shared screen Leave quickly takes you back to the start. Everything you chose is then gone from the screen.");
        put("exitHelpNotHeading", "Wat Snel weg niet doet",
                "What Leave quickly does not do");
        put("exitHelpNot1", "Snel weg wist je geschiedenis niet. Iemand kan daarin zien dat je deze site bezocht.",
                "Leave quickly does not erase your history. Someone can see there that you visited this site.");
        put("exitHelpNot2", "Eerdere pagina's van deze site kunnen nog in de geschiedenis staan. Wie ze opent, ziet alleen de startpagina, niet je antwoorden.",
                "Earlier pages of this site may still be in the history. Whoever opens them only sees the start page, not your answers.");
        put("exitHelpNoJs", "Staat JavaScript uit? Dan is Snel weg een gewone link. Met Terug komt de pagina dan wel terug.",
                "Is JavaScript switched off? Then Leave quickly is an ordinary link. The Back button then does bring the page back.");
        put("privateHeading", "Privé internetten",
                "Browsing privately");
        put("private1", "Gebruik een privévenster. Wat je daarin doet, vergeet de browser als je het venster sluit.",
                "Use a private window. The browser forgets what you do in it when you close the window.");
        put("private2", "Chrome en Edge: Ctrl+Shift+N (Incognito). Firefox: Ctrl+Shift+P. Safari op de iPhone: tik op de tabbladen en kies Privé.",
                "Chrome and Edge: Ctrl+Shift+N (Incognito). Firefox: Ctrl+Shift+P. Safari on iPhone: tap the tabs button and choose Private.");
        put("private3", "Je kunt ook je geschiedenis wissen, meestal met Ctrl+Shift+Delete. Let op: een lege geschiedenis kan ook opvallen. Je kunt ook alleen deze site uit de geschiedenis halen.",
                "You can also clear your history, usually with Ctrl+Shift+Delete. Note: an empty history may be noticed too. You can also remove only this site from your history.");
        put("private4", "Denk je dat iemand je telefoon of computer bekijkt? Gebruik dan liever een ander apparaat. Bijvoorbeeld bij iemand die je vertrouwt.",
                "Do you think someone checks your phone or computer? Then rather use another device. For example at the home of someone you trust.");
        put("privacyTitle", "Privacy: wat we bewaren",
                "Privacy: what we keep");
        put("privacyNothingHeading", "Wat we bewaren: niets",
                "What we keep: nothing");
        put("privacyNothing1", "Signaalwijzer bewaart niets van wat je antwoordt. Er is geen database en geen account. We vragen geen namen.",
                "Signaalwijzer keeps nothing of what you answer. There is no database and no account. We do not ask for names.");
        put("privacyNothing2", "We zetten geen cookies. We bewaren niets in je browser. De pagina laadt niets van andere websites.",
                "We set no cookies. We keep nothing in your browser. The page loads nothing from other websites.");
        put("privacyTransitHeading", "Wat de server ziet terwijl je hem gebruikt",
                "What the server sees while you use it");
        put("privacyTransit1", "Bij elke stap stuurt je browser je antwoorden tot nu toe mee. De server rekent daarmee de volgende vraag uit. Daarna vergeet hij ze meteen. Je antwoorden gaan nooit naar iemand anders.",
                "At every step your browser sends your answers so far. The server uses them to work out the next question. Then it forgets them at once. Your answers never go to anyone else.");
        put("privacyTransit2", "Zoals elke website ziet de server je internetadres. We gebruiken het alleen om te veel verzoeken tegen te houden. We maken er eerst een onherkenbare code van. Die code verdwijnt na een paar minuten.",
                "Like every website, the server sees your internet address. We only use it to hold back too many requests. We first turn it into a code nobody can trace back. That code disappears after a few minutes.");
        put("privacyTransit3", "Per verzoek schrijven we alleen op: het soort verzoek, welke soort pagina, of het lukte en hoe lang het duurde. Nooit je antwoorden, je adres of wat je typte.",
                "For each request we only write down: the kind of request, which kind of page, whether it worked and how long it took. Never your answers, your address or what you typed.");
        put("privacyDeviceHeading", "Wat je telefoon of computer kan onthouden",
                "What your phone or computer may remember");
        put("privacyDevice1", "Je browser kan in de geschiedenis onthouden dat je deze site bezocht. Je antwoorden staan nooit in het adres van een pagina.",
                "Your browser may remember in its history that you visited this site. Your answers are never in the address of a page.");
        put("privacyDevice2", "Pagina's met je antwoorden mogen niet bewaard worden. Met de knop Terug zie je de startpagina, niet je antwoorden.",
                "Pages with your answers may not be kept. The Back button shows the start page, not your answers.");
        put("privacyDevice3", "Staat JavaScript uit? Dan kan de browser na Terug vragen of hij een formulier opnieuw moet versturen. Kies dan Annuleren.",
                "Is JavaScript switched off? Then after Back the browser may ask whether to send a form again. Then choose Cancel.");
        put("privacyLeaveHeading", "Snel weggaan",
                "Leaving quickly");
        put("privacyLeave1", "Met de knop Snel weg ga je meteen naar een andere site. Dat kan ook met drie keer Shift of twee keer Esc.",
                "The Leave quickly button takes you to another site at once. Pressing Shift three times or Esc twice does the same.");
        put("privacyWho", "Deze wegwijzer wordt aangeboden door:",
                "This guide is offered by:");
        put("kioskClear", "Wis alles",
                "Clear everything");
        put("kioskNote", "Dit is een gedeeld scherm. Als niemand het een tijdje gebruikt, wist het alles en begint het opnieuw.",
                "This is a shared screen. When nobody uses it for a while, it clears everything and starts again.");
        put("kioskIdleTitle", "Ben je er nog?",
                "Are you still there?");
        put("kioskIdleBefore", "Over",
                "In");
        put("kioskIdleAfter", "seconden wissen we het scherm en beginnen we opnieuw.",
                "seconds we clear the screen and start again.");
        put("kioskStay", "Ik ben er nog",
                "I am still here");
        put("qrAlt", "QR-code met de telefoonnummers bij dit advies",
                "QR code with the phone numbers for this advice");
        put("qrCaption", "Scan deze code met je eigen telefoon. Dan heb je de telefoonnummers bij dit advies. Je antwoorden staan er niet in.",
                "Scan this code with your own phone. It gives you the phone numbers for this advice. Your answers are not in it.");
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
