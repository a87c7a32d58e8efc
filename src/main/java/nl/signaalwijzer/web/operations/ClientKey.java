package nl.signaalwijzer.web.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Turns a client address into a key that identifies nobody: SHA-256 over a random salt that lives
 * only in this process's memory. The same address maps to the same key until the server restarts;
 * nobody, including us, can turn a key back into an address.
 */
final class ClientKey {
    private final byte[] salt = new byte[32];

    ClientKey() {
        new SecureRandom().nextBytes(salt);
    }

    String of(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            // 128 bits are plenty to keep clients apart; shorter keys keep the cache small.
            byte[] digest = sha.digest();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
