package nl.signaalwijzer.flow;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages every user-facing text is written in. */
public enum Lang {
    NL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> parse(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Lang lang : values()) {
            if (lang.code().equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
