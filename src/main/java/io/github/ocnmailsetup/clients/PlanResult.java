package io.github.ocnmailsetup.clients;

import io.github.ocnmailsetup.domain.Text;

/** What looking for the OCN account in a profile found. */
public sealed interface PlanResult {

    /** The profile looked at. */
    ThunderbirdProfile profile();

    /** One or more OCN POP accounts, with the plan for them (possibly nothing left to change). */
    record Planned(ThunderbirdPlan plan) implements PlanResult {
        @Override
        public ThunderbirdProfile profile() {
            return plan.profile();
        }
    }

    /** No POP account for the address in this profile. */
    record NoAccount(ThunderbirdProfile profile) implements PlanResult {
    }

    /** The profile could not be read. */
    record Unreadable(ThunderbirdProfile profile, Text reason) implements PlanResult {
    }
}
