package nl.signaalwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.flow.PageWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint [--strict] DIR}: every problem and every warning at once; warnings alone exit 0 unless --strict. */
class LintCommandTest {
    @TempDir
    Path dir;

    private void write(Path... overlays) throws Exception {
        for (Map.Entry<String, byte[]> file : Fixtures.read(Fixtures.FIXTURES.resolve("valid")).entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        for (Path overlay : overlays) {
            for (Map.Entry<String, byte[]> file : Fixtures.read(overlay).entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        }
    }

    private record Run(int exit, List<String> lines) {
    }

    private Run lint(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = App.lint(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theBundledFlowsPassLintWithTheirEasyReadTextsHeldToTheEasyReadRules() throws Exception {
        Run run = lint("flows");
        assertThat(run.lines()).as("no problem, easy-read ones included").noneMatch(line -> line.matches("[^ ]+:\\d+:\\d+: (?!warning|note).*"));
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).last().asString().startsWith("ok: 5 flows");
    }

    @Test
    void problemsAndWarningsAreAllPrintedAndProblemsFail() throws Exception {
        write(Fixtures.FIXTURES.resolve("broken/unknown-contact"), Fixtures.FIXTURES.resolve("readability/too-many-options"));
        Files.delete(dir.resolve("glossary.yaml")); // nothing explained, so the difficult words are warned about too
        Run run = lint(dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        // The page words (ui-text.yaml) are linted too, against the same (here: missing) glossary.
        assertThat(run.lines()).filteredOn(line -> !line.startsWith(PageWords.FILE)).containsExactly(
                "actions.yaml:2:5: action 'call-112' names contact 'alarm-113', which organisation.yaml does not define",
                "actions.yaml:9:33: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml",
                "organisation.yaml:8:16: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml",
                "tiny.yaml:18:5: warning: question 'worried' has 7 options; more than 6 are hard to choose from",
                "1 problem(s), 5 warning(s)");
        assertThat(run.lines()).filteredOn(line -> line.startsWith(PageWords.FILE))
                .map(line -> line.replaceFirst(":\\d+:\\d+:", ":L:C:")).containsExactlyInAnyOrder(
                        "ui-text.yaml:L:C: warning: 'igj' is a difficult word; explain it in glossary.yaml",
                        "ui-text.yaml:L:C: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml");
    }

    private static final String EXAMPLE_NOTE = "organisation.yaml:7:5: note: contact 'aandachtsfunctionaris' is still"
            + " an example; fill in its name, phone number and hours, then set example: false (until then outcomes"
            + " say the contacts are not filled in yet)";

    @Test
    void contactsStillMarkedAsExamplesAreReportedButDoNotFailEvenWhenStrict() throws Exception {
        write(Fixtures.FIXTURES.resolve("readability/glossary"));
        Run run = lint("--strict", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).containsOnlyOnce(EXAMPLE_NOTE);
        Path organisation = dir.resolve("organisation.yaml");
        Files.writeString(organisation, Files.readString(organisation).replace("example: true", "example: false")
                .replace("vul in: telefoonnummer", "030 123 45 67"));
        assertThat(lint(dir.toString()).lines()).noneMatch(line -> line.contains("note:"));
    }

    @Test
    void warningsAloneExitZeroUnlessStrict() throws Exception {
        write(Fixtures.FIXTURES.resolve("readability/glossary"));
        assertThat(lint(dir.toString())).isEqualTo(new Run(0, List.of(EXAMPLE_NOTE, "ok: 1 flows in " + dir + ", 0 warning(s)")));
        write(Fixtures.FIXTURES.resolve("readability/glossary"), Fixtures.FIXTURES.resolve("readability/too-many-options"));
        assertThat(lint(dir.toString()).exit()).isZero();
        assertThat(lint("--strict", dir.toString()).exit()).isEqualTo(1);
    }
}
