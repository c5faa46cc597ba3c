package io.github.ocnmailsetup.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mail software's guide to the notice's settings, in one language: for each {@link NoticeItem} where its box is
 * and what it is called, the steps from opening the software to the test send (the notice's
 * 「3)メールを送受信します」), and the defaults that work against OCN's advice.
 *
 * @param client   which software
 * @param name     its name as the user knows it
 * @param versions which versions the guide describes
 * @param entries  one entry for every {@link NoticeItem}
 * @param steps    the steps, in order
 * @param defaults the software's defaults that must be changed for OCN
 * @param notes    anything else the user of that software must know
 */
public record ClientGuide(MailClient client, String name, String versions, Map<NoticeItem, GuideEntry> entries,
        List<String> steps, List<GuideDefault> defaults, List<String> notes) {

    public ClientGuide {
        entries = Map.copyOf(new EnumMap<>(entries));
        steps = List.copyOf(steps);
        defaults = List.copyOf(defaults);
        notes = List.copyOf(notes);
        for (NoticeItem item : NoticeItem.values()) {
            if (!entries.containsKey(item)) {
                throw new IllegalArgumentException("The guide for " + client.id() + " lacks " + item.id());
            }
        }
    }

    /** Where the given setting is in this software. */
    public GuideEntry entry(NoticeItem item) {
        return entries.get(item);
    }

    /** The first of this software's defaults that concerns the given setting, if any. */
    public Optional<String> contraryDefault(NoticeItem item) {
        return defaults.stream().filter(d -> d.item() == item).map(GuideDefault::text).findFirst();
    }
}
