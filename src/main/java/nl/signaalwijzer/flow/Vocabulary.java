package nl.signaalwijzer.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stable ids of the API contract (v1): which action ids exist, and the options of contract questions. */
final class Vocabulary {

    static final Set<String> ACTIONS = Set.of(
            "call-112", "stop-behaviour", "address-directly", "observe", "consult", "report-internally",
            "police", "record-facts", "stay-alert", "confidential-adviser", "meldcode", "veilig-thuis",
            "trusted-person", "complaint", "report-to-organisation", "landelijk-meldpunt-zorg",
            "centrum-seksueel-geweld", "police-report", "talk-to-someone", "keep-boundaries",
            "decline-contact", "transfer-care", "cooling-off", "stop-contact");

    static final String UNSURE = "unsure";

    private static final List<String> YES_NO = List.of("yes", "no", UNSURE);

    /** Contract question id -> its exact options. A flow that asks one of these must offer exactly these. */
    static final Map<String, List<String>> QUESTIONS = questions();

    private static Map<String, List<String>> questions() {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("acute-danger", YES_NO);
        q.put("perpetrator", List.of("staff", "volunteer", "manager", "relative", "client", UNSURE));
        q.put("behaviour", List.of("neglect", "psychological", "physical", "sexual", "financial", UNSURE));
        q.put("signals-clear", YES_NO);
        q.put("serious-harm", YES_NO);
        q.put("possibly-criminal", YES_NO);
        q.put("can-address", YES_NO);
        q.put("recent", YES_NO);
        q.put("told-organisation", YES_NO);
        q.put("situation", List.of("feelings", "contact-outside-work", "social-media", "relationship",
                "after-care-ended", "overload", UNSURE));
        return Map.copyOf(q);
    }

    private Vocabulary() {
    }
}
