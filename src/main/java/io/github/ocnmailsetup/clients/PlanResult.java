package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;

/**
 * What looking for the OCN account in a profile found. A caller handles every case through {@link #match}: a new
 * case adds a method to {@link Cases}, so every caller fails to compile until it says what the case means.
 */
public sealed interface PlanResult {

    /** One method per case (Java 17 has no pattern switch). */
    interface Cases<R> {
        R planned(Planned planned);

        R noAccount(NoAccount noAccount);

        R unreadable(Unreadable unreadable);
    }

    /** The profile looked at. */
    ThunderbirdProfile profile();

    /** The case's own method of {@code cases}. */
    <R> R match(Cases<R> cases);

    /** One or more OCN POP accounts, with the plan for them (possibly nothing left to change). */
    record Planned(ThunderbirdPlan plan) implements PlanResult {
        @Override
        public ThunderbirdProfile profile() {
            return plan.profile();
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.planned(this);
        }
    }

    /** No POP account for the address in this profile. */
    record NoAccount(ThunderbirdProfile profile) implements PlanResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.noAccount(this);
        }
    }

    /** The profile could not be read (for example a prefs.js that breaks the preference grammar, with the line). */
    record Unreadable(ThunderbirdProfile profile, Text reason) implements PlanResult {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.unreadable(this);
        }
    }
}
