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
        // a group the flow folds is one fold with its title and how many steps it holds, closed as first shown
        assertThat(page).contains("<details class=\"fold phase-group\" id=\"phase-later\">\n    <summary><span"
                + " class=\"phase-title\">Later</span> <span class=\"phase-count\">1 stap</span></summary>");
        assertThat(page.indexOf("Meld het")).isLessThan(page.indexOf("id=\"phase-later\""));
        assertThat(page.indexOf("id=\"phase-later\"")).isLessThan(page.indexOf("Blijf alert"));
        assertThat(page).contains("<p class=\"who\">Meestal de bestuurder.</p>");
        assertThat(page).doesNotContain(">Daarna<"); // the usual "then" heading gives way to the groups
    }

    @Test
    void theDayFieldsBelongToAFormOfTheirOwnThatCarriesTheAnswersNotTheAddress() {
        String page = outcome("yes");
        assertThat(page).contains("<form method=\"post\" action=\"/gesprek#termijnen\" id=\"dates\">");
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
        // the answer to the form is in view: the folded group that holds it is open
        assertThat(page).contains("<details class=\"fold phase-group\" id=\"phase-later\" open>");
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
                .contains("<details class=\"fold phase-group\" id=\"phase-later\" open>") // what is wrong, in view
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
