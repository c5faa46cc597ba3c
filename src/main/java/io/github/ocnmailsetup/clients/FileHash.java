package io.github.ocnmailsetup.clients;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, to tell whether it changed between two moments. */
final class FileHash {

    private FileHash() {
    }

    /** Whether a stored hash is a real SHA-256 (a missing or empty one never matches a file). */
    static boolean isValid(String hash) {
        return hash.matches("[0-9a-f]{64}");
    }

    /** Whether the stored hash is valid and is the hash of these bytes. */
    static boolean matches(String hash, byte[] bytes) {
        return isValid(hash) && hash.equals(sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
