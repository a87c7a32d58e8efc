package nl.signaalwijzer.web.rendering;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a prepared body is cut into more pieces than its marks need, so that what many pages have in common is
 * stored once ({@link PreparedPages}). A page deep in a conversation repeats every earlier turn: the same question
 * and answer at the same place stand on every page that took that path, and the outcome stands on every path to
 * it. Cut before each answer's hidden field, each turn of the transcript, where the transcript ends, before the
 * buttons under the conversation (their "previous question" names the depth) and at the end of each form; in the
 * API's JSON before each transcript entry and before what comes next.
 *
 * <p>A cut changes only how the bytes are stored, never the bytes: joined, the pieces are the page. A cut costs
 * each response a few bytes (a piece is compressed alone and ends with a sync flush), so only these places, where
 * the sharing is, are cut. Measured over every state of the bundled flows: all prepared bodies 19.3 MiB uncut,
 * 7.0 MiB cut here; what a response carries on average, gzipped: a page 5.3 KB uncut, 6.6 KB cut; a fragment 4.1
 * and 4.3 KB; the API's JSON 3.4 and 3.7 KB. Cutting also inside an outcome (before each folded action) took
 * 0.9 MiB more off and put 0.6 KB more on each page: not done. The patterns are the templates' own markup and the API's keys: flow text is escaped
 * ({@code <} in HTML, {@code "} in JSON), so it cannot hold one; and were one to match elsewhere, the page would
 * still be the same bytes.
 */
final class Cuts {
    private static final List<byte[]> BEFORE = List.of(
            bytes("<input type=\"hidden\" name=\"a\""),
            bytes("<li class=\"turn\">"),
            bytes("</ol>"),
            bytes("<div class=\"conversation-nav\">"),
            bytes("</form>"),
            bytes("{\"question\":\""),
            bytes(",\"next\":"));

    private Cuts() {
    }

    /** The offsets in {@code body[from, to)} before which it is cut, in order; never {@code from} itself. */
    static List<Integer> in(byte[] body, int from, int to) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            if (body[i] == '<' || body[i] == '{' || body[i] == ',') {
                for (byte[] pattern : BEFORE) {
                    if (startsAt(body, i, to, pattern)) {
                        cuts.add(i);
                        break;
                    }
                }
            }
        }
        return cuts;
    }

    private static boolean startsAt(byte[] body, int at, int to, byte[] pattern) {
        if (to - at < pattern.length) {
            return false;
        }
        for (int j = 0; j < pattern.length; j++) {
            if (body[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
