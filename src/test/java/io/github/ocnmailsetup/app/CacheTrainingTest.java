package io.github.ocnmailsetup.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The installer's training run ends with a {@code check} command against the demo server; when that check does
 * not pass, the start-up cache would silently lack what a check needs, so its exit code fails the build
 * (src/packaging/AotTraining.java). Here: it passes, through the same command line support staff use.
 */
class CacheTrainingTest {

    private static final String[] TRUST_PROPERTIES = {
        "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};

    @Test
    void that_the_training_check_against_the_demo_server_passes() {
        Map<String, String> before = new HashMap<>();
        for (String key : TRUST_PROPERTIES) {
            before.put(key, System.getProperty(key));
        }
        try {
            assertEquals(0, CacheTraining.demoCheck());
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
