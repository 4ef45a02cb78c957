package org.ap4tracker.linkcheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsRulesTests {

    private static final String ROBOTS = """
            # A site's rules
            User-agent: SomeBot
            Disallow: /

            User-agent: AP4TrackerLinkChecker
            User-agent: OtherBot
            Disallow: /private
            Allow: /private/public
            Disallow: /*.pdf$

            User-agent: *
            Disallow: /everyone-else
            """;

    @Test
    void theGroupNamingTheCheckerAppliesWithTheLongestRuleWinning() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "AP4TrackerLinkChecker");

        assertThat(rules.allows("/news/1")).isTrue();
        assertThat(rules.allows("/everyone-else")).as("the * group does not apply once a group names us").isTrue();
        assertThat(rules.allows("/private/page")).isFalse();
        assertThat(rules.allows("/private/public/page")).isTrue();
        assertThat(rules.allows("/report.pdf")).isFalse();
        assertThat(rules.allows("/report.pdf?download=1")).isTrue();
    }

    @Test
    void withoutAGroupOfItsOwnTheCheckerFollowsTheStarGroup() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "UnknownChecker");

        assertThat(rules.allows("/everyone-else/x")).isFalse();
        assertThat(rules.allows("/private/page")).isTrue();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "AP4TrackerLinkChecker").allows("/x")).isTrue();
    }
}
