package io.github.ocnmailsetup.ui.page;

import io.github.ocnmailsetup.domain.NoticeMessages;
import io.github.ocnmailsetup.domain.Text;
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
 * the server there is nothing to worry about, so no acknowledgement is needed.
 */
public final class MailAgainViewModel {

    private final IntegerProperty messages = new SimpleIntegerProperty(-1);
    private final LongProperty bytes = new SimpleLongProperty();
    private final BooleanProperty acknowledged = new SimpleBooleanProperty();
    private final ObjectBinding<Text> message = Bindings.createObjectBinding(
            () -> messages.get() < 0 ? NoticeMessages.mailComesAgain()
                    : NoticeMessages.mailComesAgain(messages.get(), bytes.get()), messages, bytes);
    private final BooleanBinding needsAcknowledgement = messages.isNotEqualTo(0);
    private final BooleanBinding answered = acknowledged.or(needsAcknowledgement.not());

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
