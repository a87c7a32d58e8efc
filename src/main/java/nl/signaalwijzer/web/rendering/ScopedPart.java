package nl.signaalwijzer.web.rendering;

import com.github.mustachejava.util.HtmlEscaper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.web.http.Json;

/**
 * A part of a page that differs per organisation or location: whom to call (the contacts of an action), the
 * note that some of them are not filled in yet, where "Snel weg" goes, and the contacts in the API's JSON. Nothing
 * else on a conversation page does: its links are relative to its scope ({@link SafetyShell#HERE}).
 *
 * <p>A page is rendered with each part's {@link #render} for the organisation it is for; or once for all of them,
 * with a marker in each part's place ({@link SplicedPages}), each part then rendered per organisation and put in.
 * Either way the bytes are the same: one function renders a part, whichever way the page is made. A part holds
 * only ids and public words of the flows (never an answer), so it is also a fine cache key.
 */
sealed interface ScopedPart {

    /** This part as {@code scope} shows it (its contacts; its quick exit and kiosk settings in {@code shell}). */
    String render(FlowCatalog scope, SafetyShell shell);

    /** Where an action's contacts stand: before its sentence, after it, or (urgent and folded actions) in one place. */
    enum Placement { BEFORE, AFTER, ONLY }

    /**
     * The contacts of one action, as the list a page shows (each contact once per page: {@code ids} are those not
     * shown above). Whether they stand before the sentence depends on their names, so on the organisation: an
     * urgent action, or one whose title names every one of them ("Bel het Centrum Seksueel Geweld").
     */
    record Contacts(Placement placement, List<String> ids, String title, boolean urgent, Lang lang) implements ScopedPart {
        public Contacts {
            ids = List.copyOf(ids);
        }

        @Override
        public String render(FlowCatalog scope, SafetyShell shell) {
            if (ids.isEmpty()) {
                return "";
            }
            List<Contact> contacts = ids.stream().map(scope::contact).toList();
            if (placement != Placement.ONLY && first(contacts) != (placement == Placement.BEFORE)) {
                return "";
            }
            String call = scope.words().word(lang, "call");
            StringBuilder html = new StringBuilder("<ul class=\"contacts\">");
            for (Contact contact : contacts) {
                ConversationView.ContactView view = ConversationView.contact(contact, shell.kiosk(), lang);
                html.append("<li class=\"contact").append(view.example() ? " example" : "").append("\">")
                        .append("<span class=\"contact-name\">").append(escape(view.name())).append("</span>");
                String phone = view.phone();
                String tel = view.tel();
                if (tel != null && phone != null) {
                    html.append(" <a class=\"tel\" href=\"").append(escape(tel)).append("\">").append(escape(call))
                            .append(' ').append(escape(phone)).append("</a>");
                } else if (phone != null) {
                    html.append(" <span class=\"phone\">").append(escape(phone)).append("</span>");
                }
                if (view.hours() != null) {
                    html.append(" <span class=\"hours\">").append(escape(view.hours())).append("</span>");
                }
                html.append("</li>");
            }
            return html.append("</ul>").toString();
        }

        /**
         * The contacts come before the sentence for an urgent action (in danger the number comes first; its title
         * says "Bel 112"), or when the title already names each of them; otherwise a role name would stand alone
         * before what to do.
         */
        private boolean first(List<Contact> contacts) {
            String lowerTitle = title.toLowerCase(Locale.ROOT);
            return urgent || contacts.stream().allMatch(c -> lowerTitle.contains(c.name().in(lang).toLowerCase(Locale.ROOT)));
        }
    }

    /** "Not filled in yet", said once on an outcome where a contact it shows is still an example. */
    record ExampleNote(List<String> ids, String note) implements ScopedPart {
        public ExampleNote {
            ids = List.copyOf(ids);
        }

        @Override
        public String render(FlowCatalog scope, SafetyShell shell) {
            boolean examples = ids.stream().map(scope::contact).anyMatch(Contact::example);
            return examples ? "<p class=\"example-note\">" + escape(note) + "</p>" : "";
        }
    }

    /** Where the "Snel weg" link goes without JavaScript: the organisation's neutral site, or a kiosk's start. */
    record QuickExit() implements ScopedPart {
        @Override
        public String render(FlowCatalog scope, SafetyShell shell) {
            return escape(shell.exitHref());
        }
    }

    /** An action's contacts in the API's JSON: an example contact is its role only, as on the page. */
    record JsonContacts(List<String> ids, Lang lang) implements ScopedPart {
        public JsonContacts {
            ids = List.copyOf(ids);
        }

        @Override
        public String render(FlowCatalog scope, SafetyShell shell) {
            List<Map<String, Object>> contacts = ids.stream().map(id -> ConversationJson.contact(scope.contact(id), lang))
                    .toList();
            try {
                return Json.MAPPER.writeValueAsString(contacts);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** As mustache escapes a {@code {{value}}}: a part is the same bytes as the template would have made. */
    static String escape(String text) {
        StringWriter out = new StringWriter(text.length() + 16);
        HtmlEscaper.escape(text, out);
        return out.toString();
    }
}
