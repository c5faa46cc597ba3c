package io.github.ocnmailsetup.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocnmailsetup.domain.EligibilityOutcome;
import io.github.ocnmailsetup.domain.MailUse;
import io.github.ocnmailsetup.domain.Text;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where Next and Back go, decided without a window. */
class WizardFlowTest {

    private static final Text ANY = Text.domain("notice.free");

    /** Answers a test can set by hand. */
    private static final class Answers implements FlowAnswers {
        MailUse use;
        EligibilityOutcome outcome;
        final Set<Page> answered = EnumSet.allOf(Page.class);

        @Override
        public Optional<MailUse> mailUse() {
            return Optional.ofNullable(use);
        }

        @Override
        public Optional<EligibilityOutcome> eligibility() {
            return Optional.ofNullable(outcome);
        }

        boolean testPassed = true;

        @Override
        public boolean answered(Page page) {
            return answered.contains(page);
        }

        @Override
        public boolean testPassed() {
            return testPassed;
        }
    }

    private final Answers answers = new Answers();

    @Test
    void that_mail_software_users_walk_the_eight_steps_in_order() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.Eligible(ANY, ANY);
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        StringBuilder path = new StringBuilder(flow.current().name());
        while (flow.next()) {
            path.append(' ').append(flow.current().name());
        }
        assertThat(path.toString())
                .isEqualTo("WELCOME ELIGIBILITY ACCOUNT TEST CLIENT MAIL_AGAIN SETTINGS DONE");
        assertThat(flow.isFinish()).isTrue();
    }

    @Test
    void that_webmail_users_go_to_the_nothing_to_change_page_which_finishes() {
        answers.use = MailUse.WEBMAIL_ONLY;
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        flow.next();
        assertThat(flow.current()).isEqualTo(Page.WEBMAIL);
        assertThat(flow.isFinish()).isTrue();
        assertThat(flow.hasNext()).isFalse();
        flow.back();
        assertThat(flow.current()).isEqualTo(Page.WELCOME);
    }

    @Test
    void that_a_not_eligible_address_goes_to_the_version_up_and_back_to_check_again() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.NotEligible(ANY, ANY);
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        flow.next();
        flow.next();
        assertThat(flow.current()).isEqualTo(Page.VERSION_UP);
        assertThat(flow.nextPage()).isEmpty();
        assertThat(flow.back()).isTrue();
        assertThat(flow.current()).isEqualTo(Page.ELIGIBILITY);
        answers.outcome = new EligibilityOutcome.Eligible(ANY, ANY);
        flow.next();
        assertThat(flow.current()).isEqualTo(Page.ACCOUNT);
    }

    @Test
    void that_an_unknown_eligibility_goes_on_to_the_account_so_the_test_can_tell() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.Unknown(ANY, ANY);
        WizardFlow flow = new WizardFlow(answers, Page.ELIGIBILITY);
        flow.next();
        assertThat(flow.current()).isEqualTo(Page.ACCOUNT);
    }

    @Test
    void that_an_eligibility_answer_of_no_change_needed_goes_to_the_webmail_page() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.NoChangeNeeded(ANY, ANY);
        WizardFlow flow = new WizardFlow(answers, Page.ELIGIBILITY);
        flow.next();
        assertThat(flow.current()).isEqualTo(Page.WEBMAIL);
    }

    @Test
    void that_next_stays_put_while_the_page_is_unanswered() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.answered.remove(Page.WELCOME);
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        assertThat(flow.next()).isFalse();
        assertThat(flow.current()).isEqualTo(Page.WELCOME);
    }

    @Test
    void that_the_test_from_the_home_screen_leads_on_to_the_settings_and_back_returns_home() {
        WizardFlow flow = new WizardFlow(answers, Page.HOME);
        flow.goTo(Page.TEST);
        assertThat(flow.hasNext()).isTrue();
        assertThat(flow.nextPage()).as("not the questions again").contains(Page.SETTINGS);
        flow.back();
        assertThat(flow.current()).isEqualTo(Page.HOME);
        assertThat(flow.canGoBack()).isFalse();
    }

    @Test
    void that_set_up_again_starts_at_welcome_with_no_way_back() {
        WizardFlow flow = new WizardFlow(answers, Page.HOME);
        flow.restart(Page.WELCOME);
        assertThat(flow.current()).isEqualTo(Page.WELCOME);
        assertThat(flow.canGoBack()).isFalse();
    }

    @Test
    void that_steps_behind_the_user_are_marked_done_and_the_rest_are_not() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.Eligible(ANY, ANY);
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        flow.next();
        flow.next();
        assertThat(flow.stepDone(0)).isTrue();
        assertThat(flow.stepDone(1)).isTrue();
        assertThat(flow.stepDone(2)).isFalse();
        assertThat(flow.stepDone(5)).isFalse();
    }

    @Test
    void that_each_page_names_its_view() {
        assertThat(Page.MAIL_AGAIN.viewName()).isEqualTo("MailAgainView");
        assertThat(Page.VERSION_UP.viewName()).isEqualTo("VersionUpView");
    }

    @Test
    void that_a_test_the_user_went_on_without_stays_open_in_the_step_list() {
        answers.use = MailUse.MAIL_SOFTWARE;
        answers.outcome = new EligibilityOutcome.Eligible(ANY, ANY);
        answers.testPassed = false;
        WizardFlow flow = new WizardFlow(answers, Page.WELCOME);
        while (flow.current() != Page.CLIENT) {
            flow.next();
        }

        assertThat(flow.stepDone(Page.ACCOUNT.step())).isTrue();
        assertThat(flow.stepDone(Page.TEST.step())).as("went on without a passed test").isFalse();
        answers.testPassed = true;
        assertThat(flow.stepDone(Page.TEST.step())).isTrue();
    }
}
