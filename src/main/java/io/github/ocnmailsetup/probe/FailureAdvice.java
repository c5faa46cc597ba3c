package io.github.ocnmailsetup.probe;

import io.github.ocnmailsetup.domain.Text;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to tell the user about a failure, in order: what happened, the certificate the server presented if TLS
 * failed over it, and what to do. A server that broke a read bound ({@link ReplyLimitException}) gets its own
 * words: it is the server's fault, and waiting does not help.
 */
final class FailureAdvice {

    private FailureAdvice() {
    }

    static List<Text> of(FailureKind kind, @Nullable CertificateDetails certificate,
            ReplyLimitException.@Nullable Limit limit) {
        Text explanation = kind.explanation();
        Text remedy = kind.remedy();
        if (kind == FailureKind.SERVER_ERROR && limit != null) {
            explanation = ProbeText.of("failure.SERVER_ERROR.explanation." + limit.name());
            remedy = ProbeText.of("failure.SERVER_ERROR.remedy.limit");
        }
        return certificate == null
                ? List.of(explanation, remedy)
                : List.of(explanation, certificate.describe(), remedy);
    }
}
