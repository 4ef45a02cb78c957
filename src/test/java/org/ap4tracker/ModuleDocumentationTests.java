package org.ap4tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Writes the module diagrams (PlantUML, C4 style) and one canvas per module into
 * {@code target/spring-modulith-docs}, Spring Modulith's default. The overview is the one committed as
 * {@code docs/modules/components.puml}, and a test here fails when that copy no longer matches the modules;
 * ARCHITECTURE.md says how to refresh it.
 */
class ModuleDocumentationTests {

    private static final Path OUTPUT = Path.of("target", "spring-modulith-docs");

    private static final Path COMMITTED_OVERVIEW = Path.of("docs", "modules", "components.puml");

    private static final String REGENERATE = """
            docs/modules/components.puml no longer matches the modules. Regenerate it with:
              ./mvnw -q test -Dtest=ModuleDocumentationTests
              cp target/spring-modulith-docs/components.puml docs/modules/components.puml
            and commit it with the change to the modules.""";

    private final ApplicationModules modules = ApplicationModules.of(Ap4TrackerApplication.class);

    @Test
    void theOverviewDiagramAndACanvasNameEveryModule() throws IOException {
        new Documenter(modules).writeDocumentation(diagrams(), CanvasOptions.defaults());

        Path overview = OUTPUT.resolve("components.puml");
        assertThat(overview).isRegularFile();
        String diagram = Files.readString(overview);
        assertThat(modules.stream()).isNotEmpty();
        for (ApplicationModule module : modules) {
            assertThat(diagram).as("overview diagram names module %s", module.getIdentifier())
                    .contains(module.getDisplayName());
            assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile();
            assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".adoc")).isRegularFile();
        }
        assertThat(OUTPUT.resolve("all-docs.adoc")).isRegularFile();
    }

    @Test
    void theCommittedOverviewMatchesTheModules() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml(diagrams());
        // The Documenter writes the same lines in a different order from one run to the next, so the two
        // copies are compared as sorted lines: any module, dependency or label that differs still shows.
        assertThat(sortedLines(COMMITTED_OVERVIEW)).as(REGENERATE)
                .isEqualTo(sortedLines(OUTPUT.resolve("components.puml")));
    }

    // Shown even without arrows: storage is wired by Spring Boot alone, and a reader should still see it.
    private static DiagramOptions diagrams() {
        return DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }
}
