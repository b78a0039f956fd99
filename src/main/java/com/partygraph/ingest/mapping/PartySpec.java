package com.partygraph.ingest.mapping;

import java.util.List;

/**
 * How a row describes a party: column names for each attribute (null when the table has none).
 *
 * @param kind PERSON or ORGANIZATION, fixed or from a column
 * @param organization a free-text column naming the person's organization, which becomes an
 * Organization party linked to the person
 * @param links foreign keys to other rows' parties, each becoming a typed relationship
 */
public record PartySpec(Choice kind, String displayName, String givenName, String familyName, String legalName,
		String birthDate, String industry, List<String> emails, List<String> phones, List<String> domains,
		AddressSpec address, RoleChoice roles, OrganizationSpec organization, List<LinkSpec> links) {

	public List<String> emailColumns() {
		return this.emails == null ? List.of() : this.emails;
	}

	public List<String> phoneColumns() {
		return this.phones == null ? List.of() : this.phones;
	}

	public List<String> domainColumns() {
		return this.domains == null ? List.of() : this.domains;
	}

	public List<LinkSpec> linkList() {
		return this.links == null ? List.of() : this.links;
	}

	/** Columns of a postal address; any may be null. */
	public record AddressSpec(String line1, String line2, String city, String region, String postalCode,
			String country) {
	}

	/** An organization named in free text, and how the row's person relates to it. */
	public record OrganizationSpec(String column, com.partygraph.graph.RelationshipType relationship, String title) {
	}

	/** A foreign key to the row of another party, and how this row's party relates to it. */
	public record LinkSpec(com.partygraph.graph.RelationshipType relationship, String table, String column) {
	}

}
