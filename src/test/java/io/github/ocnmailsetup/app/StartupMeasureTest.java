package io.github.ocnmailsetup.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupMeasureTest {

    @Test
    void that_the_process_age_comes_from_the_start_tick_and_the_uptime() {
        // A command name with spaces and a parenthesis must not shift the fields.
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 20 0 123456 "
                + "1000000 500 18446744073709551615";

        long age = StartupMeasure.linuxAgeMillis(stat, "1235.10 2000.00\n");

        assertThat(age).isEqualTo(1235_100 - 1_234_560);
    }

    @Test
    void that_this_process_is_a_few_seconds_old_at_most_a_day() {
        assertThat(StartupMeasure.processAgeMillis()).isPositive().isLessThan(86_400_000L);
    }
}
