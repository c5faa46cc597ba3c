package io.github.ocnmailsetup.clients;

import java.util.List;

/**
 * What applying the OCN SSL settings to one profile would change. Nothing changes until {@code apply}.
 *
 * @param profile  the profile
 * @param version  the Thunderbird version whose behaviour the plan follows
 * @param accounts the OCN POP accounts found, each with its changes
 * @param files    the files that would be written (empty when everything is already set up)
 */
public record ThunderbirdPlan(ThunderbirdProfile profile, ThunderbirdVersion version, List<AccountPlan> accounts,
        List<PlannedFile> files) {

    public ThunderbirdPlan {
        accounts = List.copyOf(accounts);
        files = List.copyOf(files);
    }

    /** Whether there is nothing to change: the accounts already have the SSL settings. */
    public boolean isAlreadyDone() {
        return files.isEmpty();
    }
}
