package io.github.ocnmailsetup.app;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.OcnSettings;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSession;

/**
 * {@code --self-check}: proves, inside the runtime the app was packaged with, that it holds what the app needs
 * and a trimmed runtime may lack: ISO-2022-JP mail encoding, TLS 1.3 with elliptic-curve key exchange, Japanese
 * era dates, the operating system's trusted roots and the bundled OCN settings of the notice. It opens no window,
 * prints one line per check and returns 0 when all pass, 1 otherwise.
 */
public final class SelfCheck {

    static final String BUNDLE = "io.github.ocnmailsetup.app.selfcheck";

    /** The Japanese text encoded for mail: "日本語のメール" (Japanese mail). */
    static final String JAPANESE_SAMPLE = "\u65e5\u672c\u8a9e\u306e\u30e1\u30fc\u30eb";
    /** The era the formatted date must name: "令和" (Reiwa). */
    static final String REIWA = "\u4ee4\u548c";
    private static final byte[] JIS_X_0208_START = {0x1b, '$', 'B'};

    /** One line of the report. */
    record Result(String id, boolean passed, String detail) {
    }

    @FunctionalInterface
    interface Check {
        String run() throws Exception;
    }

    private SelfCheck() {
    }

    /** Runs every check, prints one line each to {@code out} in {@code locale}, and returns the exit code. */
    public static int run(PrintStream out, Locale locale) {
        List<Result> results = runAll();
        for (Result result : results) {
            out.println(line(result, locale));
        }
        boolean allPassed = results.stream().allMatch(Result::passed);
        out.println(I18n.format(BUNDLE, locale, allPassed ? "summary.passed" : "summary.failed",
                results.stream().filter(Result::passed).count(), results.size()));
        return allPassed ? 0 : 1;
    }

    /** Every check, in order. TLS named groups are pinned first, before anything touches TLS. */
    static List<Result> runAll() {
        LoopbackTlsHandshake.pinNamedGroups();
        List<Result> results = new ArrayList<>();
        results.add(attempt("charset", SelfCheck::iso2022jp));
        results.add(attempt("tls", SelfCheck::tls13WithEllipticCurves));
        results.add(attempt("era", SelfCheck::japaneseEra));
        results.add(attempt("roots", TrustedRoots::describe));
        results.add(attempt("settings", SelfCheck::bundledSettings));
        return results;
    }

    static String line(Result result, Locale locale) {
        return I18n.format(BUNDLE, locale, result.passed() ? "line.passed" : "line.failed",
                I18n.format(BUNDLE, locale, "check." + result.id()), result.detail());
    }

    static Result attempt(String id, Check check) {
        try {
            return new Result(id, true, check.run());
        } catch (Exception | LinkageError e) {
            return new Result(id, false, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static String iso2022jp() {
        Charset jis = Charset.forName("ISO-2022-JP");
        byte[] encoded = JAPANESE_SAMPLE.getBytes(jis);
        if (!startsWith(encoded, JIS_X_0208_START)) {
            throw new IllegalStateException("the encoded text does not start with ESC $ B");
        }
        String decoded = new String(encoded, jis);
        if (!decoded.equals(JAPANESE_SAMPLE)) {
            throw new IllegalStateException("the text did not survive a round trip");
        }
        return jis.name() + ", " + encoded.length + " bytes, round trip OK";
    }

    static String tls13WithEllipticCurves() throws Exception {
        SSLSession session = LoopbackTlsHandshake.run();
        if (!"TLSv1.3".equals(session.getProtocol())) {
            throw new IllegalStateException("negotiated " + session.getProtocol() + ", not TLSv1.3");
        }
        return session.getProtocol() + ", " + session.getCipherSuite() + ", groups "
                + LoopbackTlsHandshake.NAMED_GROUPS + " only";
    }

    static String japaneseEra() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("GGGGy-M-d", Locale.forLanguageTag("ja-JP"));
        String formatted = formatter.format(JapaneseDate.of(2019, 5, 1));
        if (!formatted.startsWith(REIWA)) {
            throw new IllegalStateException("2019-05-01 formatted as " + formatted);
        }
        return "2019-05-01 = " + formatted;
    }

    static String bundledSettings() {
        OcnSettings settings = OcnSettings.bundled();
        return "POP " + settings.pop() + ", SMTP " + settings.smtp() + ", notice " + settings.noticeDate();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
