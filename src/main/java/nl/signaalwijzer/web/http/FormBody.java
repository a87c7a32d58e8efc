package nl.signaalwijzer.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An {@code application/x-www-form-urlencoded} body, decoded strictly: a bad %-escape or broken
 * UTF-8 is a 400 rather than a silently mangled answer. Keeps repeated fields in order.
 */
public record FormBody(List<Map.Entry<String, String>> fields) {

    public static FormBody parse(byte[] body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        if (raw.isEmpty()) {
            return new FormBody(fields);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.add(Map.entry(name, value));
        }
        return new FormBody(fields);
    }

    private static String decode(String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= part.length()) {
                    throw RequestBody.brokenText();
                }
                int hi = Character.digit(part.charAt(i + 1), 16);
                int lo = Character.digit(part.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw RequestBody.brokenText();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return RequestBody.utf8(out.toByteArray());
    }

    public List<String> all(String name) {
        return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** The last value of a field, or null; the last wins so a clicked button overrides a hidden field. */
    public @Nullable String last(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
