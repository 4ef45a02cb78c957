package org.ap4tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * {@code docs/modules/components.puml}; ARCHITECTURE.md says how to refresh that copy.
 */
class ModuleDocumentationTests {

    private static final Path OUTPUT = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(Ap4TrackerApplication.class);

    @Test
    void theOverviewDiagramAndACanvasNameEveryModule() throws IOException {
        // Shown even without arrows: storage is wired by Spring Boot alone, and a reader should still see it.
        DiagramOptions diagrams = DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
        new Documenter(modules).writeDocumentation(diagrams, CanvasOptions.defaults());

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
}
