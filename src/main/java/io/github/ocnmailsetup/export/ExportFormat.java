package io.github.ocnmailsetup.export;

import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.Text;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The four take-away files, each with the id the {@code export --format} option takes and the exact file
 * name the command-line contract gives it (docs/export.md).
 */
public enum ExportFormat {
    /** Apple configuration profile for Apple Mail (macOS) and iOS Mail. */
    MOBILECONFIG("mobileconfig"),
    /** Thunderbird autoconfig file (clientConfig version 1.1). */
    THUNDERBIRD("thunderbird"),
    /** Outlook Autodiscover response (POX) for POP3 and SMTP. */
    AUTODISCOVER("autodiscover"),
    /** Printable settings sheet (HTML, A4 when printed). */
    SHEET("sheet");

    private final String id;
    ExportFormat(String id) {
        this.id = id;
    }

    /** The id as typed after {@code --format}. */
    public String id() {
        return id;
    }

    /** The file name, exactly as the contract gives it: the address goes into two of them. */
    public String fileName(OcnAddress address) {
        return switch (this) {
            case MOBILECONFIG -> address.value() + ".mobileconfig";
            case THUNDERBIRD -> "config-v1.1.xml";
            case AUTODISCOVER -> "autodiscover.xml";
            case SHEET -> address.value() + "-settings.html";
        };
    }

    /** The file name's extension without the dot, for a file chooser filter. */
    public String extension() {
        return switch (this) {
            case MOBILECONFIG -> "mobileconfig";
            case THUNDERBIRD, AUTODISCOVER -> "xml";
            case SHEET -> "html";
        };
    }

    /** The format's name for a save button or a file chooser filter. */
    public Text label() {
        return ProfileExporter.text("format." + id + ".label");
    }

    /** The format for an id, case-insensitive; empty for an unknown one ("all" is the command's business). */
    public static Optional<ExportFormat> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }
}
