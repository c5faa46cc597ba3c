package io.github.ocnmailsetup.clients;

import java.util.List;

/**
 * What applying the OCN SSL settings to one profile would change. Nothing changes until {@code apply}.
 *
 * @param profile  the profile
 * @param version  the Thunderbird version whose behaviour the plan follows
 * @param accounts the OCN POP accounts found, each with its changes
 * @param files    the files that would be written (empty when everything is already set up)
 * @param setByUserJs preferences of the plan that the profile's user.js sets: Thunderbird would put them back
 *                 at every start, so the plan cannot be applied until the user removes them from user.js
 */
public record ThunderbirdPlan(ThunderbirdProfile profile, ThunderbirdVersion version, List<AccountPlan> accounts,
        List<PlannedFile> files, List<String> setByUserJs) {

    public ThunderbirdPlan {
        accounts = List.copyOf(accounts);
        files = List.copyOf(files);
        setByUserJs = List.copyOf(setByUserJs);
    }

    /** A plan for a profile without user.js overrides. */
    public ThunderbirdPlan(ThunderbirdProfile profile, ThunderbirdVersion version, List<AccountPlan> accounts,
            List<PlannedFile> files) {
        this(profile, version, accounts, files, List.of());
    }

    /** Whether there is nothing to change: the accounts already have the SSL settings. */
    public boolean isAlreadyDone() {
        return files.isEmpty();
    }
}
