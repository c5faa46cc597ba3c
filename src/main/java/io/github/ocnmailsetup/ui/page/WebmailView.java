package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.EligibilityPolicy;
import io.github.ocnmailsetup.domain.EligibilityAnswer;
import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * The webmail page: the notice's 「Webメール(ブラウザ)で…特別な設定は不要」, said kindly. The words come from
 * {@link EligibilityPolicy}, which knows that webmail users need nothing whatever their address.
 */
public final class WebmailView {

    private final PageContext context;
    @FXML private Label reason;
    @FXML private Label next;

    public WebmailView(PageContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        EligibilityOutcome outcome = EligibilityPolicy.bundled().decide(MailUse.WEBMAIL_ONLY,
                new EligibilityAnswer(AddressOrigin.OLDER_ADDRESS, Optional.empty(), VersionUp.UNKNOWN));
        reason.setText(context.words(outcome.reason()));
        next.setText(context.words(outcome.nextStep()));
    }
}
