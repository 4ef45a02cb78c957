package org.ap4tracker.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ap4tracker.support.TrackerIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Guesses sent all at once must not outrun the throttle: of 60 simultaneous wrong passwords, only as many
 * as the limit allows are checked, and the rest are refused as locked without a password check.
 */
@TrackerIntegrationTest
class ParallelGuessingTests {

    static final int GUESSES = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createEditor() {
        accounts.create("parallel-editor", "Parallel Editor", Role.EDITOR, SignInTests.PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from app_user where username like 'parallel-%'").update();
        SignInFixtures.clearThrottle(jdbc);
    }

    @Test
    void sixtySimultaneousGuessesForOneAccountFromSixtyAddressesGetAtMostFiveChecked() throws Exception {
        List<String> outcomes = guessAtOnce(n -> "parallel-editor", n -> "10.60.0." + n);

        assertThat(outcomes).hasSize(GUESSES).containsOnly("/login?error", "/login?locked");
        assertThat(outcomes.stream().filter("/login?error"::equals).count()).isLessThanOrEqualTo(5);
    }

    @Test
    void sixtySimultaneousGuessesFromOneAddressAtSixtyAccountsGetAtMostTwentyChecked() throws Exception {
        List<String> outcomes = guessAtOnce(n -> "parallel-nobody-" + n, n -> "10.61.0.1");

        assertThat(outcomes).hasSize(GUESSES).containsOnly("/login?error", "/login?locked");
        assertThat(outcomes.stream().filter("/login?error"::equals).count()).isLessThanOrEqualTo(20);
    }

    private List<String> guessAtOnce(java.util.function.IntFunction<String> username,
            java.util.function.IntFunction<String> address) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int n = 0; n < GUESSES; n++) {
                int guess = n;
                Callable<String> attempt = () -> {
                    start.await();
                    return mvc.perform(post("/login").param("username", username.apply(guess))
                            .param("password", "wrong guess " + guess).with(csrf())
                            .with(SignInFixtures.from(address.apply(guess))))
                            .andReturn().getResponse().getRedirectedUrl();
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        }
        finally {
            pool.shutdownNow();
        }
    }
}
