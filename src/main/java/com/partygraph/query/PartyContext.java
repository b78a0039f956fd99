package com.partygraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A party's 360 as compact Markdown for a language model's prompt: who the party is, its roles, its key
 * relationships with their history, activity and revenue, open issues, then where its attributes came
 * from — each fact with its source records in brackets, the most important first, cut to a length.
 */
public final class PartyContext {

    private static final int RELATIONSHIPS = 15;

    private PartyContext() {}

    /** The Markdown, at most {@code maxChars} characters: whole lines, the least important left out. */
    public static String markdown(Party360 view, int maxChars) {
        Map<String, Object> party = view.party();
        List<String> lines = new ArrayList<>();
        lines.add("# " + party.get("displayName") + " ("
                + String.valueOf(party.get("kind")).toLowerCase(Locale.ROOT) + ", party " + party.get("id") + ")");
        lines.add("- Status: " + party.get("status") + "; lifecycle: " + view.lifecycleStage()
                + lastActivity(view.activity()));
        if (!view.roles().isEmpty()) {
            lines.add("- Roles: "
                    + view.roles().stream()
                            .map(role -> role.label() + dates(role.since(), role.until()) + context(role) + " ["
                                    + role.record() + "]")
                            .distinct()
                            .collect(Collectors.joining("; ")));
        }
        contact(lines, "Emails", party.get("emails"));
        contact(lines, "Phones", party.get("phones"));
        contact(lines, "Web", party.get("domains"));
        if (!view.relationships().isEmpty()) {
            lines.add("");
            lines.add("## Relationships");
            view.relationships().stream()
                    .sorted(PartyContext::byImportance)
                    .limit(RELATIONSHIPS)
                    .forEach(edge -> lines.add("- " + relationship(edge)));
        }
        List<Party360.Activity.Revenue> revenue = view.activity().revenueByChannel();
        List<Party360.Activity.ByType> byType = view.activity().byType();
        if (!revenue.isEmpty() || !byType.isEmpty()) {
            lines.add("");
            lines.add("## Activity and revenue");
            if (!revenue.isEmpty()) {
                lines.add("- Revenue by channel: "
                        + revenue.stream()
                                .map(row -> row.channel() + " " + amount(row.revenue()) + " " + row.currency() + " ("
                                        + row.activities() + ")")
                                .collect(Collectors.joining(", ")));
            }
            byType.forEach(row -> lines.add("- " + row.type() + ": " + row.activities() + ", total "
                    + amount(row.total()) + ", last " + row.last()));
        }
        if (!view.suggestions().isEmpty() || !view.syncErrors().isEmpty()) {
            lines.add("");
            lines.add("## Open issues");
            view.suggestions()
                    .forEach(s -> lines.add("- May be the same as " + s.otherName() + " (probability "
                            + String.format(Locale.ROOT, "%.2f", s.probability().doubleValue()) + ") [" + s.record()
                            + "]"));
            view.syncErrors()
                    .forEach(e -> lines.add(
                            "- Sync error: " + e.reason() + " [" + e.source() + "/" + e.table() + "/" + e.key() + "]"));
        }
        List<?> provenance = (List<?>) party.getOrDefault("provenance", List.of());
        if (provenance != null && !provenance.isEmpty()) {
            lines.add("");
            lines.add("## Where the attributes come from");
            provenance.forEach(line -> lines.add("- " + line));
        }
        return cut(lines, maxChars);
    }

    /**
     * The relationship between two parties as Markdown: who each is, every relationship between them with what
     * each record says, and how else they connect (the shortest paths); at most {@code maxChars} characters.
     */
    public static String pair(Party360 a, Party360 b, List<PartyPath> paths, int maxChars) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + a.party().get("displayName") + " and " + b.party().get("displayName"));
        for (Party360 view : List.of(a, b)) {
            lines.add("- " + view.party().get("displayName") + ": "
                    + String.valueOf(view.party().get("kind")).toLowerCase(Locale.ROOT) + ", " + view.lifecycleStage()
                    + lastActivity(view.activity())
                    + (view.roles().isEmpty()
                            ? ""
                            : "; roles "
                                    + view.roles().stream()
                                            .map(Party360.RoleHeld::label)
                                            .distinct()
                                            .collect(Collectors.joining(", ")))
                    + " [party " + view.party().get("id") + "]");
        }
        Object otherId = b.party().get("id");
        List<Map<String, Object>> between = a.relationships().stream()
                .filter(edge -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> other = (Map<String, Object>) edge.get("other");
                    return otherId.equals(other.get("id"));
                })
                .toList();
        lines.add("");
        lines.add("## Between them");
        if (between.isEmpty()) {
            lines.add("- No direct relationship.");
        }
        between.forEach(edge -> lines.add("- " + a.party().get("displayName") + " " + relationship(edge)));
        if (!paths.isEmpty()) {
            lines.add("");
            lines.add("## How they connect");
            for (PartyPath path : paths) {
                List<PartyRef> parties = path.parties();
                List<Tie> relationships = path.relationships();
                StringBuilder line = new StringBuilder("- " + parties.get(0).displayName());
                for (int i = 0; i < relationships.size(); i++) {
                    Tie r = relationships.get(i);
                    line.append(" —")
                            .append(r.type())
                            .append(r.title() == null ? "" : " (" + r.title() + ")")
                            .append("— ")
                            .append(parties.get(i + 1).displayName());
                }
                lines.add(line.toString());
            }
        }
        return cut(lines, maxChars);
    }

    private static String cut(List<String> lines, int maxChars) {
        StringBuilder text = new StringBuilder();
        String more = "\n…";
        for (String line : lines) {
            if (text.length() + line.length() + 1 > maxChars - more.length()) {
                return text.append(more.strip()).toString();
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    // Current before ended, then the more important, then primary.
    private static int byImportance(Map<String, Object> a, Map<String, Object> b) {
        int current =
                Boolean.compare(!Boolean.FALSE.equals(b.get("isCurrent")), !Boolean.FALSE.equals(a.get("isCurrent")));
        if (current != 0) {
            return current;
        }
        int importance = Integer.compare(number(b.get("importance")), number(a.get("importance")));
        return importance != 0
                ? importance
                : Boolean.compare(Boolean.TRUE.equals(b.get("isPrimary")), Boolean.TRUE.equals(a.get("isPrimary")));
    }

    private static String relationship(Map<String, Object> edge) {
        @SuppressWarnings("unchecked")
        Map<String, Object> other = (Map<String, Object>) edge.get("other");
        String arrow = "outgoing".equals(edge.get("direction")) ? " → " : " ← ";
        StringBuilder line = new StringBuilder(String.valueOf(edge.get("type")) + arrow + other.get("displayName"));
        List<Map<String, Object>> assertions = list(edge.get("assertions"));
        List<String> said = new ArrayList<>();
        for (Map<String, Object> assertion : assertions) {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("title", "department")) {
                if (assertion.get(key) != null) {
                    parts.add(String.valueOf(assertion.get(key)));
                }
            }
            String dates = dates(assertion.get("startDate"), assertion.get("endDate"));
            String text = String.join(", ", parts)
                    + dates
                    + (Boolean.TRUE.equals(assertion.get("isPrimary")) ? ", primary" : "");
            said.add((text.isBlank() ? "" : text.strip().replaceFirst("^, ", "") + " ") + "[" + assertion.get("source")
                    + "]");
        }
        if (said.isEmpty() && edge.get("title") != null) {
            said.add(edge.get("title") + " [steward]");
        }
        if (Boolean.FALSE.equals(edge.get("isCurrent"))) {
            line.append(" (ended)");
        }
        return said.isEmpty()
                ? line.toString()
                : line.append(": ").append(String.join("; ", said)).toString();
    }

    private static String dates(Object since, Object until) {
        if (since == null && until == null) {
            return "";
        }
        return " (" + (since == null ? "" : "since " + since) + (since != null && until != null ? " " : "")
                + (until == null ? "" : "until " + until) + ")";
    }

    private static String context(Party360.RoleHeld role) {
        return role.context() == null ? "" : " in " + role.context();
    }

    private static void contact(List<String> lines, String label, Object values) {
        if (values instanceof List<?> list && !list.isEmpty()) {
            lines.add("- " + label + ": " + list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static String lastActivity(Party360.Activity activity) {
        String last = activity.lastActivityAt();
        return last == null ? " (no activity)" : " (last activity " + last.substring(0, 10) + ")";
    }

    private static String amount(Object value) {
        return value instanceof Number number ? String.format(Locale.ROOT, "%,.2f", number.doubleValue()) : "0";
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
