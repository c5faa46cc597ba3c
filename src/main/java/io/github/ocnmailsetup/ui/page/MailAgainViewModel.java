package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.ClientGuide;
import io.github.ocnmailsetup.domain.ClientGuides;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.NoticeItem;
import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.Text;
import io.github.ocnmailsetup.ui.UiText;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * Page 6: the notice's 「おことわり」. Mail already received comes again after the switch to pop.ocn.ne.jp, and
 * deleting the copies must not delete them on the server. With the check's count and size; with nothing on
 * the server there is nothing to worry about, so no acknowledgement is needed. The box "have your mail password
 * ready" says where the chosen mail software asks for it, in that software's own words (its guide).
 */
public final class MailAgainViewModel {

    private final ClientViewModel client;

    private final IntegerProperty messages = new SimpleIntegerProperty(-1);
    private final LongProperty bytes = new SimpleLongProperty();
    private final BooleanProperty acknowledged = new SimpleBooleanProperty();
    private final ObjectBinding<Text> message = Bindings.createObjectBinding(
            () -> messages.get() < 0 ? NoticeMessages.mailComesAgain()
                    : NoticeMessages.mailComesAgain(messages.get(), bytes.get()), messages, bytes);
    private final BooleanBinding needsAcknowledgement = messages.isNotEqualTo(0);
    private final BooleanBinding answered = acknowledged.or(needsAcknowledgement.not());

    /** For a page that does not know the mail software: the box then speaks of mail software in general. */
    public MailAgainViewModel() {
        this(new ClientViewModel());
    }

    public MailAgainViewModel(ClientViewModel client) {
        this.client = client;
    }

    /**
     * Where the chosen mail software asks for the mail password, in its own words: Thunderbird asks when it next
     * connects; iPhone/iPad and Mac when the settings file is installed (or in the account's box when typed by
     * hand); the others in the box their guide names (its label where a source confirmed one, else its place).
     */
    public String passwordWhere(Locale locale) {
        MailClient chosen = Optional.ofNullable(client.clientProperty().get()).orElse(MailClient.OTHER);
        ClientGuide guide = ClientGuides.forClient(chosen, locale);
        String place = guide.entry(NoticeItem.PASSWORD).place();
        Optional<String> label = guide.entry(NoticeItem.PASSWORD).label();
        return switch (chosen) {
            case THUNDERBIRD -> UiText.get(locale, "password.need.when.thunderbird");
            case IPHONE, APPLE_MAIL -> UiText.get(locale, "password.need.when.profile", guide.name(), place);
            case OTHER -> UiText.get(locale, "password.need.when.other");
            default -> label.isPresent()
                    ? UiText.get(locale, "password.need.when.label", guide.name(), label.get(), place)
                    : UiText.get(locale, "password.need.when.place", guide.name(), place);
        };
    }

    /** Messages on the server from the check; -1 when not counted. */
    public IntegerProperty messagesProperty() {
        return messages;
    }

    public LongProperty bytesProperty() {
        return bytes;
    }

    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    /** The notice's words with the count and size. */
    public ObjectBinding<Text> message() {
        return message;
    }

    public BooleanBinding needsAcknowledgement() {
        return needsAcknowledgement;
    }

    public BooleanBinding answered() {
        return answered;
    }
}
