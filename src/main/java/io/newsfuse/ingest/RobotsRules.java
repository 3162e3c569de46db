package io.newsfuse.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a site's {@code robots.txt} lets newsfuse fetch. Reads the group for newsfuse's own agent token
 * when there is one, else the {@code *} group; within it the longest matching {@code Allow}/{@code Disallow}
 * prefix decides ({@code *} and a closing {@code $} are understood), {@code Allow} winning ties. No rule
 * matching means allowed.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

    private record Rule(String pattern, boolean allow) {
        boolean matches(String path) {
            return matches(path, 0, 0);
        }

        private boolean matches(String path, int p, int r) {
            while (r < pattern.length()) {
                char c = pattern.charAt(r);
                if (c == '*') {
                    for (int i = p; i <= path.length(); i++) {
                        if (matches(path, i, r + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
                if (c == '$' && r == pattern.length() - 1) {
                    return p == path.length();
                }
                if (p >= path.length() || path.charAt(p) != c) {
                    return false;
                }
                p++;
                r++;
            }
            return true;
        }
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses a robots.txt body for {@code agent} (a product token such as "newsfuse"). */
    static RobotsRules parse(String robotsTxt, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String rawLine : robotsTxt.split("\\r?\\n|\\r")) {
            int hash = rawLine.indexOf('#');
            String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                String groupAgent = value.toLowerCase(Locale.ROOT);
                groupAgents.add(groupAgent);
                foundMine |= isMine(groupAgent, token);
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything
                }
                Rule rule = new Rule(value.replaceAll("\\*+", "*"), field.equals("allow"));
                if (groupAgents.stream().anyMatch(groupAgent -> isMine(groupAgent, token))) {
                    mine.add(rule);
                }
                if (groupAgents.contains("*")) {
                    anyone.add(rule);
                }
            }
        }
        return new RobotsRules(foundMine ? mine : anyone);
    }

    private static boolean isMine(String groupAgent, String token) {
        return groupAgent.equals(token) || groupAgent.startsWith(token + "/");
    }

    /** Whether {@code pathAndQuery} (starting with "/") may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(path)
                    && (best == null
                            || rule.pattern().length() > best.pattern().length()
                            || (rule.pattern().length() == best.pattern().length() && rule.allow()))) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }
}
