package nl.signaalwijzer.web.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.nayuki.qrcodegen.QrCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.ResolvedAction;

/**
 * A QR code a kiosk user can scan to take the outcome's public information home: its heading, the phone
 * numbers of exactly the contacts the page shows, and 112. The contacts depend on the path (conditional
 * actions), so the code is drawn into the outcome page itself (an inline SVG), never fetched from an
 * address: an address would have to name the path, i.e. carry what was answered. The page is no-store,
 * so the code leaves no more trace than the advice beside it. It carries no answer, only words any
 * path to the same advice shows.
 */
final class OutcomeQr {
    private static final int BORDER = 4;

    // Keyed by the text a code carries (the text is public advice, never an answer): the bundled flows on a
    // kiosk have thousands of outcome pages and fragments (4268 at 053228f) but only 114 distinct codes, and
    // drawing one takes about 5 ms cold (encoding, masks, path data). Those 114 weigh 1.1 M chars; bounded
    // by weight, not count, so an organisation with many long names cannot make it grow past a few MB.
    private final Cache<String, String> svgs = Caffeine.newBuilder()
            .maximumWeight(4L << 20).weigher((String text, String svg) -> text.length() + svg.length()).build();

    /**
     * The inline {@code <svg>} for a kiosk outcome page: an image with its accessible name ({@code label},
     * e.g. the page word {@code qrAlt}); attributes only, no style (strict CSP).
     *
     * @param shown the actions the page shows on this path, in order
     */
    String svg(String title, List<ResolvedAction> shown, Lang lang, String label, String danger) {
        String text = text(title, shown, lang, danger);
        return svgs.get(label + "\n" + text, k -> draw(QrCode.encodeText(text, QrCode.Ecc.MEDIUM), label));
    }

    /** Public text only: the heading, one line per contact shown with a real phone number, then 112 ({@code danger}). */
    static String text(String title, List<ResolvedAction> shown, Lang lang, String danger) {
        StringBuilder text = new StringBuilder(title);
        Set<String> lines = new LinkedHashSet<>();
        for (ResolvedAction action : shown) {
            for (Contact contact : action.contacts()) {
                // an example contact's number is a placeholder ("vul in"); the page shows its role only
                if (contact.phone() != null && !contact.example()) {
                    lines.add(contact.name().in(lang) + ": " + contact.phone());
                }
            }
        }
        lines.forEach(line -> text.append('\n').append(line));
        text.append('\n').append(danger);
        return text.toString();
    }

    /**
     * Each row's runs of dark modules as one-module-wide strokes of one path ({@code M4 9.5h7m2 0h1}: a
     * row, a run of 7, a gap of 2, a run of 1), on a white background. Every outcome page and fragment of
     * a kiosk is prepared and kept gzipped ({@link PreparedPages}), so the bytes count: measured on the
     * bundled flows' 114 codes, 4.6 KB a code, 1.1 KB gzipped, where one rectangle per run took 9.9 KB and
     * 2.2 KB, and one square per module about twice that. On the flows of 053228f the kiosk's pages took
     * 23.0 MiB with rectangles, over {@link PreparedPages#MAX_BYTES}.
     */
    static String draw(QrCode qr, String label) {
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            int end = -1; // where the row's last run ended; -1: none yet
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < qr.size && qr.getModule(x + run, y)) {
                    run++;
                }
                if (end < 0) {
                    // the stroke runs along the middle of the row: y + .5
                    path.append('M').append(x + BORDER).append(' ').append(y + BORDER).append(".5");
                } else {
                    path.append('m').append(x - end).append(" 0");
                }
                path.append('h').append(run);
                end = x + run;
                x = end;
            }
        }
        String name = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + name + "\" viewBox=\"0 0 "
                + size + " " + size + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\"><title>" + name
                + "</title><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path d=\"" + path
                + "\" stroke=\"#000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
