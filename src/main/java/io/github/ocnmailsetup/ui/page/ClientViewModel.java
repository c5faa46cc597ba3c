package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuidance;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.domain.RetentionGuidance;
import java.util.List;
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
    private final BooleanProperty cannotFind = new SimpleBooleanProperty();
    private final IntegerProperty messagesOnServer = new SimpleIntegerProperty(-1);
    private final BooleanBinding keeps = Bindings.createBooleanBinding(
            () -> RetentionGuidance.applies(retention.get()), retention);
    private final BooleanBinding answered;

    public ClientViewModel() {
        client.addListener((o, a, b) -> {
            keepSet.set(false);
            deleteSet.set(false);
            cannotFind.set(false);
        });
        answered = Bindings.createBooleanBinding(
                () -> client.get() != null && retention.get() != null
                        && (!keeps.get() || keepSet.get() && deleteSet.get() || cannotFind.get()),
                client, retention, keeps, keepSet, deleteSet, cannotFind);
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

    /**
     * "I cannot find these two settings": a way on that is true for a user who could not find them (no page may
     * force a tick that is not so); the page then says to find them, with help, before changing the servers.
     */
    public BooleanProperty cannotFindProperty() {
        return cannotFind;
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

    /**
     * What tells Windows Mail on Windows Vista (the notice's 「Windowsメール」) from the Windows 10/11 app also called
     * 「メール」, which Microsoft has retired: the windows-mail guide's first two notes (the look of Vista's Windows Mail;
     * the newer app, its end and the move to the new Outlook), quoted from the guide, not written here.
     */
    public List<String> windowsMailTellApart(Locale locale) {
        List<String> notes = ClientGuides.forClient(MailClient.WINDOWS_MAIL, locale).notes();
        return notes.subList(0, Math.min(2, notes.size()));
    }

    /** The new Outlook's name, for the button that sends users of the Windows 10/11 「メール」 app there. */
    public String newOutlookName(Locale locale) {
        return ClientGuides.forClient(MailClient.OUTLOOK_NEW, locale).name();
    }

    /** Users of the retired Windows 10/11 「メール」 app continue with the new Outlook, as Microsoft moves them. */
    public void chooseNewOutlook() {
        client.set(MailClient.OUTLOOK_NEW);
    }
}
