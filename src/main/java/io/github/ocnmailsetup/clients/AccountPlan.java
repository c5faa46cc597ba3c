package io.github.ocnmailsetup.clients;

import java.util.List;

/**
 * The changes for one OCN POP account of a profile.
 *
 * @param accountKey       Thunderbird's key, e.g. {@code account1}
 * @param accountName      the account's name as Thunderbird shows it
 * @param keepsMailOnServer the user's own choice, kept as it is
 * @param changes          every setting that changes, before → after; empty when it is already set up
 */
public record AccountPlan(String accountKey, String accountName, boolean keepsMailOnServer,
        List<SettingChange> changes) {

    public AccountPlan {
        changes = List.copyOf(changes);
    }
}
