package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.I18n;
import io.github.ocnmailsetup.domain.MailClient;
import io.github.ocnmailsetup.domain.MailProfile;
import io.github.ocnmailsetup.domain.OcnAddress;
import io.github.ocnmailsetup.domain.OcnSettings;
import io.github.ocnmailsetup.domain.RetentionChoice;
import io.github.ocnmailsetup.export.ExportFormat;
import io.github.ocnmailsetup.export.ExportRequest;
import io.github.ocnmailsetup.export.ExportResult;
import io.github.ocnmailsetup.export.ProfileExporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/**
 * The {@code export} command (the command-line contract in docs/architecture.md): writes the .mobileconfig, the
 * Thunderbird autoconfig, the Outlook Autodiscover file and the printable sheet for one OCN address. Exit 0 written, 1
 * could not write (nothing half-written), 2 bad input or an existing file without {@code --force} (then nothing is
 * written). The exports keep mail on the server, the notice's recommended setting (「残す」).
 */
final class ExportCommand implements CliCommand {

    static final CommandSpec SPEC = new CommandSpec("export", "export.description", List.of(
            CommandOption.required("--email", "ADDR", "export.option.email"),
            CommandOption.required("--format", "FORMAT", "export.option.format"),
            CommandOption.required("--out", "DIR", "export.option.out"),
            CommandOption.value("--client", "ID", "export.option.client"),
            CommandOption.value("--lang", "ja|en", "export.option.lang"),
            CommandOption.flag("--force", "export.option.force")));

    private final Cli.CliContext context;

    public ExportCommand(Cli.CliContext context) {
        this.context = context;
    }

    @Override
    public int run(Arguments arguments) {
        String lang = arguments.value("--lang");
        if (lang != null && I18n.parseLanguage(lang) == null) {
            return usage("export.badLang", lang);
        }
        String format = arguments.value("--format", "");
        String client = arguments.value("--client", MailClient.OTHER.id());
        String email = arguments.value("--email", "");
        Path out = Objects.requireNonNull(arguments.path("--out"));
        boolean force = arguments.has("--force");
        Optional<Set<ExportFormat>> formats = formats(format);
        if (formats.isEmpty()) {
            return usage("export.badFormat", format);
        }
        Optional<MailClient> mailClient = MailClient.fromId(client);
        if (mailClient.isEmpty()) {
            return usage("export.badClient", client);
        }
        OcnSettings settings = OcnSettings.bundled();
        OcnAddress address = OcnAddress.parse(email, settings);
        MailProfile profile = MailProfile.of(address, settings, RetentionChoice.KEEP_ON_SERVER);
        Locale locale = context.locale();
        ExportRequest request = ExportRequest.of(profile, mailClient.get(), locale, appVersion(),
                LocalDate.now(settings.zone()));
        ExportResult result = ProfileExporter.write(request, formats.get(), out, force);
        return report(result);
    }

    private int report(ExportResult result) {
        return result.match(new ExportResult.Cases<>() {
            @Override
            public Integer written(ExportResult.Written written) {
                written.paths().forEach(path -> context.out().println(context.text("export.written", path)));
                return Cli.OK;
            }

            @Override
            public Integer alreadyExists(ExportResult.AlreadyExists exists) {
                context.err().println(context.text("export.exists", exists.path()));
                return Cli.USAGE;
            }

            @Override
            public Integer couldNotWrite(ExportResult.CouldNotWrite failed) {
                context.err().println(failed.reason().in(context.locale()));
                return Cli.PROBLEM;
            }
        });
    }

    private int usage(String key, String value) {
        context.err().println(context.text(key, value));
        return Cli.USAGE;
    }

    /** One format by its id, or {@code all}. */
    static Optional<Set<ExportFormat>> formats(String id) {
        if ("all".equalsIgnoreCase(id.trim())) {
            return Optional.of(EnumSet.allOf(ExportFormat.class));
        }
        return ExportFormat.fromId(id).map(EnumSet::of);
    }

    private static String appVersion() {
        return VersionProvider.appVersion();
    }
}
