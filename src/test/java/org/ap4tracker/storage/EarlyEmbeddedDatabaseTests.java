package org.ap4tracker.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.SpringProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL started on its own thread while the context is set up: started only when no external
 * database is configured, handed over to the connection that then stops it, stopped by the context when nobody
 * took it, and a start that failed still fails the connection with the start's own error.
 */
class EarlyEmbeddedDatabaseTests {

    @TempDir
    Path dataDirectory;

    @Test
    void startsWithTheBoundSettingsAndHandsTheServerOver() throws Exception {
        EarlyEmbeddedDatabase early = postProcessed(new MockEnvironment()
                .withProperty("ap4.storage.data-directory", dataDirectory.toString()));
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDirectory, false, Duration.ofSeconds(60));
        assertThat(early.startedWith()).isEqualTo(properties);

        EmbeddedPostgres postgres = early.take(properties);
        try (DatabaseConnection connection = DatabaseConnection.embedded(postgres)) {
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
            // the context closing afterwards leaves the server to the connection
            early.destroy();
            assertThat(postmaster()).as("still running for its connection").isPresent();
        }
        assertThat(postmaster()).as("stopped with its connection").isEmpty();
    }

    @Test
    void aServerNobodyTookIsStoppedWithTheContext() throws Exception {
        EarlyEmbeddedDatabase early = postProcessed(new MockEnvironment()
                .withProperty("ap4.storage.data-directory", dataDirectory.toString()));
        assertThat(early.startedWith()).isNotNull();

        early.destroy();

        assertThat(postmaster()).isEmpty();
        assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).as("it did start").isTrue();
    }

    @Test
    void aFailedStartFailsTheConnectionWithItsOwnError() throws Exception {
        Path notADirectory = Files.writeString(dataDirectory.resolve("a-file"), "");
        EarlyEmbeddedDatabase early = postProcessed(new MockEnvironment()
                .withProperty("ap4.storage.data-directory", notADirectory.toString()));

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> early.take(new EmbeddedDatabaseProperties(notADirectory, false, Duration.ofSeconds(60))))
                .withMessageContaining(notADirectory.toString());
        early.destroy();
    }

    @Test
    void startsNothingForAnExternalDatabase() {
        EarlyEmbeddedDatabase early = postProcessed(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example/ap4")
                .withProperty("ap4.storage.data-directory", dataDirectory.toString()));

        assertThat(early.startedWith()).isNull();
        early.destroy();
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void startsNothingWhileTheBuildProcessesTheApplicationAheadOfTime() {
        String before = System.getProperty(AbstractAotProcessor.AOT_PROCESSING);
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        try {
            EarlyEmbeddedDatabase early = postProcessed(new MockEnvironment()
                    .withProperty("ap4.storage.data-directory", dataDirectory.toString()));
            assertThat(early.startedWith()).isNull();
        }
        finally {
            if (before == null) {
                System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
            }
            else {
                System.setProperty(AbstractAotProcessor.AOT_PROCESSING, before);
            }
        }
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void repositoriesAreInjectedLazilyWhenStartingFromTheGeneratedCode() {
        DefaultListableBeanFactory plain = beanFactory();
        new DeferredRepositories().postProcessBeanFactory(plain);
        assertThat(plain.getAutowireCandidateResolver()).isExactlyInstanceOf(ContextAnnotationAutowireCandidateResolver.class);

        SpringProperties.setFlag(AotDetector.AOT_ENABLED);
        try {
            DefaultListableBeanFactory generated = beanFactory();
            new DeferredRepositories().postProcessBeanFactory(generated);
            assertThat(generated.getAutowireCandidateResolver()).isInstanceOf(DeferredRepositories.LazyRepositoryInjection.class);
            assertThat(generated.getBeansOfType(DeferredRepositories.Initializer.class)).hasSize(1);
        }
        finally {
            SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
        }
    }

    private static DefaultListableBeanFactory beanFactory() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
        return beanFactory;
    }

    private static EarlyEmbeddedDatabase postProcessed(MockEnvironment environment) {
        EarlyEmbeddedDatabase early = new EarlyEmbeddedDatabase();
        early.setEnvironment(environment);
        early.postProcessBeanFactory(new DefaultListableBeanFactory());
        return early;
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).filter(ProcessHandle::isAlive);
    }
}
