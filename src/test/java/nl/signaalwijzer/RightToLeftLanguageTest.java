package nl.signaalwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adding a language is adding data (issue 19): the fixture folder {@code rtl-language} adds a right-to-left
 * language ({@code ar-x-proef}, Arabic words, pages in {@code lang="ar"}) with a languages.yaml, its page
 * words and the flow's texts, and nothing else. Served by the real server started as a deployer starts it
 * (FLOWS_DIR), its pages are right to left, the switch offers it by its own name, and the API answers in it
 * with the same ids as in Dutch. {@link LanguageTagNotInCodeTest} shows that no code knows the tag.
 */
class RightToLeftLanguageTest {
    static final Path FOLDER = Fixtures.RTL_LANGUAGE;
    static final String TAG = "ar-x-proef";
    static final String NAME = "العربية (proef)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DeployedServer server;

    @BeforeAll
    static void startAsADeployerWould() throws Exception {
        server = DeployedServer.withFlowsDir(FOLDER);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theStartPageInItIsRightToLeftInArabicWords() {
        HttpResponse<String> start = server.get("/?lang=" + TAG);
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "في خطر الآن؟ اتصل بـ 112", "غادر بسرعة",
                "<span class=\"choice-title\">صغير</span>", "name=\"lang\" value=\"" + TAG + "\"");
    }

    @Test
    void aConversationPageInItIsRightToLeftAndKeepsTheTagInItsForm() {
        HttpResponse<String> question = conversation("flow=tiny&lang=" + TAG + "&a=acute-danger%3Ano");
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "هل أنت قلق؟", "الشك يُحسب أيضًا.",
                "name=\"lang\" value=\"" + TAG + "\"").doesNotContain("Maak je je zorgen?");
        HttpResponse<String> outcome = conversation("flow=tiny&lang=" + TAG + "&a=acute-danger%3Ayes");
        assertThat(outcome.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "اتصل بـ 112", "السلامة أولًا.", "href=\"tel:112\"");
    }

    @Test
    void theSwitchListsItByItsOwnNameInItsOwnDirection() {
        assertThat(server.get("/").body()).contains("<html lang=\"nl\" dir=\"ltr\">",
                "<a href=\"./?lang=" + TAG + "\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">" + NAME + "</a>");
        assertThat(conversation("flow=tiny&lang=nl&a=acute-danger%3Ano").body()).contains(
                "<button class=\"link-button\" name=\"switch-lang\" value=\"" + TAG + "\" lang=\"ar\" dir=\"rtl\">" + NAME + "</button>");
        // and back: the Arabic page offers Dutch and English, each in its own direction
        assertThat(server.get("/?lang=" + TAG).body()).contains("lang=\"nl\" dir=\"ltr\">Nederlands</a>",
                "lang=\"en\" dir=\"ltr\">English</a>");
    }

    @Test
    void switchingKeepsTheAnswers() {
        HttpResponse<String> switched = conversation("flow=tiny&lang=nl&a=acute-danger%3Ano&switch-lang=" + TAG);
        assertThat(switched.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "هل أنت قلق؟", "هل هناك خطر الآن؟");
    }

    @Test
    void theApiListsTheTag() throws Exception {
        JsonNode flow = JSON.readTree(server.get("/api/v1/flows").body()).get("flows").get(0);
        assertThat(flow.get("id").asText()).isEqualTo("tiny");
        assertThat(flow.get("languages")).extracting(JsonNode::asText).containsExactly("nl", "en", TAG);
    }

    /** Every path through the flow, asked in Arabic and in Dutch: the same ids, other words. */
    @Test
    void everyConversationInItAnswersWithTheSameIdsAsInDutch() throws Exception {
        Deque<List<String>> toWalk = new ArrayDeque<>(List.of(List.of()));
        int answered = 0;
        while (!toWalk.isEmpty()) {
            List<String> answers = toWalk.pop();
            JsonNode dutch = api(answers, "nl");
            JsonNode arabic = api(answers, TAG);
            assertThat(arabic.get("lang").asText()).isEqualTo(TAG);
            assertThat(ids(arabic)).as("ids after %s", answers).isEqualTo(ids(dutch));
            String words = arabic.get("next").has("text") ? arabic.get("next").get("text").asText() : "";
            assertThat(words).as("the words after %s are Arabic", answers).containsPattern("\\p{IsArabic}");
            answered++;
            JsonNode next = arabic.get("next");
            if (next.get("type").asText().equals("question")) {
                for (JsonNode option : next.get("options")) {
                    List<String> longer = new ArrayList<>(answers);
                    longer.add(next.get("id").asText() + ":" + option.get("id").asText());
                    toWalk.push(longer);
                }
            }
        }
        assertThat(answered).as("the start, 3 answers to the first question, 3 to the second").isEqualTo(7);
    }

    private static HttpResponse<String> conversation(String form) {
        return server.post("/gesprek", "application/x-www-form-urlencoded", form);
    }

    private static JsonNode api(List<String> answers, String lang) throws Exception {
        List<Map<String, String>> list = answers.stream()
                .map(a -> Map.of("question", a.split(":")[0], "option", a.split(":")[1])).toList();
        HttpResponse<String> response = server.post("/api/v1/flows/tiny/conversation", "application/json",
                JSON.writeValueAsString(Map.of("answers", list, "lang", lang)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static final Set<String> ID_FIELDS = Set.of("flow", "version", "type", "id", "question", "option",
            "urgent", "phone");

    /** The answer without its words: every id-like field, with its path, in document order. */
    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        collect(answer, "", ids);
        return ids;
    }

    private static void collect(JsonNode node, String path, List<String> ids) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", ids);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (ID_FIELDS.contains(field.getKey()) && field.getValue().isValueNode()) {
                    ids.add(path + "." + field.getKey() + "=" + field.getValue().asText());
                } else {
                    collect(field.getValue(), path + "." + field.getKey(), ids);
                }
            }
        }
    }
}
