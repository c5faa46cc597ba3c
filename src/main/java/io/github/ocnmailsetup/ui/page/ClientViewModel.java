package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuidance;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;

/**
 * Page 5: which mail software, and does the user keep mail on the server? For those who keep it, the notice's
 * 「1)事前にご確認いただきたい設定」 comes first: both settings in that software's own words
 * ({@link RetentionGuidance}), each confirmed with "I have set this". "I don't know" is an answer too, and gets the
 * safe settings (keep, don't delete on the server). The check's message count is a hint beside the question, never
 * an answer chosen for the user.
 */
public final class ClientViewModel {

    private final ObjectProperty<MailClient> client = new SimpleObjectProperty<>();
    private final ObjectProperty<RetentionChoice> retention = new SimpleObjectProperty<>();
    private final BooleanProperty keepSet = new SimpleBooleanProperty();
    private final BooleanProperty deleteSet = new SimpleBooleanProperty();
    private final IntegerProperty messagesOnServer = new SimpleIntegerProperty(-1);
    private final BooleanBinding keeps = Bindings.createBooleanBinding(
            () -> RetentionGuidance.applies(retention.get()), retention);
    private final BooleanBinding answered;

    public ClientViewModel() {
        client.addListener((o, a, b) -> {
            keepSet.set(false);
            deleteSet.set(false);
        });
        answered = Bindings.createBooleanBinding(
                () -> client.get() != null && retention.get() != null
                        && (!keeps.get() || keepSet.get() && deleteSet.get()),
                client, retention, keeps, keepSet, deleteSet);
    }

    public ObjectProperty<MailClient> clientProperty() {
        return client;
    }

    public ObjectProperty<RetentionChoice> retentionProperty() {
        return retention;
    }

    /** "I have set this" for 「受信サーバにメールを残すか: 残す」. */
    public BooleanProperty keepSetProperty() {
        return keepSet;
    }

    /** "I have set this" for 「…受信サーバ上のメールも削除するか: 削除しない」. */
    public BooleanProperty deleteSetProperty() {
        return deleteSet;
    }

    /** Messages on the server from the last passed check; -1 when unknown. Only a hint: it chooses nothing. */
    public IntegerProperty messagesOnServerProperty() {
        return messagesOnServer;
    }

    /** The choice the message count hints at; null when the check has not counted. */
    public @Nullable RetentionChoice suggestion() {
        int count = messagesOnServer.get();
        return count < 0 ? null : RetentionChoice.suggestedBy(count);
    }

    public ObservableValue<Boolean> keepsMailOnServer() {
        return keeps;
    }

    public BooleanBinding answered() {
        return answered;
    }

    /** The chosen software's words for the two settings. */
    public Optional<ClientGuidance> guidance(Locale locale) {
        return Optional.ofNullable(client.get()).map(c -> RetentionGuidance.forClient(c, locale));
    }
}
