package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;
import java.time.Instant;

/**
 * The certificate a server presented, for the user and for support: whom it names, who issued it, when it
 * is valid and its SHA-256 fingerprint. Shown when TLS failed, so the user can tell their antivirus's
 * certificate from an attack, and told not to accept it blindly. The names are display-safe: their control
 * characters are made visible ({@link ServerText}) when the details are read from the certificate.
 */
public record CertificateDetails(String subject, String issuer, Instant notBefore, Instant notAfter,
        String sha256Fingerprint) {

    /** The details in a sentence for the user. */
    public Text describe() {
        return ProbeText.of("certificate.details", subject, issuer, notBefore.toString(), notAfter.toString(),
                sha256Fingerprint);
    }
}
