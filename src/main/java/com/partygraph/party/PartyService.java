package com.partygraph.party;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.Role;
import com.partygraph.graph.Tenant;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.Decision;
import com.partygraph.resolution.features.RecordFacts;
import com.partygraph.resolution.survive.Contribution;
import com.partygraph.resolution.survive.PartyProfile;
import com.partygraph.resolution.survive.Survivorship;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API does with parties. Every method acts within the given tenant only. Thread-safe.
 */
@Service
public class PartyService {

    private final Cache<String, List<String>> sourceSystems = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();

    private final PartyRepository repository;

    private final NewPartyValidator validator;

    private final JsonMapper json;

    private final Resolver resolver;

    PartyService(PartyRepository repository, NewPartyValidator validator, JsonMapper json, Resolver resolver) {
        this.resolver = resolver;
        this.repository = repository;
        this.validator = validator;
        this.json = json;
    }

    /**
     * Creates a party entered by a steward, with a {@code steward} source record holding the request, after
     * resolving it as a source row is resolved: when the tenant's
     * parties hold it already on strong evidence, nothing is created and the answer names that party and why
     * (unless {@code allowDuplicate}); parties it may be (the review band) become match suggestions of the new
     * party, in the review queue.
     * @throws InvalidInputException listing every problem with the request
     * @throws ConflictException when an existing party matches at auto-link (its id, probability and evidence)
     */
    public PartyDetails create(Tenant tenant, CreatePartyRequest request, String actor, boolean allowDuplicate) {
        Set<String> knownRoles = roles(tenant).stream().map(Role::code).collect(Collectors.toSet());
        NewParty party = this.validator.validate(request, knownRoles);
        // The tenant's resolution index first, then the graph: ingestion takes them in that order too. The index
        // keeps the new party only once the graph has it (closing an uncommitted session takes it back).
        try (ResolutionSession session = this.resolver.open(tenant)) {
            List<Decision.Suggestion> suggestions = index(session, party, allowDuplicate);
            this.repository.create(
                    tenant,
                    party,
                    profile(party),
                    this.json.writeValueAsString(request),
                    actor,
                    suggestions.stream().map(s -> suggestion(party, s)).toList());
            session.commit();
        }
        return get(tenant, party.id());
    }

    private Map<String, Object> suggestion(NewParty party, Decision.Suggestion suggestion) {
        Map<String, Object> row = new HashMap<>();
        row.put(
                "id",
                UUID.nameUUIDFromBytes((uid(party) + ">" + suggestion.partyId())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString());
        row.put("candidateId", suggestion.partyId());
        row.put("probability", suggestion.score().probability());
        row.put("weight", suggestion.score().weight());
        row.put("explanation", this.json.writeValueAsString(suggestion.score()));
        return row;
    }

    /** The party's survivorship profile: one steward record, which survivorship ranks above every source. */
    private PartyProfile profile(NewParty party) {
        Map<String, List<?>> lists = new HashMap<>();
        lists.put("emails", party.emails());
        lists.put("phones", party.phones());
        lists.put("domains", party.domains());
        for (String many : List.of("addresses", "identifiers")) {
            if (party.properties().get(many) instanceof List<?> values) {
                lists.put(many, values);
            }
        }
        PartyProfile profile = new PartyProfile();
        this.resolver
                .survivorship()
                .add(
                        profile,
                        new Contribution(
                                PartyRepository.STEWARD_SOURCE + "/" + PartyRepository.STEWARD_TABLE + "/" + party.id(),
                                Survivorship.STEWARD,
                                PartyRepository.STEWARD_TABLE,
                                0,
                                false,
                                party.properties(),
                                lists));
        return profile;
    }

    /**
     * Resolves the steward's record against the tenant's parties in {@code session} and assigns it there to the new
     * party, so that rows about the same party join it once the session commits. Returns the parties it may be (the
     * review band).
     * @throws ConflictException when a party matches it at auto-link and duplicates are not allowed
     */
    private List<Decision.Suggestion> index(ResolutionSession session, NewParty party, boolean allowDuplicate) {
        RecordFacts facts = RecordFacts.of(
                uid(party), party.kind(), party.properties(), party.emails(), party.phones(), party.domains());
        Decision decision = session.resolve(facts, false);
        session.discard(facts.uid());
        if (!decision.newParty() && !allowDuplicate) {
            throw duplicate(decision);
        }
        session.assign(facts, party.id().toString());
        List<Decision.Suggestion> suggestions = new java.util.ArrayList<>(decision.suggestions());
        if (!decision.newParty()) {
            // Entered beside the party it matches, as asked: the steward is shown the pair to review.
            suggestions.add(0, new Decision.Suggestion(decision.partyId(), decision.explanation()));
        }
        return suggestions;
    }

    private ConflictException duplicate(Decision decision) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("partyId", decision.partyId());
        properties.put("probability", Math.round(decision.probability() * 1000) / 1000.0);
        properties.put(
                "agreeing",
                decision.explanation() == null
                        ? List.of()
                        : decision.explanation().agreeing().stream()
                                .map(f -> f.feature() + " " + f.level() + " (" + f.left() + " | " + f.right() + ")")
                                .toList());
        return new ConflictException(
                "This party is already known as party " + decision.partyId() + " (match probability "
                        + properties.get("probability") + "): add what is new to it (PATCH /api/v1/parties/"
                        + decision.partyId()
                        + "), or enter it anyway with ?allowDuplicate=true",
                properties);
    }

    private static String uid(NewParty party) {
        return PartyRepository.STEWARD_SOURCE + "/" + PartyRepository.STEWARD_TABLE + "/" + party.id();
    }

    /** @throws PartyNotFoundException when the tenant has no such party */
    public PartyDetails get(Tenant tenant, UUID id) {
        return this.repository.findById(tenant, id).orElseThrow(() -> new PartyNotFoundException(id));
    }

    /**
     * Relates two parties of the tenant.
     * @throws PartyNotFoundException when {@code fromId} does not exist
     * @throws InvalidInputException when the target is missing or the same party, or dates are out of order
     */
    public PartyRelationship relate(Tenant tenant, UUID fromId, CreateRelationshipRequest request) {
        if (!this.repository.exists(tenant, fromId)) {
            throw new PartyNotFoundException(fromId);
        }
        if (fromId.equals(request.targetId())) {
            throw new InvalidInputException("targetId", "a party cannot be related to itself");
        }
        if (request.startDate() != null
                && request.endDate() != null
                && request.endDate().isBefore(request.startDate())) {
            throw new InvalidInputException("endDate", "must not be before startDate");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("title", request.title());
        properties.put("department", request.department());
        properties.put("startDate", request.startDate());
        properties.put("endDate", request.endDate());
        properties.put("isCurrent", request.isCurrent() != null ? request.isCurrent() : request.endDate() == null);
        properties.put("importance", request.importance());
        properties.put("trustLevel", request.trustLevel());
        properties.put("isPrimary", request.isPrimary() != null && request.isPrimary());
        return this.repository
                .createRelationship(tenant, fromId, request.targetId(), request.type(), properties)
                .orElseThrow(() ->
                        new InvalidInputException("targetId", "no party " + request.targetId() + " in this tenant"));
    }

    /** The roles parties of the tenant may take. */
    public List<Role> roles(Tenant tenant) {
        return List.copyOf(this.repository.roles(tenant));
    }

    /**
     * The source systems the tenant's records come from, for a filter's choices; read at most once a minute per
     * tenant (it reads the tenant's part of an index).
     */
    public List<String> sourceSystems(Tenant tenant) {
        return this.sourceSystems.get(tenant.id(), id -> this.repository.sourceSystems(tenant));
    }
}
