package com.partygraph.party;

import com.partygraph.graph.ActivityWindows;
import com.partygraph.graph.Tenant;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Finds a tenant's active parties by name, email, phone or identifier, narrowed by kind, role, source,
 * city and lifecycle stage, one page at a time. Thread-safe.
 */
@Service
public class PartySearches {

    private final PartyRepository repository;

    private final NameNormalizer names;

    private final EmailNormalizer emails;

    private final PhoneNormalizer phones;

    private final ActivityWindows windows;

    PartySearches(
            PartyRepository repository,
            NameNormalizer names,
            EmailNormalizer emails,
            PhoneNormalizer phones,
            ActivityWindows windows) {
        this.repository = repository;
        this.names = names;
        this.emails = emails;
        this.phones = phones;
        this.windows = windows;
    }

    /** @throws InvalidInputException unless exactly one of name, email, phone and identifier is given and valid */
    public PartyPage search(Tenant tenant, PartySearch search) {
        long given = Stream.of(search.name(), search.email(), search.phone(), search.identifier())
                .filter(v -> v != null && !v.isBlank())
                .count();
        if (given != 1) {
            throw new InvalidInputException("name", "give exactly one of name, email, phone or identifier");
        }
        Map<String, Object> criteria = filters(search);
        String statement;
        if (present(search.email())) {
            statement = "party-search-by-email";
            criteria.put(
                    "value",
                    this.emails
                            .normalize(search.email())
                            .orElseThrow(() -> new InvalidInputException(
                                    "email", "'" + search.email() + "' is not an email address")));
        } else if (present(search.phone())) {
            statement = "party-search-by-phone";
            criteria.put(
                    "value",
                    this.phones
                            .normalize(search.phone())
                            .orElseThrow(() -> new InvalidInputException(
                                    "phone", "'" + search.phone() + "' is not a valid phone number")));
        } else if (present(search.identifier())) {
            statement = "party-search-by-identifier";
            criteria.put("query", IdentifierQuery.lucene(search.identifier()));
        } else {
            statement = "party-search-by-name";
            String query = NameQuery.lucene(this.names, search.name());
            if (query.isEmpty()) {
                throw new InvalidInputException("name", "must contain letters or digits");
            }
            criteria.put("query", query);
        }
        // One more hit than asked tells whether another page exists.
        Map<UUID, Double> hits =
                this.repository.search(statement, tenant, criteria, search.page() * search.size(), search.size() + 1);
        boolean hasMore = hits.size() > search.size();
        Map<UUID, Double> page = hits.entrySet().stream()
                .limit(search.size())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        List<PartySummary> items = page.isEmpty() ? List.of() : this.repository.summaries(tenant, page);
        return new PartyPage(items, search.page(), search.size(), hasMore);
    }

    // The narrowing criteria every search statement takes, null where not given.
    private Map<String, Object> filters(PartySearch search) {
        Map<String, Object> criteria = new HashMap<>();
        criteria.put("kindLabel", search.kind() == null ? null : search.kind().label());
        criteria.put("role", blankToNull(search.role()));
        criteria.put("source", blankToNull(search.source()));
        criteria.put("city", present(search.city()) ? search.city().strip().toLowerCase(Locale.ROOT) : null);
        criteria.put("lifecycle", blankToNull(search.lifecycle()));
        ZonedDateTime now = ZonedDateTime.now();
        criteria.put("activeSince", this.windows.activeSince(now));
        criteria.put("dormantSince", this.windows.dormantSince(now));
        return criteria;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
