package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guards of the Leidraad in the words a client or a relative reads (issue 11), on every path of
 * the real client and naaste flows: the police talk first, nobody is promised secrecy or told to
 * question or confront, the reporting chain is routed around, advice of our own is marked, and no
 * text contradicts an answer given on the way.
 */
class ClientAndNaasteGuardsTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** One path as the user reads it in Dutch: the answers given, and every sentence the page shows. */
    private record Page(FlowPath path, Map<String, String> given, List<String> sentences) {
        static Page of(FlowPath path) {
            return new Page(path, PathReading.given(path), PathReading.sentences(PathReading.allTexts(path)));
        }

        String answered(String question) {
            return given.getOrDefault(question, "-");
        }

        boolean says(String regex) {
            return !sentencesMatching(regex).isEmpty();
        }

        List<String> sentencesMatching(String regex) {
            Pattern pattern = Pattern.compile(regex, FLAGS);
            return sentences.stream().filter(s -> pattern.matcher(s).find()).toList();
        }

        Advice advice() {
            return path.advice();
        }

        List<String> actionIds() {
            return PathReading.actionIds(path);
        }

        List<String> ownAdviceLines() {
            return PathReading.ownAdviceLines(path);
        }

        String line() {
            return path.line();
        }
    }

    private static void forEachPath(String flowId, BiConsumer<Page, SoftAssertions> check) {
        PathReading.forEachPath(CATALOG.flow(flowId).orElseThrow(), (path, softly) -> check.accept(Page.of(path), softly));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void thePoliceTalkFirstBeforeTheOrganisationTalksWithClientOrSuspect(String flow) {
        forEachPath(flow, (page, softly) -> {
            List<String> sentences = page.sentences();
            int policeFirst = indexOf(sentences, "politie[^.]*als eerste");
            int organisationTalks = indexOf(sentences,
                    "^(?!.*politie).*\\b(praat|praten)\\b.*\\bmet (jou|de cliënt|hen|de persoon)\\b");
            if (organisationTalks >= 0) {
                softly.assertThat(policeFirst).as("police first, before: " + sentences.get(organisationTalks)
                        + "\n" + page.line()).isBetween(0, organisationTalks);
            }
        });
    }

    private static int indexOf(List<String> sentences, String regex) {
        Pattern pattern = Pattern.compile(regex, FLAGS);
        for (int i = 0; i < sentences.size(); i++) {
            if (pattern.matcher(sentences.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void nobodyIsPromisedSecrecy(String flow) {
        forEachPath(flow, (page, softly) -> softly.assertThat(page.sentencesMatching("geheim"))
                .as(page.line())
                .allMatch(s -> s.matches("(?iu).*\\b(niet|geen|wel en niet)\\b.*"), "says what cannot be kept secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void nobodyIsToldToQuestionTheClientOrConfrontThePerson(String flow) {
        forEachPath(flow, (page, softly) -> {
            softly.assertThat(page.sentencesMatching("\\bvraag\\b.*\\buit\\b|\\bspreek\\b.*\\baan\\b|\\bconfronteer"))
                    .as(page.line()).allMatch(s -> s.matches("(?iu).*\\bniet\\b.*"), "a 'do not'");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void aboutSomeoneInChargeNoActionSendsToOrListsTheReportingChain(String flow) {
        forEachPath(flow, (page, softly) -> {
            if (!"manager".equals(page.answered("perpetrator"))) {
                return;
            }
            for (ResolvedAction action : page.advice().actions()) {
                softly.assertThat(action.contacts()).extracting(Contact::id).as(action.id() + ": " + page.line())
                        .doesNotContain("leidinggevende", "aandachtsfunctionaris", "meldteam");
                List<Text> words = new ArrayList<>(action.steps());
                words.add(action.text());
                softly.assertThat(words).extracting(Text::nl).as(action.id() + ": " + page.line())
                        .noneMatch(s -> s.contains("leidinggevende") || s.contains("aandachtsfunctionaris"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void adviceThatIsNotInTheSourcesIsMarkedInTheSourcesNotInTheText(String flow) {
        forEachPath(flow, (page, softly) -> {
            softly.assertThat(page.says("niet in de (documenten|bronnen)|zegt de Leidraad niets"))
                    .as("no meta-sentence about sources in the advice: " + page.line()).isFalse();
            softly.assertThat(page.says("\\bwas je\\b.*niet|niet wassen")).as(page.line()).isFalse();
            if (page.says("\\b112\\b")) {
                softly.assertThat(page.ownAdviceLines()).as(page.line()).anyMatch(l -> l.contains("112"));
            }
            if (page.says("7 dagen")) {
                softly.assertThat(page.ownAdviceLines()).as(page.line()).anyMatch(l -> l.contains("7 dagen"));
            }
            if (page.says("klachtenfunctionaris")
                    || page.advice().actions().stream().flatMap(a -> a.contacts().stream())
                            .anyMatch(c -> c.id().equals("klachtenfunctionaris"))) {
                softly.assertThat(page.ownAdviceLines()).as(page.line())
                        .anyMatch(l -> l.contains("klachtenfunctionaris"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void theChoiceOfAangifteAndTheOrganisationsOwnStepToThePoliceAreBothSaid(String flow) {
        forEachPath(flow, (page, softly) -> {
            softly.assertThat(page.sentencesMatching("politie[^.]*alleen[^.]*als (jij|de cliënt) dat wil"))
                    .as("says who calls the police only if the client wants: " + page.line())
                    .allMatch(s -> s.contains("Centrum"), "the Centrum Seksueel Geweld");
            if (page.says("schakelt[^.]*politie in")) {
                softly.assertThat(page.says("aangifte[^.]*(keuze|kies)|(keuze|kies)[^.]*aangifte"))
                        .as("says whose choice aangifte is: " + page.line()).isTrue();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void noTextContradictsAnAnswerOnItsPath(String flow) {
        forEachPath(flow, (page, softly) -> {
            String perpetrator = page.answered("perpetrator");
            String behaviour = page.answered("behaviour");
            if (!List.of("relative", "unsure").contains(perpetrator)) {
                softly.assertThat(page.actionIds()).as(page.line()).doesNotContain("veilig-thuis", "meldcode");
                softly.assertThat(page.says("Veilig Thuis|familie\\?")).as("no family hedge: " + page.line()).isFalse();
            }
            if (!List.of("sexual", "unsure").contains(behaviour)) {
                softly.assertThat(page.actionIds()).as(page.line()).doesNotContain("centrum-seksueel-geweld");
                softly.assertThat(page.says("Centrum Seksueel Geweld|iets seksueels")).as(page.line()).isFalse();
            }
            if (!"unsure".equals(behaviour)) {
                softly.assertThat(page.says("iets seksueels\\?|wat voor gedrag|twijfel je wat")).as(page.line()).isFalse();
            }
            if (!List.of("yes", "unsure").contains(page.answered("recent"))) {
                softly.assertThat(page.says("7 dagen|\\bbel\\b[^.]*vandaag|vandaag[^.]*\\bbel")).as("no 7-day urgency: " + page.line())
                        .isFalse();
            }
            if (!"yes".equals(page.answered("told-organisation"))) {
                softly.assertThat(page.says("al verteld")).as(page.line()).isFalse();
            }
            if (!"unsure".equals(page.answered("recent"))) {
                softly.assertThat(page.says("niet (meer )?precies wanneer")).as(page.line()).isFalse();
            }
            if (List.of("relative", "unsure").contains(perpetrator)) {
                softly.assertThat(page.says("meenemen.*familie")).as("family may be the one: " + page.line()).isFalse();
                softly.assertThat(page.says("kan iemand van de zorg zijn.*familie")).as("family may be the one: "
                        + page.line()).isFalse();
            }
            if ("sexual".equals(behaviour)) {
                softly.assertThat(page.says("^Anders praat de organisatie")).as("sexual: no 'otherwise' " + page.line())
                        .isFalse();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client"})
    void clientTextsSpeakToThePersonItHappenedTo(String flow) {
        forEachPath(flow, (page, softly) -> softly.assertThat(page.sentencesMatching(
                        "wat je zag|zag of hoorde|\\bde cliënt\\b|bewaar bewijs|welk dossier|welke vragen je"))
                .as("written for a witness or for staff: " + page.line()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void difficultWordsAreExplainedForThisAudienceNotAsSomethingForStaff(String flow) {
        forEachPath(flow, (page, softly) -> CATALOG.glossary().termsIn(page.sentences()).forEach(term ->
                softly.assertThat(term.explanationFor(flow).nl()).as(term.term() + ": " + page.line())
                        .doesNotContainIgnoringCase("medewerkers")
                        .doesNotContainIgnoringCase("je eigen lijn")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void dangerLeadsWith112AndTheConversationGoesOn(String flow) {
        forEachPath(flow, (page, softly) -> {
            String danger = page.answered("acute-danger");
            if ("no".equals(danger)) {
                softly.assertThat(page.actionIds()).as(page.line()).doesNotContain("call-112");
            } else {
                softly.assertThat(page.actionIds().get(0)).as(page.line()).isEqualTo("call-112");
                softly.assertThat(page.given()).as("asked on after the danger answer: " + page.line())
                        .containsKeys("perpetrator", "behaviour");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void somethingSexualInTheLastSevenDaysPutsTheCentrumSeksueelGeweldFirst(String flow) {
        forEachPath(flow, (page, softly) -> {
            if (List.of("sexual", "unsure").contains(page.answered("behaviour"))
                    && List.of("yes", "unsure").contains(page.answered("recent"))) {
                List<String> calm = page.actionIds().stream().filter(id -> !id.equals("call-112")
                        && !id.equals("stop-behaviour")).toList();
                softly.assertThat(calm.get(0)).as(page.line()).isEqualTo("centrum-seksueel-geweld");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void whatHappenedIsAskedOnEveryPathUnderItsContractId(String flow) {
        forEachPath(flow, (page, softly) -> {
            softly.assertThat(page.given()).as(page.line()).containsKeys("acute-danger", "perpetrator", "behaviour");
            softly.assertThat(page.given().keySet()).as(page.line())
                    .allMatch(id -> List.of("acute-danger", "perpetrator", "behaviour", "recent", "told-organisation")
                            .contains(id), "a contract question");
        });
        assertThat(CATALOG.flow(flow).orElseThrow().questions()).extracting(q -> q.id())
                .doesNotContain("manager-sexual", "relative-sexual", "other-client-sexual");
    }
    /**
     * Misfit "unmarked own facts": what a page says about a national contact comes from
     * shared/domain/contacts.md, not from the sources. Wherever such a fact shows, an own-advice line names it.
     * Sentence pattern (Dutch) -> a word the own-advice line must hold.
     */
    private static final Map<String, String> CONTACT_FACTS = Map.of(
            "behandelt zelf geen klachten", "Landelijk Meldpunt Zorg",
            "zonder je naam|naam niet te noemen|anoniem", "anoniem",
            "politie alleen als", "politie alleen",
            "gratis|dag en nacht", "gratis",
            "0900-8844", "0900-8844");

    @ParameterizedTest
    @ValueSource(strings = {"client", "naaste"})
    void contactFactsFromContactsMdAreMarkedAsOwnAdvice(String flow) {
        forEachPath(flow, (page, softly) -> CONTACT_FACTS.forEach((fact, mark) -> {
            if (page.says(fact)) {
                softly.assertThat(page.ownAdviceLines()).as("'" + page.sentencesMatching(fact).get(0)
                        + "' is marked as own advice: " + page.line()).anyMatch(l -> l.contains(mark));
            }
        }));
    }
}
