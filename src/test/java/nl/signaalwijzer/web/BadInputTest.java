package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static nl.signaalwijzer.TestServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tampered, junk and misdirected requests: each gets its own 4xx and a calm way to start again. */
class BadInputTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);


    private static void assertPage(HttpResponse<String> page, int status) {
        assertThat(page.statusCode()).as(page.request().method() + " " + page.request().uri()).isEqualTo(status);
        assertThat(page.body()).contains("Dat lukte niet", "Opnieuw beginnen", "href=\"/?lang=", "tel:112", "Snel weg")
                .doesNotContain("Exception", "\tat ", "java.", "jetty");
    }

    private static void assertJson(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"error\":{\"code\":\"" + code + "\"").doesNotContain("Exception", "\tat ");
    }

    @Test
    void tamperedHiddenFieldsAndUnknownIds() {
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:<script>"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("no-such-question:yes"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of(":yes"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:"))), 400);
        assertPage(server.postForm("/gesprek", form("flow", "../../etc/passwd")), 404);
        assertPage(server.postForm("/gesprek", form("flow", "tiny", "lang", "fr")), 400);
        assertPage(server.postForm("/gesprek", form("flow", "tiny", "edit", "-1", "a", "acute-danger:no")), 400);
        assertPage(server.postForm("/gesprek", form("flow", "tiny", "edit", "x")), 400);
    }

    @Test
    void answersOutOfOrderDuplicatedOrAbsurdlyMany() {
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("worried:yes", "acute-danger:no"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:no", "acute-danger:no"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:yes", "worried:yes"))), 400);
        assertPage(server.postForm("/gesprek", answersForm("tiny", Collections.nCopies(101, "acute-danger:no"))), 400);
        List<String> json = new ArrayList<>(Collections.nCopies(101, "{\"question\":\"acute-danger\",\"option\":\"no\"}"));
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[" + String.join(",", json) + "]}"),
                400, "too-many-answers");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation",
                "{\"answers\":[{\"question\":\"worried\",\"option\":\"yes\"}]}"), 400, "wrong-question");
    }

    @Test
    void missingFieldsWrongTypesAndBrokenText() {
        assertPage(server.postForm("/gesprek", ""), 400);
        assertPage(server.postForm("/gesprek", "a=acute-danger%3Ano"), 400);
        assertPage(server.postForm("/gesprek", "flow=tiny&a=%C3%28"), 400);
        assertPage(server.postForm("/gesprek", "flow=tiny&a=%"), 400);
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{}"), 400, "invalid-request");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "[]"), 400, "invalid-request");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":\"x\"}"), 400, "invalid-request");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[1]}"), 400, "invalid-request");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[],\"lang\":7}"), 400, "unknown-language");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[],\"x\":1}"), 400, "invalid-request");
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[]} junk"), 400, "malformed-json");
        assertJson(server.send(HttpRequest.newBuilder(server.uri("/api/v1/flows/tiny/conversation"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
                .build()), 400, "invalid-utf8");
    }

    @Test
    void wrongContentTypesAndOversizedBodies() {
        assertPage(server.post("/gesprek", "multipart/form-data; boundary=x", "--x--"), 415);
        assertPage(server.post("/gesprek", "application/json", "{}"), 415);
        assertPage(server.post("/gesprek", ";", "flow=tiny"), 415); // once a 500: ";".split(";") is empty
        assertJson(server.post("/api/v1/flows/tiny/conversation", "application/x-www-form-urlencoded", "answers="), 415,
                "unsupported-media-type");
        assertPage(server.postForm("/gesprek", "flow=tiny&pad=" + "x".repeat(16 * 1024)), 413);
        assertJson(server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[],\"lang\":\"" + "x".repeat(17_000) + "\"}"),
                413, "body-too-large");
        // Without a Content-Length (chunked), the cap still holds. The server answers 413 before the
        // client has sent everything, so the client may instead see the connection closed under it.
        try {
            HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                            new java.io.ByteArrayInputStream(("flow=tiny&x=" + "y".repeat(40_000)).getBytes())))
                    .build());
            assertPage(chunked, 413);
        } catch (IllegalStateException closedWhileSending) {
            assertThat(closedWhileSending).hasCauseInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void methodsThatAreNotAllowed() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/", "/gesprek", "/privacy", "/snel-weg")) {
                assertPage(server.send(HttpRequest.newBuilder(server.uri(path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build()), 405);
            }
            assertJson(server.send(HttpRequest.newBuilder(server.uri("/api/v1/flows"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build()), 405, "method-not-allowed");
        }
        assertJson(server.get("/api/v1/flows/tiny/conversation"), 405, "method-not-allowed");
        assertPage(server.postForm("/privacy", "x=1"), 405);
    }
}
