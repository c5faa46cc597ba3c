package io.github.ocnmailsetup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A command's options as typed, checked against its {@link CommandSpec}: every word must be one of its options,
 * none twice, every required one there, every value option followed by its value. What the values mean is the
 * command's to check. This small parser replaced picocli, whose reflection cost a fresh {@code check} more than
 * a third of its start (decisions/0036).
 */
final class Arguments {

    /** What the line asks for besides running the command. */
    enum Request { RUN, HELP, VERSION }

    private final Request request;
    private final Map<String, String> values;

    private Arguments(Request request, Map<String, String> values) {
        this.request = request;
        this.values = values;
    }

    /**
     * Parses the words after the command's name.
     *
     * @throws UsageException when they are not what the command takes
     */
    static Arguments parse(CommandSpec spec, List<String> words) {
        for (String word : words) {
            if (word.equals("-h") || word.equals("--help")) {
                return new Arguments(Request.HELP, Map.of());
            }
            if (word.equals("-V") || word.equals("--version")) {
                return new Arguments(Request.VERSION, Map.of());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int equals = word.indexOf('=');
            String name = nameOf(word);
            Optional<CommandOption> found = spec.option(name);
            if (found.isEmpty()) {
                throw unknown(word, i == 0 ? null : words.get(i - 1));
            }
            CommandOption option = found.get();
            if (values.containsKey(name)) {
                throw new UsageException("usage.repeated", name);
            }
            String typedValue = equals > 0 ? word.substring(equals + 1) : null;
            if (!option.takesValue()) {
                putSwitch(values, option, typedValue);
            } else if (typedValue != null) {
                values.put(name, typedValue);
            } else if (i + 1 < words.size() && !isOptionOf(spec, words.get(i + 1))) {
                values.put(name, words.get(++i));
            } else {
                throw new UsageException("usage.missing", option.synopsis());
            }
        }
        requireAll(spec, values);
        return new Arguments(Request.RUN, values);
    }

    /**
     * A word the command does not take. An option is named by its name alone, never its value ({@code
     * --password=...}); a stray word is not repeated at all, as it may be a password typed on the line.
     */
    private static UsageException unknown(String word, @Nullable String after) {
        if (word.startsWith("-")) {
            return new UsageException("usage.unknown", nameOf(word));
        }
        return after == null ? new UsageException("usage.strayWord.first")
                : new UsageException("usage.strayWord", nameOf(after));
    }

    /** A switch alone, or with {@code =true} / {@code =false} as picocli took it; no other value, and none shown. */
    private static void putSwitch(Map<String, String> values, CommandOption option, @Nullable String typedValue) {
        if (typedValue == null || typedValue.equalsIgnoreCase("true")) {
            values.put(option.name(), "");
        } else if (!typedValue.equalsIgnoreCase("false")) {
            throw new UsageException("usage.switchValue", option.name());
        }
    }

    /** The next word is another option of the command, not this option's value. */
    private static boolean isOptionOf(CommandSpec spec, String word) {
        return spec.option(nameOf(word)).isPresent() || List.of("-h", "--help", "-V", "--version").contains(word);
    }

    /** An option as typed without its value ({@code --email=a} is {@code --email}); any other word as it is. */
    private static String nameOf(String word) {
        int equals = word.indexOf('=');
        return word.startsWith("-") && equals > 0 ? word.substring(0, equals) : word;
    }

    private static void requireAll(CommandSpec spec, Map<String, String> values) {
        List<String> missing = new ArrayList<>();
        for (CommandOption option : spec.options()) {
            if (option.required() && !values.containsKey(option.name())) {
                missing.add(option.synopsis());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("usage.missing", String.join(", ", missing));
        }
    }

    Request request() {
        return request;
    }

    boolean has(String option) {
        return values.containsKey(option);
    }

    /** The option's value, or null when it was not given. */
    @Nullable String value(String option) {
        return values.get(option);
    }

    String value(String option, String fallback) {
        String value = values.get(option);
        return value == null ? fallback : value;
    }

    /** A whole number, or {@code fallback} when the option was not given. */
    int number(String option, int fallback) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("usage.badValue", value, option);
        }
    }

    /** A file or folder, or null when the option was not given. */
    @Nullable Path path(String option) {
        String value = values.get(option);
        if (value == null) {
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("usage.badValue", value, option);
        }
    }
}
