package nl.signaalwijzer.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.nayuki.qrcodegen.QrCode;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.ResolvedAction;
import org.jspecify.annotations.Nullable;

/**
 * A QR code a kiosk user can scan to take an outcome's public information home: its title and the
 * phone numbers of its contacts. It is built from the flow alone (flow id + outcome id), so it
 * cannot contain anyone's answers, and the same code serves everyone.
 */
final class OutcomeQr {
    private static final int BORDER = 4;

    // Keyed by flow version too, so changed flows never get a stale code.
    private final Cache<String, String> svgs = Caffeine.newBuilder().maximumSize(1_000).build();

    /** The SVG for this outcome, or null when the flow has no such outcome. */
    @Nullable String svg(FlowCatalog catalog, Flow flow, String outcomeId, Lang lang) {
        if (!(flow.node(outcomeId).orElse(null) instanceof Outcome outcome)) {
            return null;
        }
        String key = flow.id() + "/" + flow.version() + "/" + outcome.id() + "/" + lang.code();
        return svgs.get(key, k -> draw(QrCode.encodeText(text(catalog, outcome, lang), QrCode.Ecc.MEDIUM)));
    }

    /** Public text only: the outcome's heading, then one line per contact that has a real phone number. */
    static String text(FlowCatalog catalog, Outcome outcome, Lang lang) {
        StringBuilder text = new StringBuilder(outcome.title().in(lang));
        Set<String> lines = new LinkedHashSet<>();
        for (ResolvedAction action : catalog.actionsOf(outcome)) {
            for (Contact contact : action.contacts()) {
                if (contact.phone() != null && !contact.example()) {
                    lines.add(contact.name().in(lang) + ": " + contact.phone());
                }
            }
        }
        lines.forEach(line -> text.append('\n').append(line));
        text.append('\n').append(UiText.in(lang).get("danger"));
        return text.toString();
    }

    /** One path of unit squares on a white background; shapes need no style attribute (strict CSP). */
    static String draw(QrCode qr) {
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
