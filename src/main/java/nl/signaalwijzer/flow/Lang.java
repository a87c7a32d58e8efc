package nl.signaalwijzer.flow;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A language a text can be written in, by its tag ({@code nl}, {@code en}, {@code nl-x-easy}). Which
 * languages exist is data ({@link Languages}), not code: only the two every flow has by default are named
 * here, Dutch as the contract's default and English as the language of the API's error messages.
 */
public record Lang(String tag) {
    // before the constants below: they are checked against it
    /** Lowercase subtags of letters and digits, as in BCP 47 ({@code nl-x-easy}); nothing else reaches a page. */
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");

    /** The contract's default: every flow offers it, and a request that names no language gets it. */
    public static final Lang NL = new Lang("nl");
    /** The API's error messages are in English, for the developers who read them. */
    public static final Lang EN = new Lang("en");

    public Lang {
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("not a language tag: " + tag);
        }
    }

    /** The tag, as in {@code ?lang=} and the API's {@code "lang"}. */
    public String code() {
        return tag;
    }

    /** The language this tag names, if it is a well-formed tag; whether it is offered is for {@link Languages}. */
    public static Optional<Lang> parse(@Nullable String code) {
        return code != null && TAG.matcher(code).matches() ? Optional.of(new Lang(code)) : Optional.empty();
    }

    @Override
    public String toString() {
        return tag;
    }
}
