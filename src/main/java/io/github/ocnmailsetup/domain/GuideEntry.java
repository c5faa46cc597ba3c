package io.github.ocnmailsetup.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where one of the notice's settings is in one mail software, in that software's own words.
 *
 * @param place    the menu path, tab or button that leads to the box
 * @param label    the box's label exactly as the software shows it; empty when no recorded source confirmed it
 *                 (then the notice's generic words are shown, marked as possibly worded differently)
 * @param action   what to do there beyond typing the value ("Select SSL/TLS"), if anything
 * @param wordings other wordings of the same setting (the notice's footnote *1 lists some)
 * @param notes    anything else about this box
 */
public record GuideEntry(String place, Optional<String> label, Optional<String> action, List<String> wordings,
        List<String> notes) {

    public GuideEntry {
        wordings = List.copyOf(wordings);
        notes = List.copyOf(notes);
    }
}
