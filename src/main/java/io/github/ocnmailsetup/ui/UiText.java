package io.github.ocnmailsetup.ui;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.Text;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The wizard's own words: keys of {@code ui/messages*.properties}, formatted only through {@link I18n}. */
public final class UiText {

    /** The wizard's bundle: English in {@code messages.properties}, Japanese in {@code messages_ja.properties}. */
    public static final String BUNDLE = "io.github.ocnmailsetup.ui.messages";

    private UiText() {
    }

    /** A wizard message, put into words later in the language the window shows. */
    public static Text of(String key, Object... args) {
        return new Text(BUNDLE, key, List.of(args));
    }

    /** The bundle FXML reads its {@code %key} texts from. */
    public static ResourceBundle bundle(Locale locale) {
        return I18n.bundle(BUNDLE, locale);
    }

    /** One message in one language. */
    public static String get(Locale locale, String key, Object... args) {
        return I18n.format(BUNDLE, locale, key, args);
    }

    /**
     * A control's label as a sentence quotes it: without the mnemonic mark, so a sentence that names a button
     * always names it as the button reads ({@code 変更する(_A)} → {@code 変更する}, {@code _Apply} → {@code Apply}).
     */
    public static String labelInSentence(Locale locale, String key) {
        return get(locale, key).replaceAll("\\(_[A-Za-z0-9]\\)$", "").replace("_", "");
    }
}
