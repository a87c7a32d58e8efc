package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API of the contract, against a real server with the tiny fixture flow. */
class ApiTest {
    private static final String TINY = "/api/v1/flows/tiny/conversation";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);


    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void listsTheFlows() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/flows");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode flow = json(response).get("flows").get(0);
        assertThat(flow.get("id").asText()).isEqualTo("tiny");
        assertThat(flow.get("title").asText()).isEqualTo("Klein");
        assertThat(flow.get("description").asText()).isEqualTo("Een kleine test.");
    }

    @Test
    void anEmptyAnswerListStartsTheConversation() throws Exception {
        JsonNode body = json(server.postJson(TINY, "{\"answers\":[]}"));
        assertThat(body.get("flow").asText()).isEqualTo("tiny");
        assertThat(body.get("version").asText()).matches("[0-9a-f]{10}");
        assertThat(body.get("lang").asText()).isEqualTo("nl");
        assertThat(body.get("transcript")).isEmpty();
        JsonNode next = body.get("next");
        assertThat(next.get("type").asText()).isEqualTo("question");
        assertThat(next.get("id").asText()).isEqualTo("acute-danger");
        assertThat(next.get("options")).extracting(o -> o.get("id").asText()).containsExactly("yes", "no", "unsure");
    }

    @Test
    void aQuestionCarriesItsHelpAndTheTranscriptItsLabelsInTheChosenLanguage() throws Exception {
        JsonNode body = json(server.postJson(TINY,
                "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"}],\"lang\":\"en\"}"));
        assertThat(body.get("lang").asText()).isEqualTo("en");
        JsonNode line = body.get("transcript").get(0);
        assertThat(line.get("question").asText()).isEqualTo("acute-danger");
        assertThat(line.get("text").asText()).isEqualTo("Is there danger now?");
        assertThat(line.get("option").asText()).isEqualTo("no");
        assertThat(line.get("label").asText()).isEqualTo("No");
        assertThat(body.get("next").get("help").asText()).isEqualTo("Doubt counts too.");
    }

    @Test
    void anOutcomeHasOrderedActionsWithContactsAndSources() throws Exception {
        JsonNode next = json(server.postJson(TINY,
                "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"yes\"}]}")).get("next");
        assertThat(next.get("type").asText()).isEqualTo("outcome");
        assertThat(next.get("id").asText()).isEqualTo("danger");
        assertThat(next.get("actions")).extracting(a -> a.get("id").asText()).containsExactly("call-112", "report-internally");
        JsonNode call = next.get("actions").get(0);
        assertThat(call.get("urgent").asBoolean()).isTrue();
        assertThat(call.get("contacts").get(0).get("phone").asText()).isEqualTo("112");
        assertThat(call.get("contacts").get(0).get("hours").asText()).isEqualTo("Altijd");
        assertThat(next.get("actions").get(1).get("urgent").asBoolean()).isFalse();
        assertThat(next.get("sources").get(0).get("ref").asText()).isEqualTo("Stap 1");
        assertThat(next.get("why").asText()).isEqualTo("Veiligheid eerst.");
    }

    @Test
    void anExampleContactIsItsRoleOnlyWithoutItsPlaceholderNumber() throws Exception {
        for (String lang : new String[] {"nl", "en"}) {
            JsonNode report = json(server.postJson(TINY, "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"yes\"}],"
                    + "\"lang\":\"" + lang + "\"}")).get("next").get("actions").get(1);
            assertThat(report.get("id").asText()).isEqualTo("report-internally");
            JsonNode contact = report.get("contacts").get(0);
            // organisation.yaml: phone "vul in: telefoonnummer", example: true
            assertThat(contact.get("name").asText()).isEqualTo("Aandachtsfunctionaris");
            assertThat(contact.get("example").asBoolean()).isTrue();
            assertThat(contact.has("phone")).as("a placeholder is no number, in %s", lang).isFalse();
            assertThat(contact.has("hours")).isFalse();
        }
    }

    @Test
    void anOutcomeUsesItsOwnTextForAnAction() throws Exception {
        JsonNode next = json(server.postJson(TINY, "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"},"
                + "{\"question\":\"worried\",\"option\":\"yes\"}]}")).get("next");
        assertThat(next.get("actions").get(0).get("text").asText()).isEqualTo("Meld het vandaag.");
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.");
    }

    @Test
    void aWrongQuestionIs400NamingTheAnswer() throws Exception {
        HttpResponse<String> response = server.postJson(TINY, "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"},"
                + "{\"question\":\"acute-danger\",\"option\":\"no\"}]}");
        assertError(response, 400, "wrong-question");
        assertThat(json(response).get("error").get("answer").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownOptionIs400NamingTheAnswer() throws Exception {
        HttpResponse<String> response = server.postJson(TINY, "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"maybe\"}]}");
        assertError(response, 400, "unknown-option");
        assertThat(json(response).get("error").get("answer").asInt()).isZero();
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertError(server.postJson(TINY, "{\"answers\":["), 400, "malformed-json");
        assertError(server.postJson(TINY, "{\"answers\":[]} trailing"), 400, "malformed-json");
        assertError(server.postJson(TINY, "{\"answers\":[],\"answers\":[]}"), 400, "malformed-json");
    }

    @Test
    void aRequestOfTheWrongShapeIs400() throws Exception {
        assertError(server.postJson(TINY, "[]"), 400, "invalid-request");
        assertError(server.postJson(TINY, "{}"), 400, "invalid-request");
        assertError(server.postJson(TINY, "{\"answers\":[{\"question\":\"acute-danger\"}]}"), 400, "invalid-request");
        assertError(server.postJson(TINY, "{\"answers\":[],\"lang\":\"fr\"}"), 400, "unknown-language");
        assertError(server.postJson(TINY, "{\"answers\":[],\"extra\":1}"), 400, "invalid-request");
    }

    @Test
    void brokenUtf8Is400() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri(TINY)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}))
                .build();
        assertError(server.send(request), 400, "invalid-utf8");
    }

    @Test
    void anUnknownFlowIs404() throws Exception {
        assertError(server.postJson("/api/v1/flows/nope/conversation", "{\"answers\":[]}"), 404, "unknown-flow");
        assertError(server.get("/api/v1/nothing"), 404, "not-found");
    }

    @Test
    void aBodyOver16KiBIs413() throws Exception {
        String big = "{\"answers\":[],\"lang\":\"" + "x".repeat(17 * 1024) + "\"}";
        assertError(server.postJson(TINY, big), 413, "body-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        assertError(server.post(TINY, "text/plain", "{\"answers\":[]}"), 415, "unsupported-media-type");
        assertError(server.post(TINY, "application/x-www-form-urlencoded", "answers="), 415, "unsupported-media-type");
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        assertError(server.send(HttpRequest.newBuilder(server.uri("/api/v1/flows"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build()), 405, "method-not-allowed");
    }

    @Test
    void tooManyAnswersAreRefusedBeforeReplaying() throws Exception {
        String answer = "{\"question\":\"acute-danger\",\"option\":\"no\"}";
        String many = "{\"answers\":[" + String.join(",", Collections.nCopies(101, answer)) + "]}";
        assertError(server.postJson(TINY, many), 400, "too-many-answers");
    }
}
