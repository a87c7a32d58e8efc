package nl.signaalwijzer.diagram;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.FlowFiles;

/**
 * A generated flow of 42 nodes (20 questions, 22 outcomes) with long Dutch texts, many arrows into one
 * shared outcome, and text that must be escaped: the size the issue asks a diagram to stay readable at.
 */
final class SyntheticFlow {
    static final int QUESTIONS = 20;

    private SyntheticFlow() {
    }

    static FlowFiles files() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        files.remove("tiny.yaml");
        files.put("big.yaml", yaml().getBytes(StandardCharsets.UTF_8));
        return new FlowFiles("synthetic", files);
    }

    static String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("id: big\ntitle: {nl: \"Groot <schema> & \\\"test\\\"\", en: \"Big <diagram> & test\"}\n")
                .append("description: {nl: \"Veertig vakken.\", en: \"Forty boxes.\"}\nstart: q1\nquestions:\n");
        for (int i = 1; i <= QUESTIONS; i++) {
            y.append("  - id: q").append(i).append('\n')
                    .append("    text: {nl: \"Vraag ").append(i).append(": heeft iemand iets gezien of gehoord wat niet goed voelt bij de cliënt?\", en: \"Question ")
                    .append(i).append("?\"}\n    options:\n");
            option(y, "yes", "Ja, dat heb ik zelf gezien", child(2 * i));
            option(y, "no", "Nee <niet> & \\\"nooit\\\"", child(2 * i + 1));
            option(y, "unsure", "Weet ik niet", "consult");
        }
        y.append("outcomes:\n");
        outcome(y, "consult", "Bespreek het met de aandachtsfunctionaris");
        for (int leaf = QUESTIONS + 1; leaf <= 2 * QUESTIONS + 1; leaf++) {
            if (leaf > QUESTIONS) {
                outcome(y, "o" + leaf, "Advies nummer " + leaf + ": meld het intern en schrijf de feiten op");
            }
        }
        return y.toString();
    }

    private static String child(int index) {
        return index <= QUESTIONS ? "q" + index : "o" + index;
    }

    private static void option(StringBuilder y, String id, String label, String next) {
        y.append("      - id: \"").append(id).append("\"\n        label: {nl: \"").append(label)
                .append("\", en: \"").append(id).append("\"}\n        next: ").append(next).append('\n');
    }

    private static void outcome(StringBuilder y, String id, String title) {
        y.append("  - id: ").append(id).append('\n')
                .append("    title: {nl: \"").append(title).append("\", en: \"Advice\"}\n")
                .append("    text: {nl: \"Tekst.\", en: \"Text.\"}\n")
                .append("    actions:\n      - action: report-internally\n      - action: stay-alert\n")
                .append("    why: {nl: \"Stap 2.\", en: \"Step 2.\"}\n")
                .append("    next-steps: {nl: \"Een gesprek.\", en: \"A talk.\"}\n")
                .append("    always: {nl: \"Je mag altijd melden.\", en: \"You may always report.\"}\n")
                .append("    sources:\n      - title: \"Leidraad\"\n        ref: \"Stap 2\"\n");
    }
}
