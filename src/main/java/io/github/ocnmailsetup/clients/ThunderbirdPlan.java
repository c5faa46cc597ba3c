package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;
import java.util.List;

/**
 * What applying the OCN SSL settings to one profile would change. Nothing changes until {@code apply}.
 *
 * @param profile  the profile
 * @param version  the Thunderbird version whose behaviour the plan follows
 * @param accounts the OCN POP accounts found, each with its changes
 * @param files    the files that would be written (empty when everything is already set up)
 * @param blockers what stops the apply, each in words (a user.js that would put the old values back at every
 *                 start, a locked preference, a prefs.js that is a link, a file outside the profile); empty when
 *                 nothing does
 */
public record ThunderbirdPlan(ThunderbirdProfile profile, ThunderbirdVersion version, List<AccountPlan> accounts,
        List<PlannedFile> files, List<Text> blockers) {

    public ThunderbirdPlan {
        accounts = List.copyOf(accounts);
        files = List.copyOf(files);
        blockers = List.copyOf(blockers);
    }

    /** A plan with nothing in its way. */
    public ThunderbirdPlan(ThunderbirdProfile profile, ThunderbirdVersion version, List<AccountPlan> accounts,
            List<PlannedFile> files) {
        this(profile, version, accounts, files, List.of());
    }

    /** Whether there is nothing to change: the accounts already have the SSL settings. */
    public boolean isAlreadyDone() {
        return files.isEmpty();
    }
}
