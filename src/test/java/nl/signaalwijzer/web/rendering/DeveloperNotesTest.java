package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a phone loads is our style sheet and scripts without the notes for developers, and nothing else changes. */
class DeveloperNotesTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);

    @Test
    void aStyleSheetLosesItsCommentsAndIndentationButNoRule() {
        String css = "/* colours:\n   calm */\n:root {\n  --bg: #fff; /* paper */\n}\n\n\na { color: red; }\n";
        assertThat(served("css/app.css", css)).isEqualTo(":root {\n--bg: #fff; \n}\na { color: red; }\n");
    }

    @Test
    void aScriptLosesWholeCommentLinesOnly() {
        String js = "// why this script exists\n(function () {\n  // the neutral site\n"
                + "  var url = \"https://example.org\"; // kept: after code, it might sit in a string\n})();\n";
        assertThat(served("js/x.js", js)).isEqualTo(
                "(function () {\nvar url = \"https://example.org\"; // kept: after code, it might sit in a string\n})();\n");
    }

    @Test
    void aScriptWithATemplateLiteralIsServedAsItIs() {
        String js = "// note\nvar s = `two\n  lines`;\n";
        assertThat(served("js/x.js", js)).isEqualTo(js);
    }

    @Test
    void otherFilesAreServedAsTheyAre() {
        String svg = "<svg>\n  <!-- kept -->\n</svg>\n";
        assertThat(served("icons/x.svg", svg)).isEqualTo(svg);
    }

    @Test
    void theServedFilesHaveNoNotesLeftAndKeepEveryRuleAndStatement() throws IOException {
        for (String file : new String[] {"css/app.css", "js/chat.js", "js/safety.js"}) {
            String source = Files.readString(Path.of("static", file));
            String served = server.get("/static/" + file).body();
            assertThat(served).as(file).doesNotContain("/*").doesNotContainPattern("(?m)^\\s*//")
                    .doesNotContainPattern("(?m)^[ \\t]");
            // Every line of code is still there, in order: only notes and indentation went (and a style
            // sheet's url(/static/...) became its content-hashed URL).
            String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^[ \t]*//[^\n]*\n", "");
            assertThat(served.replaceAll("(/static/[\\w/-]+)\\.[0-9a-f]{10}\\.", "$1.").lines().toList()).as(file)
                    .isEqualTo(code.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
    }

    private static String served(String path, String text) {
        return new String(DeveloperNotes.without(path, text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
