package org.ap4tracker.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the Flyway migrations a database may already have run. Flyway stores each migration's checksum and
 * refuses to start when a file it ran has changed, so an edited released migration locks every existing
 * {@code data/} directory out. Every migration has its SHA-256 in {@code db/migration-checksums.sha256}
 * ({@code sha256sum} format); a change that is not a new file must be a new migration instead.
 */
class MigrationChecksumTests {

    private static final Path MIGRATIONS = Paths.get("src", "main", "resources", "db", "migration");
    private static final Path CHECKSUMS = Paths.get("src", "test", "resources", "db", "migration-checksums.sha256");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void noMigrationChangesOnceItsChecksumIsRecorded() throws IOException {
        Map<String, String> recorded = recordedChecksums();

        assertThat(recorded).as("checksums recorded in " + CHECKSUMS).isNotEmpty();
        recorded.forEach((file, checksum) -> assertThat(sha256(MIGRATIONS.resolve(file)))
                .as(file + " has changed since its checksum was recorded. A migration that has landed on main is"
                        + " frozen: undo the edit and add the change as a new migration. Only a migration that"
                        + " never landed may be edited, and then its line in " + CHECKSUMS + " is updated with"
                        + " `sha256sum`.")
                .isEqualTo(checksum));
    }

    @Test
    void everyMigrationHasARecordedChecksumAndItsOwnNumber() throws IOException {
        Map<String, String> recorded = recordedChecksums();
        List<String> files = migrationFiles();

        assertThat(files).as("every file in " + MIGRATIONS + " is a versioned migration named V<n>__<words>.sql")
                .allMatch(file -> VERSIONED.matcher(file).matches());
        assertThat(recorded.keySet()).as("migrations with a recorded checksum that no longer exist")
                .isSubsetOf(files);
        assertThat(files).as("migrations without a checksum: add `sha256sum` lines for them to " + CHECKSUMS)
                .isSubsetOf(recorded.keySet());
        assertThat(files.stream().map(MigrationChecksumTests::version).distinct())
                .as("each migration number is used once").hasSameSizeAs(files);
    }

    private static Map<String, String> recordedChecksums() throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CHECKSUMS)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+\\*?", 2);
            checksums.put(parts[1], parts[0]);
        }
        return checksums;
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static int version(String file) {
        Matcher matcher = VERSIONED.matcher(file);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (IOException | NoSuchAlgorithmException ex) {
            throw new IllegalStateException("cannot read " + file, ex);
        }
    }
}
