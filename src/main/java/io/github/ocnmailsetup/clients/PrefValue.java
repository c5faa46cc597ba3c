package io.github.ocnmailsetup.clients;

/** The value of one preference in prefs.js: a string, an integer or a boolean. */
public sealed interface PrefValue {

    /** How the value is written in prefs.js, escaped the way Thunderbird writes it. */
    String literal();

    /** The value as a person reads it. */
    String display();

    /** A string preference. */
    record Str(String value) implements PrefValue {
        @Override
        public String literal() {
            StringBuilder out = new StringBuilder("\"");
            // Preferences.cpp StrEscape: only these four are escaped; everything else is written as UTF-8.
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '"' -> out.append("\\\"");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            return out.append('"').toString();
        }

        @Override
        public String display() {
            return value;
        }
    }

    /** An integer preference. */
    record Int(int value) implements PrefValue {
        @Override
        public String literal() {
            return Integer.toString(value);
        }

        @Override
        public String display() {
            return Integer.toString(value);
        }
    }

    /** A boolean preference. */
    record Bool(boolean value) implements PrefValue {
        @Override
        public String literal() {
            return Boolean.toString(value);
        }

        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }
}
