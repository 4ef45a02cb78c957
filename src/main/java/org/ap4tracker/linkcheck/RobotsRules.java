package org.ap4tracker.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a site's robots.txt allows one crawler to fetch (RFC 9309): the group naming the crawler, else the
 * {@code *} group; within it the longest matching Allow or Disallow rule wins, Allow on a tie; {@code *} matches
 * any characters and a final {@code $} the end of the path. Written here because these few rules are all the
 * checker needs, which a crawler framework would bring with much else.
 */
final class RobotsRules {

    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    private record Rule(boolean allow, String pattern) {
    }

    static RobotsRules parse(String robotsTxt, String crawlerName) {
        Groups groups = new Groups(crawlerName.toLowerCase(Locale.ROOT));
        for (String raw : robotsTxt.split("\\R")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                groups.agent(value.toLowerCase(Locale.ROOT));
            }
            else if (field.equals("allow") || field.equals("disallow")) {
                groups.rule(field.equals("allow"), value);
            }
        }
        return new RobotsRules(groups.finish());
    }

    /** Reads groups: user-agent lines followed by rules; a user-agent line after rules starts the next group. */
    private static final class Groups {

        private final String name;
        private final List<Rule> mine = new ArrayList<>();
        private final List<Rule> anyone = new ArrayList<>();
        private final List<String> agents = new ArrayList<>();
        private final List<Rule> current = new ArrayList<>();
        private boolean inRules;
        private boolean namedMe;

        Groups(String name) {
            this.name = name;
        }

        void agent(String agent) {
            if (inRules) {
                close();
            }
            agents.add(agent);
        }

        void rule(boolean allow, String pattern) {
            inRules = true;
            if (!pattern.isEmpty()) {
                current.add(new Rule(allow, pattern));
            }
        }

        List<Rule> finish() {
            close();
            return List.copyOf(namedMe ? mine : anyone);
        }

        private void close() {
            if (agents.stream().anyMatch(agent -> agent.equals(name))) {
                mine.addAll(current);
                namedMe = true;
            }
            else if (agents.contains("*")) {
                anyone.addAll(current);
            }
            agents.clear();
            current.clear();
            inRules = false;
        }
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), pathAndQuery) && (best == null
                    || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
