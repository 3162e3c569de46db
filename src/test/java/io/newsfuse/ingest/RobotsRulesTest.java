package io.newsfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void starGroupDisallowsPrefixes() {
        RobotsRules rules =
                RobotsRules.parse("User-agent: *\nDisallow: /private\nDisallow: /tmp/ # scratch\n", "newsfuse");
        assertThat(rules.allows("/news/ferry")).isTrue();
        assertThat(rules.allows("/private")).isFalse();
        assertThat(rules.allows("/private/memo?id=3")).isFalse();
        assertThat(rules.allows("/tmp")).isTrue();
    }

    @Test
    void ownGroupReplacesTheStarGroup() {
        String robots = """
                User-agent: *
                Disallow: /

                User-agent: OtherBot
                User-agent: Newsfuse
                Disallow: /drafts
                """;
        RobotsRules rules = RobotsRules.parse(robots, "newsfuse");
        assertThat(rules.allows("/news/ferry")).isTrue();
        assertThat(rules.allows("/drafts/1")).isFalse();
    }

    @Test
    void emptyOwnGroupAllowsEverything() {
        RobotsRules rules =
                RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: newsfuse\nDisallow:\n", "newsfuse");
        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void longestMatchWinsAndAllowWinsTies() {
        RobotsRules rules = RobotsRules.parse(
                "User-agent: *\nDisallow: /news\nAllow: /news/public\n" + "Allow: /same\nDisallow: /same\n",
                "newsfuse");
        assertThat(rules.allows("/news/secret")).isFalse();
        assertThat(rules.allows("/news/public/ferry")).isTrue();
        assertThat(rules.allows("/same")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "newsfuse");
        assertThat(rules.allows("/files/report.pdf")).isFalse();
        assertThat(rules.allows("/files/report.pdf.html")).isTrue();
        assertThat(rules.allows("/news/ferry?print=1")).isFalse();
    }

    @Test
    void otherAgentsRulesDoNotApply() {
        RobotsRules rules = RobotsRules.parse("User-agent: newsbot\nDisallow: /\n", "newsfuse");
        assertThat(rules.allows("/news")).isTrue();
    }
}
