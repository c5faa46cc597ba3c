package io.github.ocnmailsetup.ui.answers;

import io.github.ocnmailsetup.domain.AddressOrigin;
import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.LaterAddressChange;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.VersionUp;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link RememberedAnswers} in {@code answers.properties} in the data folder. A damaged or missing file
 * means a first run, never an error; a write goes to a temporary file first, so a crash leaves the old one.
 */
public final class AnswersStore {

    static final String FILE = "answers.properties";
    /** More addresses than anyone sets up on one computer; a damaged file cannot make the home screen endless. */
    static final int MAX_ADDRESSES = 20;
    private static Logger log() { // at the first log line, not at class load: StartupRulesTest
        return LoggerFactory.getLogger(AnswersStore.class);
    }

    private final Path file;

    public AnswersStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** The remembered answers, or none when there are none or the file cannot be read. */
    public RememberedAnswers load() {
        if (!Files.isRegularFile(file)) {
            return RememberedAnswers.none();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            log().warn("Remembered answers unreadable, starting fresh: {}", e.getClass().getSimpleName());
            return RememberedAnswers.none();
        }
        return new RememberedAnswers(
                addresses(p),
                read(p, "mailUse", s -> MailUse.valueOf(s)),
                read(p, "client", s -> MailClient.fromId(s).orElseThrow()),
                read(p, "origin", s -> AddressOrigin.valueOf(s)),
                read(p, "date", LocalDate::parse),
                read(p, "laterChange", s -> LaterAddressChange.valueOf(s)),
                read(p, "versionUp", s -> VersionUp.valueOf(s)),
                read(p, "language", I18n::parseLanguage),
                Boolean.parseBoolean(p.getProperty("finished", "false")),
                "dark".equals(p.getProperty("theme")),
                read(p, "textPercent", Integer::parseInt).orElse(100));
    }

    /** Writes the answers; a failure is logged and otherwise ignored (the wizard works without them). */
    public void save(RememberedAnswers answers) {
        Properties p = new Properties();
        for (int i = 0; i < Math.min(answers.addresses().size(), MAX_ADDRESSES); i++) {
            p.setProperty(i == 0 ? "address" : "address." + (i + 1), answers.addresses().get(i));
        }
        answers.mailUse().ifPresent(v -> p.setProperty("mailUse", v.name()));
        answers.client().ifPresent(v -> p.setProperty("client", v.id()));
        answers.origin().ifPresent(v -> p.setProperty("origin", v.name()));
        answers.date().ifPresent(v -> p.setProperty("date", v.toString()));
        answers.laterChange().ifPresent(v -> p.setProperty("laterChange", v.name()));
        answers.versionUp().ifPresent(v -> p.setProperty("versionUp", v.name()));
        answers.language().ifPresent(v -> p.setProperty("language", v.getLanguage()));
        p.setProperty("finished", String.valueOf(answers.finished()));
        p.setProperty("theme", answers.darkTheme() ? "dark" : "light");
        p.setProperty("textPercent", String.valueOf(answers.textPercent()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "OCN Mail SSL Setup: remembered answers (never a password)");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log().warn("Could not remember the answers in {}: {}", file.getParent(), e.getMessage());
        }
    }

    /** "address" (the most recent, as older versions wrote it), then "address.2", "address.3", …, until a gap. */
    private static List<String> addresses(Properties p) {
        List<String> addresses = new ArrayList<>();
        read(p, "address", s -> s).ifPresent(addresses::add);
        for (int i = 2; i <= MAX_ADDRESSES; i++) {
            Optional<String> next = read(p, "address." + i, s -> s);
            if (next.isEmpty()) {
                break;
            }
            if (!addresses.contains(next.get())) {
                addresses.add(next.get());
            }
        }
        return addresses;
    }

    private static <T> Optional<T> read(Properties p, String key, Function<String, T> parse) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse.apply(value.trim()));
        } catch (IllegalArgumentException | DateTimeParseException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }
}
