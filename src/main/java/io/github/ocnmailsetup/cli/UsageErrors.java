package io.github.ocnmailsetup.cli;

import io.github.ocnmailsetup.domain.I18n;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Puts picocli's usage errors (English only) into the user's language, naming the options concerned. */
final class UsageErrors {

    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException ex, Locale locale) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return I18n.format(Cli.BUNDLE, locale, "usage.missing", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return I18n.format(Cli.BUNDLE, locale, "usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException repeated) {
            return I18n.format(Cli.BUNDLE, locale, "usage.repeated", name(repeated.getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return I18n.format(Cli.BUNDLE, locale, "usage.exclusive");
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return I18n.format(Cli.BUNDLE, locale, "usage.badValue", ex.getValue(), name(arg));
        }
        // Our commands throw ParameterExceptions whose message is already in the user's language.
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
