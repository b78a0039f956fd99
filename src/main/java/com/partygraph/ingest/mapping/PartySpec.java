package com.partygraph.ingest.mapping;

import java.util.List;

/**
 * How a row describes a party: column names for each attribute (null when the table has none).
 *
 * @param kind PERSON or ORGANIZATION, fixed or from a column
 * @param fullName a name in one column: a person's is split into given, middle and family name ("Smith,
 * Robert J." and "Dr. Robert J. Smith Jr." alike); an organization's is its name
 * @param otherNames columns with other names the party goes by (DBA, former names)
 * @param birthDateFormat the birth date's pattern when it is not ISO, m/d/yyyy or yyyymmdd ({@code dd.MM.yyyy})
 * @param identifiers typed identifiers ({@code {type: tax_id, column: vat_no}})
 * @param organization a free-text column naming the person's organization, which becomes an
 * Organization party linked to the person
 * @param links foreign keys to other rows' parties, each becoming a typed relationship
 */
public record PartySpec(
        Choice kind,
        String displayName,
        String fullName,
        String givenName,
        String middleName,
        String familyName,
        String legalName,
        List<String> otherNames,
        String birthDate,
        String birthDateFormat,
        String industry,
        List<String> emails,
        List<String> phones,
        List<String> domains,
        AddressSpec address,
        List<IdentifierSpec> identifiers,
        RoleChoice roles,
        OrganizationSpec organization,
        List<LinkSpec> links) {

    public List<String> emailColumns() {
        return this.emails == null ? List.of() : this.emails;
    }

    public List<String> phoneColumns() {
        return this.phones == null ? List.of() : this.phones;
    }

    public List<String> domainColumns() {
        return this.domains == null ? List.of() : this.domains;
    }

    public List<String> otherNameColumns() {
        return this.otherNames == null ? List.of() : this.otherNames;
    }

    public List<IdentifierSpec> identifierList() {
        return this.identifiers == null ? List.of() : this.identifiers;
    }

    public List<LinkSpec> linkList() {
        return this.links == null ? List.of() : this.links;
    }

    /**
     * A postal address: its parts, each from one column or several joined by a blank ({@code line1:
     * [street_name, street_type]}), or one free-text column parsed into parts ({@code text: address}).
     */
    public record AddressSpec(
            List<String> text,
            List<String> streetNumber,
            List<String> line1,
            List<String> line2,
            List<String> city,
            List<String> region,
            List<String> postalCode,
            List<String> country) {

        /** Every column the address reads. */
        public List<String> columns() {
            return java.util.stream.Stream.of(
                            this.text,
                            this.streetNumber,
                            this.line1,
                            this.line2,
                            this.city,
                            this.region,
                            this.postalCode,
                            this.country)
                    .filter(java.util.Objects::nonNull)
                    .flatMap(List::stream)
                    .toList();
        }
    }

    /** An identifier of a type ({@code tax_id}, {@code national_id}, {@code lei}, …) in a column. */
    public record IdentifierSpec(String type, String column) {}

    /** An organization named in free text, and how the row's person relates to it. */
    public record OrganizationSpec(String column, com.partygraph.graph.RelationshipType relationship, String title) {}

    /** A foreign key to the row of another party, and how this row's party relates to it. */
    public record LinkSpec(com.partygraph.graph.RelationshipType relationship, String table, String column) {}
}
