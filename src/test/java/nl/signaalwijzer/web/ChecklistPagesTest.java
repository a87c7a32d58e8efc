package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A checklist outcome over HTTP ({@code fixtures/checklist/list.yaml}): the steps under their time groups,
 * who usually does each, and the days a user types in turned into dates, by a plain form post that keeps the
 * day out of the address, the answers and the API.
 */
class ChecklistPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::checklistFixture);

    private static String outcome(String established, String... more) {
        StringBuilder body = new StringBuilder(answersForm("list", List.of("established:" + established)));
        for (int i = 0; i < more.length; i += 2) {
            body.append('&').append(TestServer.form(more[i], more[i + 1]));
        }
        HttpResponse<String> page = server.postForm("/gesprek", body.toString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static String withDay(String day) {
        return outcome("yes", "dates", "1", "day-established-on", day);
    }

    @Test
    void theStepsAfterTheFirstStandUnderTheirTimeGroupWithWhoUsuallyDoesThem() {
        String page = outcome("yes");
        // the first group under the first step lists its steps, though the flow folds it ('fold: true'): what comes
        // next stays in view (the receiver's flow below shows the later groups folded)
        assertThat(page).contains("<h3 class=\"then phase\" id=\"phase-later\">Later</h3>")
                .doesNotContain("phase-group");
        assertThat(page.indexOf("Meld het")).isLessThan(page.indexOf("id=\"phase-later\""));
        assertThat(page.indexOf("id=\"phase-later\"")).isLessThan(page.indexOf("Blijf alert"));
        assertThat(page).contains("<p class=\"who\">Meestal de bestuurder.</p>");
        assertThat(page).doesNotContain(">Daarna<"); // the usual "then" heading gives way to the groups
    }

    @Test
    void theDayFieldsBelongToAFormOfTheirOwnThatCarriesTheAnswersNotTheAddress() {
        String page = outcome("yes");
        assertThat(page).contains("<form method=\"post\" action=\"./gesprek#termijnen\" id=\"dates\">");
        Matcher dates = Pattern.compile("(?s)<form[^>]*id=\"dates\">(.*?)</form>").matcher(page);
        assertThat(dates.find()).isTrue();
        assertThat(dates.group(1)).contains("name=\"a\" value=\"established:yes\"", "name=\"flow\" value=\"list\"");
        // Enter in the field sends this form, never the chat form's first button (an answer to change)
        assertThat(page).containsPattern("<input type=\"date\" id=\"day-established-on\" name=\"day-established-on\""
                + " value=\"\" form=\"dates\" autocomplete=\"off\">");
        assertThat(page).contains("<button type=\"submit\" class=\"secondary\" name=\"dates\" value=\"1\" form=\"dates\">"
                + "Reken de data uit</button>");
    }

    @Test
    void aTypedDayBecomesTheLastWorkingDayAndTheLastCalendarDay() {
        // Thursday 3 December 2026: Friday 4, Monday 7, Tuesday 8 are the three working days
        String page = withDay("2026-12-03");
        assertThat(page).contains("<p class=\"due\">Uiterlijk op dinsdag 8 december 2026</p>"); // the first step, open
        // 42 calendar days after it
        assertThat(page).contains("<span class=\"due\">Uiterlijk op donderdag 14 januari 2027</span>");
        assertThat(page).contains("<li><strong>Meld het</strong>: uiterlijk op dinsdag 8 december 2026</li>");
        assertThat(page).contains("value=\"2026-12-03\" form=\"dates\"");
    }

    @Test
    void aDayWrittenTheDutchWayIsReadToo() {
        assertThat(withDay("3-12-2026")).contains("Uiterlijk op dinsdag 8 december 2026");
        assertThat(withDay("3/12/2026")).contains("Uiterlijk op dinsdag 8 december 2026");
    }

    @Test
    void inEnglishTheDateIsWrittenInEnglish() {
        String page = outcome("yes", "lang", "en", "dates", "1", "day-established-on", "2026-12-03");
        assertThat(page).contains("At the latest on Tuesday 8 December 2026");
    }

    @Test
    void aDayThatCannotBeReadIsSaidCalmlyBesideTheField() {
        for (String typed : List.of("morgen", "31-02-2026", "2026-13-01", "1-1-1850")) {
            String page = withDay(typed);
            assertThat(page).as(typed).contains("Deze dag kunnen we niet lezen. Schrijf dag, maand en jaar, zo: 5-12-2026.")
                    .contains("aria-invalid=\"true\" aria-describedby=\"day-established-on-error\"")
                    .doesNotContain("Uiterlijk op");
        }
        assertThat(withDay("x".repeat(500))).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    /** A date field sends nothing for a day typed only in part: the page says so, instead of showing nothing new. */
    @Test
    void aFormSentWithoutADayAsksForAWholeDay() {
        String page = withDay("");
        assertThat(page).contains("<span class=\"day-error\" id=\"day-established-on-error\">"
                        + "Vul een hele dag in: dag, maand en jaar.</span>")
                .contains("aria-invalid=\"true\" aria-describedby=\"day-established-on-error\"")
                .doesNotContain("Uiterlijk op");
        assertThat(outcome("yes")).as("not before the form is sent").doesNotContain("Vul een hele dag in");
    }

    @Test
    void withoutATypedDayNoDateIsShownAndADeadlineThatDoesNotHoldAsksForNoDay() {
        assertThat(outcome("yes")).doesNotContain("Uiterlijk op");
        // established=no: the report has no deadline, but 'Blijf alert' still counts from the day
        String suspected = outcome("no", "dates", "1", "day-established-on", "2026-12-03");
        assertThat(suspected).doesNotContain("Uiterlijk op dinsdag 8 december 2026")
                .contains("<span class=\"due\">Uiterlijk op donderdag 14 januari 2027</span>");
    }

    @Test
    void theResponseIsNeverStoredAndTheDayIsNoPartOfTheApi() throws Exception {
        HttpResponse<String> page = server.postForm("/gesprek", answersForm("list", List.of("established:yes"))
                + "&dates=1&day-established-on=2026-12-03");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        HttpResponse<String> api = server.postJson("/api/v1/flows/list/conversation",
                "{\"answers\":[{\"question\":\"established\",\"option\":\"yes\"}]}");
        JsonNode actions = JSON.readTree(api.body()).get("next").get("actions");
        assertThat(actions.get(0).get("phase").get("id").asText()).isEqualTo("today");
        assertThat(actions.get(0).get("phase").get("title").asText()).isEqualTo("Vandaag");
        assertThat(actions.get(0).get("who").asText()).isEqualTo("Meestal de bestuurder.");
        assertThat(api.body()).doesNotContain("established-on").doesNotContain("deadline");
    }

    @Test
    void theStartPageOffersAFlowForStaffOnlyApartAfterTheRoutesForTheWorried() {
        String start = server.get("/").body();
        assertThat(start).contains("<h2 id=\"receiving\">");
        assertThat(start.indexOf("id=\"who\"")).isLessThan(start.indexOf("id=\"receiving\""));
        assertThat(start.indexOf("id=\"receiving\"")).isLessThan(start.indexOf("value=\"list\""));
    }

    /**
     * The receiver's own flow, up to fifteen steps: each later time group is one fold with its count, so the page
     * stays one screen to act on a phone; the group with the day fields opens once they were sent (also without a
     * day), so the answer to the form is in view.
     */
    @Nested
    class OnTheReceiversFlow {
        @RegisterExtension
        static final TestServer real = TestServer.perClass(Fixtures::realCatalog);

        private static final List<String> TOUCHING = List.of("acute-danger:no", "perpetrator:staff",
                "conflict-of-interest:no", "behaviour:sexual", "recent:yes", "established:yes");
        private static final String TIME_FRAMES = "<details class=\"fold phase-group\" id=\"phase-time-frames\"";

        private static String page(List<String> answers, String more) {
            HttpResponse<String> page = real.postForm("/gesprek", answersForm("ontvanger", answers) + more);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            return page.body();
        }

        @Test
        void theLaterGroupsAreFoldsWithTheirCountClosedAsFirstShown() {
            String page = page(TOUCHING, "");
            assertThat(page).contains("<h3 class=\"then phase\" id=\"phase-now\">Nu</h3>")
                    .contains("<details class=\"fold phase-group\" id=\"phase-today\">\n    <summary><span"
                            + " class=\"phase-title\">Vandaag</span> <span class=\"phase-count\">2 stappen</span></summary>")
                    .contains(TIME_FRAMES + ">").doesNotContain(" open>");
            assertThat(page.indexOf(TIME_FRAMES)).as("the day fields in their group").isLessThan(page.indexOf("id=\"termijnen\""));
        }

        @Test
        void theGroupWithTheDayFieldsOpensOnceTheyWereSentAlsoWithoutADay() {
            String sent = page(TOUCHING, "&dates=1&day-established-on=2026-12-03");
            assertThat(sent).contains(TIME_FRAMES + " open>")
                    .contains("<li><strong>Meld het bij de IGJ</strong>: uiterlijk op dinsdag 8 december 2026</li>");
            assertThat(sent.split(" open>", -1)).as("only that group").hasSize(2);
            assertThat(page(TOUCHING, "&dates=1&day-established-on=")).contains(TIME_FRAMES + " open>")
                    .contains("Vul een hele dag in");
        }

        /** Nothing else for now (no danger, nothing recent): today's steps, such as the police, stay in view. */
        @Test
        void whereNothingElseIsForNowTodaysStepsAreListed() {
            String page = page(List.of("acute-danger:no", "perpetrator:staff", "conflict-of-interest:no",
                    "behaviour:physical", "possibly-criminal:yes", "established:yes"), "");
            assertThat(page).doesNotContain("id=\"phase-now\"")
                    .contains("<h3 class=\"then phase\" id=\"phase-today\">Vandaag</h3>")
                    .contains("<details class=\"fold phase-group\" id=\"phase-this-week\">");
            assertThat(page.indexOf("id=\"phase-today\"")).isLessThan(page.indexOf("De organisatie overlegt eerst met de politie"));
        }
    }

    /** A kiosk in a hall is for clients and visitors: the flow for staff only is not there. */
    @Nested
    class OnAKiosk {
        @RegisterExtension
        static final TestServer kiosk = TestServer.perClass(Fixtures::checklistOnKiosk);

        @Test
        void theStartPageDoesNotListItAndItsFormIsAnUnknownFlow() {
            assertThat(kiosk.get("/").body()).doesNotContain("value=\"list\"").doesNotContain("id=\"receiving\"");
            HttpResponse<String> page = kiosk.postForm("/gesprek", answersForm("list", List.of()));
            assertThat(page.statusCode()).isEqualTo(404);
        }
    }
}
