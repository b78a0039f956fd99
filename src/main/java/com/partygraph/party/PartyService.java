package com.partygraph.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partygraph.graph.PartyRelationship;
import com.partygraph.graph.Role;
import com.partygraph.graph.Tenant;
import com.partygraph.resolution.RecordFacts;
import com.partygraph.resolution.ResolutionSession;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.survive.Contribution;
import com.partygraph.resolution.survive.PartyProfile;
import com.partygraph.resolution.survive.Survivorship;
import com.partygraph.web.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the API does with parties. Every method acts within the given tenant only. Thread-safe.
 */
@Service
public class PartyService {

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
	 * Creates a party entered by a steward, with a {@code steward} source record holding the request.
	 * @throws InvalidInputException listing every problem with the request
	 */
	@Transactional
	public PartyDetails create(Tenant tenant, CreatePartyRequest request, String actor) {
		Set<String> knownRoles = roles(tenant).stream().map(Role::code).collect(Collectors.toSet());
		NewParty party = this.validator.validate(request, knownRoles);
		// The tenant's resolution index first, then the graph: ingestion takes them in that order too.
		index(tenant, party);
		this.repository.create(tenant, party, profile(party), this.json.writeValueAsString(request), actor);
		return get(tenant, party.id());
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
		this.resolver.survivorship().add(profile, new Contribution(PartyRepository.STEWARD_SOURCE + "/"
				+ PartyRepository.STEWARD_TABLE + "/" + party.id(), Survivorship.STEWARD, PartyRepository.STEWARD_TABLE,
				0, false, party.properties(), lists));
		return profile;
	}

	/**
	 * Puts the steward's record in the resolution index once the transaction commits, so that rows about
	 * the same party join it; the tenant's index is held until then.
	 */
	private void index(Tenant tenant, NewParty party) {
		ResolutionSession session = this.resolver.open(tenant);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					session.commit();
				}
				else {
					session.rollback();
				}
			}
		});
		String uid = PartyRepository.STEWARD_SOURCE + "/" + PartyRepository.STEWARD_TABLE + "/" + party.id();
		session.assign(RecordFacts.of(uid, party.kind(), party.properties(), party.emails(), party.phones(),
				party.domains()), party.id().toString());
	}

	/** @throws PartyNotFoundException when the tenant has no such party */
	@Transactional(readOnly = true)
	public PartyDetails get(Tenant tenant, UUID id) {
		return this.repository.findById(tenant, id).orElseThrow(() -> new PartyNotFoundException(id));
	}

	/**
	 * Relates two parties of the tenant.
	 * @throws PartyNotFoundException when {@code fromId} does not exist
	 * @throws InvalidInputException when the target is missing or the same party, or dates are out of order
	 */
	@Transactional
	public PartyRelationship relate(Tenant tenant, UUID fromId, CreateRelationshipRequest request) {
		if (!this.repository.exists(tenant, fromId)) {
			throw new PartyNotFoundException(fromId);
		}
		if (fromId.equals(request.targetId())) {
			throw new InvalidInputException("targetId", "a party cannot be related to itself");
		}
		if (request.startDate() != null && request.endDate() != null
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
		return this.repository.createRelationship(tenant, fromId, request.targetId(), request.type(), properties)
			.orElseThrow(() -> new InvalidInputException("targetId",
					"no party " + request.targetId() + " in this tenant"));
	}

	/** The roles parties of the tenant may take. */
	@Transactional(readOnly = true)
	public List<Role> roles(Tenant tenant) {
		return List.copyOf(this.repository.roles(tenant));
	}

}
