package io.github.ocnmailsetup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            String name = word.startsWith("--") && equals > 0 ? word.substring(0, equals) : word;
            CommandOption option = spec.option(name).orElseThrow(() -> new UsageException("usage.unknown", word));
            if (values.containsKey(name)) {
                throw new UsageException("usage.repeated", name);
            }
            if (!option.takesValue()) {
                if (equals > 0) {
                    throw new UsageException("usage.badValue", word.substring(equals + 1), name);
                }
                values.put(name, "");
            } else if (equals > 0) {
                values.put(name, word.substring(equals + 1));
            } else if (i + 1 < words.size()) {
                values.put(name, words.get(++i));
            } else {
                throw new UsageException("usage.missing", option.synopsis());
            }
        }
        List<String> missing = new ArrayList<>();
        for (CommandOption option : spec.options()) {
            if (option.required() && !values.containsKey(option.name())) {
                missing.add(option.synopsis());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("usage.missing", String.join(", ", missing));
        }
        return new Arguments(Request.RUN, values);
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
