package io.github.ocnmailsetup.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Every form in which the check's login could come back in a server's reply, to be scrubbed from what the check
 * writes (report, log, output): the password as typed, the SMTP {@code AUTH PLAIN} token (with and without the
 * authorization identity Angus Mail sends), the {@code AUTH LOGIN} tokens, and the base64 of the password at each
 * of the three byte alignments it can have inside a longer base64 text (the characters that depend on the
 * password's bytes alone).
 */
final class SecretForms {

    /** Shorter forms would scrub ordinary text by chance; the plain password keeps the old bound of 3. */
    private static final int MIN_ENCODED_LENGTH = 4;
    private static final int MIN_PASSWORD_LENGTH = 3;

    private final List<String> secrets = new ArrayList<>();
    private final List<String> addressForms = new ArrayList<>();

    /** The forms of {@code password} and of the login name {@code user}. */
    SecretForms(String user, String password) {
        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
        if (!password.isEmpty()) {
            secrets.add(base64(concat(userBytes, new byte[] {0}, userBytes, new byte[] {0}, passwordBytes)));
            secrets.add(base64(concat(new byte[] {0}, userBytes, new byte[] {0}, passwordBytes)));
            secrets.add(base64(passwordBytes));
            for (int alignment = 0; alignment < 3; alignment++) {
                String inner = innerBase64(passwordBytes, alignment);
                if (inner.length() >= MIN_ENCODED_LENGTH) {
                    secrets.add(inner);
                }
            }
        }
        if (password.length() >= MIN_PASSWORD_LENGTH) {
            secrets.add(password);
        }
        secrets.removeIf(s -> s.length() < MIN_PASSWORD_LENGTH);
        secrets.sort(Comparator.comparingInt(String::length).reversed()); // the longest first: whole tokens
        addressForms.add(base64(userBytes));
    }

    /** {@code text} with every secret form replaced by {@code [secret]}, the encoded login by {@code [address]}. */
    String scrub(String text) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "[secret]");
        }
        for (String address : addressForms) {
            result = result.replace(address, "[address]");
        }
        return result;
    }

    /** The forms, longest first (for tests). */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    /**
     * The base64 characters that come from {@code bytes} alone when they start {@code alignment} bytes into a
     * three-byte group: the characters whose six bits all lie inside the password's bits.
     */
    static String innerBase64(byte[] bytes, int alignment) {
        byte[] padded = concat(new byte[alignment], bytes, new byte[2]);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(padded);
        long firstBit = 8L * alignment;
        long endBit = 8L * (alignment + bytes.length);
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            if (6L * i >= firstBit && 6L * i + 6 <= endBit) {
                inner.append(encoded.charAt(i));
            }
        }
        return inner.toString();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
