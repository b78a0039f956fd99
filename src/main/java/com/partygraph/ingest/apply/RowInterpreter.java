package com.partygraph.ingest.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.RelationshipType;
import com.partygraph.graph.Tenant;
import com.partygraph.ingest.apply.Claims.ActivityClaim;
import com.partygraph.ingest.apply.Claims.EdgeClaim;
import com.partygraph.ingest.apply.Claims.PartyClaim;
import com.partygraph.ingest.apply.Claims.RecordRef;
import com.partygraph.ingest.apply.Claims.RoleClaim;
import com.partygraph.ingest.apply.Claims.RowPlan;
import com.partygraph.ingest.mapping.ActivitySpec;
import com.partygraph.ingest.mapping.PartySpec;
import com.partygraph.ingest.mapping.Ref;
import com.partygraph.ingest.mapping.RelationshipSpec;
import com.partygraph.ingest.mapping.RoleChoice;
import com.partygraph.ingest.mapping.RoleSpec;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.TableMapping;
import com.partygraph.ingest.mapping.TenantRule;
import com.partygraph.resolution.AddressFormatter;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;

/**
 * Reads a row through its table mapping into the claims it makes, or says why it cannot be mapped:
 * no name, a malformed email or phone, a date out of range or in the wrong order, a value of the
 * wrong type, over-long text, an unknown role or kind. Thread-safe.
 */
final class RowInterpreter {

	static final String ORGANIZATION_SUFFIX = "#organization";

	static final String PARTY_SUFFIX = "#party";

	private final SourceMapping mapping;

	private final Set<String> roleCodes;

	private final Normalizers normalize;

	RowInterpreter(SourceMapping mapping, Set<String> roleCodes, Normalizers normalizers) {
		this.mapping = mapping;
		this.roleCodes = roleCodes;
		this.normalize = normalizers;
	}

	/** The normalizers a row's values go through. */
	public record Normalizers(EmailNormalizer emails, PhoneNormalizer phones, DomainNormalizer domains, NameNormalizer names) {
	}

	Tenant tenant(String table, Map<String, Object> row) throws UnmappableRowException {
		TenantRule rule = this.mapping.tenantRule(table);
		if (rule.fixed() != null) {
			return Tenant.named(rule.fixed());
		}
		Object value = row.get(rule.column());
		if (value == null || value.toString().isBlank()) {
			throw new UnmappableRowException(rule.column() + ": no tenant (the column is empty)");
		}
		try {
			return Tenant.named((rule.format() == null ? "%s" : rule.format()).formatted(value.toString().strip()));
		}
		catch (IllegalArgumentException ex) {
			throw new UnmappableRowException(rule.column() + ": '" + value + "' does not make a tenant: " + ex.getMessage());
		}
	}

	RowPlan interpret(String table, String key, Map<String, Object> row) throws UnmappableRowException {
		TableMapping spec = this.mapping.tables().get(table);
		RowValues values = new RowValues(row);
		RecordRef self = new RecordRef(table, key);
		return switch (spec.kind()) {
			case PARTY -> party(self, spec.party(), values);
			case RELATIONSHIP -> relationship(spec.relationship(), values);
			case ROLE -> role(spec.role(), values);
			case ACTIVITY -> activity(self, spec.activity(), values);
			case RECORD -> new RowPlan(List.of(), List.of(), List.of(), null);
		};
	}

	private RowPlan party(RecordRef self, PartySpec spec, RowValues values) throws UnmappableRowException {
		PartyKind kind = kind(spec, values);
		Map<String, Object> fields = new HashMap<>();
		String given = values.text(spec.givenName());
		String family = values.text(spec.familyName());
		String legal = values.text(spec.legalName());
		String display = this.normalize.names().displayName(kind, values.text(spec.displayName()), given, family, legal);
		if (display == null) {
			throw new UnmappableRowException("no name: " + Stream.of(spec.displayName(), spec.givenName(),
					spec.familyName(), spec.legalName()).filter(c -> c != null).collect(Collectors.joining(", "))
					+ " empty");
		}
		fields.put("displayName", display);
		fields.put("normalizedName", this.normalize.names().normalizedName(kind, display, legal));
		fields.put("givenName", given);
		fields.put("familyName", family);
		fields.put("legalName", legal);
		fields.put("industry", values.text(spec.industry()));
		LocalDate birth = values.date(spec.birthDate());
		if (birth != null && birth.isAfter(LocalDate.now())) {
			throw new UnmappableRowException(spec.birthDate() + ": birth date " + birth + " is in the future");
		}
		fields.put("birthDate", birth);
		fields.put("addresses", address(spec.address(), values));
		List<String> emails = normalized(spec.emailColumns(), values, this.normalize.emails()::normalize,
				"not an email address");
		List<String> phones = normalized(spec.phoneColumns(), values, this.normalize.phones()::normalize,
				"not a valid phone number");
		List<String> domains = normalized(spec.domainColumns(), values, this.normalize.domains()::normalize,
				"not a web domain");

		List<PartyClaim> parties = new ArrayList<>();
		parties.add(new PartyClaim(self, kind, fields, emails, phones, domains, false));
		List<RoleClaim> roles = new ArrayList<>();
		for (String code : roles(spec.roles(), values)) {
			roles.add(new RoleClaim(self, code, null, null, null));
		}
		List<EdgeClaim> edges = new ArrayList<>();
		if (spec.organization() != null) {
			String organization = values.text(spec.organization().column());
			if (organization != null) {
				RecordRef org = new RecordRef(self.table(), self.key() + ORGANIZATION_SUFFIX);
				parties.add(new PartyClaim(org, PartyKind.ORGANIZATION,
						Map.of("displayName", organization, "normalizedName",
								this.normalize.names().organization(organization)),
						List.of(), List.of(), List.of(), true));
				Map<String, Object> properties = new HashMap<>();
				properties.put("title", values.text(spec.organization().title()));
				edges.add(new EdgeClaim(spec.organization().relationship(), self, org, properties));
			}
		}
		for (PartySpec.LinkSpec link : spec.linkList()) {
			String target = values.text(link.column());
			if (target != null) {
				edges.add(new EdgeClaim(link.relationship(), self, new RecordRef(link.table(), target), new HashMap<>()));
			}
		}
		return new RowPlan(parties, edges, roles, null);
	}

	private RowPlan relationship(RelationshipSpec spec, RowValues values) throws UnmappableRowException {
		RecordRef from = ref(spec.from(), values, "from");
		RecordRef to = ref(spec.to(), values, "to");
		LocalDate start = values.date(spec.startDate());
		LocalDate end = values.date(spec.endDate());
		if (start != null && end != null && end.isBefore(start)) {
			throw new UnmappableRowException(spec.endDate() + ": end date " + end + " is before start date " + start);
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("title", values.text(spec.title()));
		properties.put("department", values.text(spec.department()));
		properties.put("startDate", start);
		properties.put("endDate", end);
		properties.put("isPrimary", values.bool(spec.isPrimary()));
		Boolean current = values.bool(spec.isCurrent());
		properties.put("isCurrent", current != null ? current : end == null || !end.isBefore(LocalDate.now()));
		return new RowPlan(List.of(), List.of(new EdgeClaim(spec.type(), from, to, properties)), List.of(), null);
	}

	private RowPlan role(RoleSpec spec, RowValues values) throws UnmappableRowException {
		RecordRef party = ref(spec.party(), values, "party");
		String context = null;
		if (spec.context() != null) {
			RecordRef contextRecord = ref(spec.context(), values, "context");
			context = contextRecord.uid(this.mapping.source());
		}
		LocalDate since = values.date(spec.since());
		LocalDate until = values.date(spec.until());
		if (since != null && until != null && until.isBefore(since)) {
			throw new UnmappableRowException(spec.until() + ": " + until + " is before " + since);
		}
		List<RoleClaim> roles = new ArrayList<>();
		for (String code : roles(spec.role(), values)) {
			roles.add(new RoleClaim(party, code, since, until, context));
		}
		return new RowPlan(List.of(), List.of(), roles, null);
	}

	private RowPlan activity(RecordRef self, ActivitySpec spec, RowValues values) throws UnmappableRowException {
		List<PartyClaim> parties = new ArrayList<>();
		RecordRef party = null;
		for (Ref ref : spec.partyRefs()) {
			String target = values.text(ref.column());
			if (target != null) {
				party = new RecordRef(ref.table(), target);
				break;
			}
		}
		if (party == null && spec.partyEmail() != null) {
			String email = normalized(List.of(spec.partyEmail()), values, this.normalize.emails()::normalize,
					"not an email address").stream().findFirst().orElse(null);
			if (email != null) {
				party = new RecordRef(self.table(), self.key() + PARTY_SUFFIX);
				parties.add(new PartyClaim(party, PartyKind.PERSON,
						Map.of("displayName", email, "normalizedName", email), List.of(email), List.of(), List.of(),
						false));
			}
		}
		if (party == null) {
			throw new UnmappableRowException("no party: " + Stream.concat(spec.partyRefs().stream().map(Ref::column),
					Stream.ofNullable(spec.partyEmail())).collect(Collectors.joining(", ")) + " empty");
		}
		String at = values.timestamp(spec.at());
		if (at == null) {
			throw new UnmappableRowException(spec.at() + ": no time");
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (String column : spec.attributeColumns()) {
			attributes.put(column, values.text(column));
		}
		String currency = spec.currency() == null ? null : spec.currency().resolve(values.row());
		if (currency != null && !currency.matches("[A-Za-z]{3}")) {
			throw new UnmappableRowException("currency: '" + currency + "' is not an ISO 4217 code");
		}
		ActivityClaim activity = new ActivityClaim(party, spec.type(), at, values.number(spec.amount()),
				currency == null ? null : currency.toUpperCase(Locale.ROOT),
				spec.channel() == null ? null : spec.channel().resolve(values.row()), attributes);
		return new RowPlan(parties, List.of(), List.of(), activity);
	}

	private PartyKind kind(PartySpec spec, RowValues values) throws UnmappableRowException {
		String kind = spec.kind().resolve(values.row());
		if (kind == null) {
			throw new UnmappableRowException(spec.kind().column() + ": no party kind (the column is empty)");
		}
		try {
			return PartyKind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnmappableRowException(spec.kind().column() + ": unknown party kind '" + kind + "'");
		}
	}

	private List<String> roles(RoleChoice choice, RowValues values) throws UnmappableRowException {
		if (choice == null) {
			return List.of();
		}
		List<String> codes = choice.resolve(values.row());
		for (String code : codes) {
			if (!this.roleCodes.contains(code)) {
				throw new UnmappableRowException(
						(choice.column() != null ? choice.column() : "roles") + ": unknown role '" + code + "'");
			}
		}
		return codes;
	}

	private RecordRef ref(Ref ref, RowValues values, String what) throws UnmappableRowException {
		String table = ref.table();
		if (table == null) {
			table = values.text(ref.tableColumn());
			if (table == null || !this.mapping.tables().containsKey(table)) {
				throw new UnmappableRowException(ref.tableColumn() + ": '" + table + "' is not a mapped table");
			}
		}
		String key = values.text(ref.column());
		if (key == null) {
			throw new UnmappableRowException(ref.column() + ": no " + what + " (the column is empty)");
		}
		return new RecordRef(table, key);
	}

	private static List<String> normalized(List<String> columns, RowValues values,
			Function<String, java.util.Optional<String>> normalizer, String complaint) throws UnmappableRowException {
		Set<String> result = new LinkedHashSet<>();
		for (String column : columns) {
			String raw = values.text(column);
			if (raw != null) {
				result.add(normalizer.apply(raw)
					.orElseThrow(() -> new UnmappableRowException(column + ": '" + raw + "' is " + complaint)));
			}
		}
		return List.copyOf(result);
	}

	private static List<String> address(PartySpec.AddressSpec spec, RowValues values) throws UnmappableRowException {
		if (spec == null) {
			return List.of();
		}
		String address = AddressFormatter.format(values.text(spec.line1()), values.text(spec.line2()),
				values.text(spec.city()), values.text(spec.region()), values.text(spec.postalCode()),
				values.text(spec.country()));
		return address.isEmpty() ? List.of() : List.of(address);
	}

}
