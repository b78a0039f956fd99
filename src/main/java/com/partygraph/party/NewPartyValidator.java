package com.partygraph.party;

import com.partygraph.graph.PartyKind;
import com.partygraph.problem.FieldProblem;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Checks what bean validation cannot — names per kind, fields that belong to the other kind,
 * emails, phones, domains, role codes and date order — and normalizes the values to write. Reports
 * every problem at once.
 */
@Component
class NewPartyValidator {

    private final EmailNormalizer emails;

    private final PhoneNormalizer phones;

    private final DomainNormalizer domains;

    private final NameNormalizer names;

    NewPartyValidator(EmailNormalizer emails, PhoneNormalizer phones, DomainNormalizer domains, NameNormalizer names) {
        this.emails = emails;
        this.phones = phones;
        this.domains = domains;
        this.names = names;
    }

    NewParty validate(CreatePartyRequest request, Set<String> knownRoles) {
        List<FieldProblem> problems = new ArrayList<>();
        String displayName = displayName(request, problems);
        checkKindFields(request, problems);
        if (request.foundedYear() != null && request.foundedYear() > Year.now().getValue()) {
            problems.add(new FieldProblem("foundedYear", "must not be in the future"));
        }
        List<String> emailValues = normalizeAll(
                "emails", request.emailList(), this.emails::normalize, "is not an email address", problems);
        List<String> phoneValues = normalizeAll(
                "phones", request.phoneList(), this.phones::normalize, "is not a valid phone number", problems);
        List<String> domainValues =
                normalizeAll("domains", request.domainList(), this.domains::normalize, "is not a web domain", problems);
        List<Map<String, Object>> roles = roles(request.roleList(), knownRoles, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewParty(
                UUID.randomUUID(),
                request.kind(),
                properties(request, displayName),
                emailValues,
                phoneValues,
                domainValues,
                roles);
    }

    private String displayName(CreatePartyRequest request, List<FieldProblem> problems) {
        String name = this.names.displayName(
                request.kind(), request.displayName(), request.givenName(), request.familyName(), request.legalName());
        if (name == null) {
            problems.add(new FieldProblem(
                    "displayName",
                    request.kind() == PartyKind.PERSON
                            ? "a person needs displayName, givenName or familyName"
                            : "an organization needs displayName or legalName"));
        }
        return name;
    }

    private static void checkKindFields(CreatePartyRequest request, List<FieldProblem> problems) {
        Map<String, Object> other = new HashMap<>();
        if (request.kind() == PartyKind.PERSON) {
            other.put("legalName", request.legalName());
            other.put("dbaName", request.dbaName());
            other.put("industry", request.industry());
            other.put("businessType", request.businessType());
            other.put("foundedYear", request.foundedYear());
            other.put("employeeCount", request.employeeCount());
            other.put("revenueRange", request.revenueRange());
        } else {
            other.put("givenName", request.givenName());
            other.put("familyName", request.familyName());
            other.put("birthDate", request.birthDate());
        }
        String belongsTo = request.kind() == PartyKind.PERSON ? "organizations" : "persons";
        other.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(field -> problems.add(new FieldProblem(field, "applies to " + belongsTo + " only")));
    }

    private static List<String> normalizeAll(
            String field,
            List<String> raw,
            Function<String, Optional<String>> normalizer,
            String complaint,
            List<FieldProblem> problems) {
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Optional<String> value = normalizer.apply(raw.get(i));
            if (value.isPresent()) {
                values.add(value.get());
            } else {
                problems.add(new FieldProblem(field + "[" + i + "]", "'" + raw.get(i) + "' " + complaint));
            }
        }
        return List.copyOf(values);
    }

    private static List<Map<String, Object>> roles(
            List<RoleInput> roles, Set<String> knownRoles, List<FieldProblem> problems) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            RoleInput role = roles.get(i);
            String code = role.code().strip();
            if (!knownRoles.contains(code)) {
                problems.add(new FieldProblem(
                        "roles[" + i + "].code",
                        "unknown role '" + code + "'; GET /api/v1/roles lists the known ones"));
            }
            if (role.since() != null && role.until() != null && role.until().isBefore(role.since())) {
                problems.add(new FieldProblem("roles[" + i + "].until", "must not be before since"));
            }
            Map<String, Object> assignment = new HashMap<>();
            assignment.put("code", code);
            assignment.put("since", role.since());
            assignment.put("until", role.until());
            assignment.put("context", blankToNull(role.context()));
            assignments.add(assignment);
        }
        return assignments;
    }

    private Map<String, Object> properties(CreatePartyRequest request, String displayName) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("displayName", displayName);
        properties.put("normalizedName", this.names.normalizedName(request.kind(), displayName, request.legalName()));
        properties.put("givenName", blankToNull(request.givenName()));
        properties.put("familyName", blankToNull(request.familyName()));
        properties.put("birthDate", request.birthDate());
        properties.put("legalName", blankToNull(request.legalName()));
        properties.put("dbaName", blankToNull(request.dbaName()));
        properties.put("industry", blankToNull(request.industry()));
        properties.put("businessType", blankToNull(request.businessType()));
        properties.put("foundedYear", request.foundedYear());
        properties.put("employeeCount", request.employeeCount());
        properties.put("revenueRange", blankToNull(request.revenueRange()));
        properties.put(
                "addresses",
                request.addressList().stream()
                        .map(AddressInput::formatted)
                        .filter(a -> !a.isEmpty())
                        .toList());
        List<String> identifiers = new java.util.TreeMap<>(request.identifierMap())
                .entrySet().stream()
                        .map(identifier -> identifier.getKey() + ":"
                                + identifier.getValue().strip())
                        .toList();
        properties.put("identifiers", identifiers.isEmpty() ? null : identifiers);
        return properties;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
