package org.ap4tracker.markdown;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markdown module starts on its own, with no other module of ours and no database: the renderer the
 * pages use needs nothing else. (Without the storage module there is no database, so Spring Boot is told
 * not to look for one.)
 */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class MarkdownModuleTests {

    @Autowired
    MarkdownRenderer renderer;

    @Test
    void theRendererWorksWithNothingButItsOwnModule() {
        assertThat(renderer.toSafeHtml("*Signed* <script>alert(1)</script>"))
                .contains("<em>Signed</em>")
                .doesNotContain("<script>");
    }
}
