package com.partygraph.steward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.graph.neo4j.EmbeddedNeo4j;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.Api.Response;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.GraphDump;
import com.partygraph.support.IngestionApplicationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Steward decisions on the running application with the demo source streaming: a merge undone by an unmerge
 * gives both parties back exactly, new records after a merge are resolved again on unmerge, never-link keeps
 * parties apart whatever their rows later say (and is withdrawn once), a pinned link survives an update of its row,
 * an unlinked record stays away through a delete and re-insert, and conflicts are 409s.
 */
@IngestionApplicationTest
class StewardDecisionsIT {

    // Each test works in a business of its own, so that tests sharing the application never meet.
    private static final AtomicInteger BUSINESS = new AtomicInteger(70);

    @LocalServerPort
    int port;

    @Autowired
    DemoPostgres postgres;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Ingestion ingestion;

    private Api api;

    private int business;

    private String tenant;

    @BeforeEach
    void snapshotDone() {
        this.api = new Api(this.port);
        this.business = BUSINESS.incrementAndGet();
        this.tenant = "business-" + this.business;
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                this.ingestion.statuses().get(0).snapshot().rowsDone())
                        .isGreaterThanOrEqualTo(90));
    }

    @Test
    void mergeThenUnmergeGivesBothPartiesBackExactly() throws Exception {
        String priya = priyaAndTomas()[0];
        String tomas = priyaAndTomas()[1];
        String before = dump(priya) + dump(tomas);

        Response merged = this.api.post(
                this.tenant,
                "/api/v1/parties/" + priya + "/merge",
                "{\"partyId\": \"" + tomas + "\", \"reason\": \"same person, checked by phone\"}");
        assertThat(merged.status()).as("%s", merged).isEqualTo(200);
        assertThat(merged.text("/type")).isEqualTo("merge");
        assertThat(merged.text("/reason")).isEqualTo("same person, checked by phone");
        assertThat(merged.text("/by")).startsWith("key:");
        JsonNode survivor =
                this.api.get(this.tenant, "/api/v1/parties/" + tomas + "/360").body();
        assertThat(survivor.at("/party/id").asString()).isEqualTo(priya);
        assertThat(survivor.get("sourceRecords").toString()).contains("contacts", "customers");
        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + priya + "/merge", "{\"partyId\": \"" + tomas + "\"}")
                        .status())
                .as("merging a merged party again")
                .isEqualTo(409);

        Response unmerged = this.api.post(
                this.tenant, "/api/v1/parties/" + tomas + "/unmerge", "{\"reason\": \"two people after all\"}");
        assertThat(unmerged.status()).as("%s", unmerged).isEqualTo(200);
        assertThat(dump(priya) + dump(tomas)).isEqualTo(before);

        Response again = this.api.post(this.tenant, "/api/v1/parties/" + tomas + "/unmerge", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.text("/detail")).contains("not merged");
        List<String> decisions = this.api
                .get(this.tenant, "/api/v1/resolution/decisions?party=" + tomas)
                .body()
                .valueStream()
                .map(d -> d.get("type").asString())
                .toList();
        assertThat(decisions).containsExactly("unmerge", "merge");
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties/" + tomas + "/timeline")
                        .body()
                        .toString())
                .contains("decision-merge", "decision-unmerge");
        // The unmerge keeps them apart: a manual merge now needs that decision withdrawn first.
        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + priya + "/merge", "{\"partyId\": \"" + tomas + "\"}")
                        .text("/detail"))
                .contains("apart");
    }

    @Test
    void unmergeAfterNewRecordsGivesEachSideItsOwn() throws Exception {
        String[] ids = priyaAndTomas();
        String priya = ids[0];
        String tomas = ids[1];
        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + priya + "/merge", "{\"partyId\": \"" + tomas + "\"}")
                        .status())
                .isEqualTo(200);
        // While merged, a new lead of Tomas and a new customer row of Priya join the merged party.
        sql("INSERT INTO leads (business_id, lead_name, contact_email) VALUES (" + this.business
                + ", 'Tomas Berg', 'tomas.berg@example.net')");
        sql("INSERT INTO customers (business_id, customer_name, customer_kind, entity_type, email) VALUES ("
                + this.business + ", 'Priya Raman', 'individual', 'auction_buyer', 'priya.raman@example.org')");
        await().atMost(Duration.ofSeconds(30)).until(() -> records(priya).size() == 6);

        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + tomas + "/unmerge", "")
                        .status())
                .isEqualTo(200);

        assertThat(records(tomas)).containsExactlyInAnyOrder("leads", "contacts", "leads");
        assertThat(records(priya)).containsExactlyInAnyOrder("customers", "leads", "customers");
        assertThat(roles(priya)).containsExactlyInAnyOrder("website_customer", "prospect", "auction_buyer");
        assertThat(roles(tomas)).containsExactlyInAnyOrder("prospect", "contact");
    }

    @Test
    void neverLinkKeepsPartiesApartWhateverTheirRowsSayUntilWithdrawn() throws Exception {
        String[] ids = priyaAndTomas();
        String lead =
                sqlKey("SELECT id FROM leads WHERE business_id = " + this.business + " AND lead_name = 'Tomas Berg'");
        Response decided = this.api.post(
                this.tenant,
                "/api/v1/resolution/never-link",
                "{\"partyIds\": [\"" + ids[0] + "\", \"" + ids[1] + "\"], \"reason\": \"different people\"}");
        assertThat(decided.status()).as("%s", decided).isEqualTo(200);
        assertThat(decided.text("/type")).isEqualTo("never-link");

        // Tomas's lead now gives Priya's name, email and phone: without the decision it would join her.
        sql("UPDATE leads SET lead_name = 'Priya Raman', contact_email = 'priya.raman@example.org', "
                + "contact_phone = '415-555-0101' WHERE id = " + lead);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordEmails("leads", lead).contains("priya.raman@example.org"));
        assertThat(partyOf("leads", lead)).isNotEqualTo(ids[0]);
        assertThat(records(ids[0])).containsExactlyInAnyOrder("customers", "leads");

        Response withdrawn = this.api.delete(
                this.tenant, "/api/v1/resolution/decisions/" + decided.text("/id") + "?reason=checked%20again");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.text("/withdrawReason")).isEqualTo("checked again");
        assertThat(withdrawn.text("/withdrawnBy")).startsWith("key:");
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/resolution/decisions/" + decided.text("/id"))
                        .status())
                .isEqualTo(409);
        // Withdrawn, the rule no longer holds: the next change of the row is resolved as any other, and joins her.
        sql("UPDATE leads SET lead_name = 'Priya R. Raman' WHERE id = " + lead);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids[0].equals(partyOf("leads", lead)));
    }

    @Test
    void reresolutionDecidesAgainWhatAWithdrawnDecisionHeldAndKeepsWhatAStandingOneHolds() throws Exception {
        String[] ids = priyaAndTomas();
        String lead =
                sqlKey("SELECT id FROM leads WHERE business_id = " + this.business + " AND lead_name = 'Tomas Berg'");
        Response apart = this.api.post(
                this.tenant,
                "/api/v1/resolution/never-link",
                "{\"partyIds\": [\"" + ids[0] + "\", \"" + ids[1] + "\"]}");
        sql("UPDATE leads SET lead_name = 'Priya Raman', contact_email = 'priya.raman@example.org', "
                + "contact_phone = '415-555-0101' WHERE id = " + lead);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordEmails("leads", lead).contains("priya.raman@example.org"));
        // A rejected pair whose rows then agree, which must stay apart through the re-resolution.
        JsonNode rejected = doubtfulPair("Ingrid", "Solberg");
        assertThat(this.api
                        .post(
                                this.tenant,
                                "/api/v1/resolution/suggestions/"
                                        + rejected.get("id").asString() + "/reject",
                                "")
                        .status())
                .isEqualTo(200);
        sql(
                "UPDATE leads SET contact_phone = '303-555-0110', contact_email = 'ingrid@solberg.example' WHERE business_id = "
                        + this.business + " AND lead_name = 'Ingrid Solberg'");
        String ingrid = rejected.get("record").asString().split("/")[2];
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordEmails("leads", ingrid).contains("ingrid@solberg.example"));
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/resolution/decisions/" + apart.text("/id"))
                        .status())
                .isEqualTo(200);

        Response dry = this.api.post(this.tenant, "/api/v1/resolution/reresolve?dryRun=true", "");
        assertThat(dry.status()).as("%s", dry).isEqualTo(202);
        JsonNode counted = reresolved();
        assertThat(counted.get("dryRun").asBoolean()).isTrue();
        assertThat(counted.at("/summary/merged").asLong()
                        + counted.at("/summary/moved").asLong())
                .isPositive();
        assertThat(counted.at("/summary/examples").toString()).contains("\"to\":\"" + ids[0] + "\"");
        assertThat(partyOf("leads", lead)).as("a dry run writes nothing").isNotEqualTo(ids[0]);

        assertThat(this.api
                        .post(this.tenant, "/api/v1/resolution/reresolve", "")
                        .status())
                .isEqualTo(202);
        JsonNode applied = reresolved();
        assertThat(applied.get("dryRun").asBoolean()).isFalse();
        assertThat(applied.get("rowsDone").asLong())
                .isEqualTo(applied.get("rowsTotal").asLong())
                .isPositive();
        assertThat(partyOf("leads", lead)).isEqualTo(ids[0]);
        assertThat(partyOf("leads", ingrid))
                .isNotEqualTo(rejected.get("candidateId").asString());
        assertConsistent();
    }

    private JsonNode reresolved() {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> this.api
                                .get(this.tenant, "/api/v1/resolution/reresolve")
                                .body(),
                        status -> !status.get("state").asString().equals("running"));
    }

    @Test
    void aLinkedRecordStaysThroughUpdatesAndAnUnlinkedOneNeverComesBack() throws Exception {
        String[] ids = priyaAndTomas();
        String contact = sqlKey("SELECT id FROM contacts WHERE business_id = " + this.business);
        // Tomas's contact row is Priya's by hand, pinned.
        Response linked = this.api.post(
                this.tenant,
                "/api/v1/parties/" + ids[0] + "/records",
                "{\"source\": \"demo\", \"table\": \"contacts\", \"key\": \"" + contact + "\"}");
        assertThat(linked.status()).as("%s", linked).isEqualTo(200);
        assertThat(records(ids[0])).contains("contacts");
        assertThat(roles(ids[0])).contains("contact");
        assertThat(roles(ids[1])).doesNotContain("contact");
        // Its row changes in a way that would move it: it stays.
        sql("UPDATE contacts SET title = 'CEO', phone = '212-555-0188' WHERE id = " + contact);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> this.api
                        .get(this.tenant, "/api/v1/parties/" + ids[0])
                        .body()
                        .at("/party/phones")
                        .toString()
                        .contains("2125550188"));
        assertThat(records(ids[1])).doesNotContain("contacts");

        // Unlinked from Priya: it goes elsewhere and never comes back, even deleted and inserted again.
        Response unlinked = this.api.delete(
                this.tenant,
                "/api/v1/parties/" + ids[0] + "/records/demo/contacts/" + contact + "?reason=wrong%20person");
        assertThat(unlinked.status()).as("%s", unlinked).isEqualTo(200);
        assertThat(records(ids[0])).doesNotContain("contacts");
        sql("DELETE FROM contacts WHERE id = " + contact);
        sql("INSERT INTO contacts (id, business_id, first_name, last_name, email, phone, organization) VALUES ("
                + contact + ", " + this.business
                + ", 'Tomas', 'Berg', 'priya.raman@example.org', '415-555-0101', 'Berg Freight')");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordEmails("contacts", contact).contains("priya.raman@example.org"));
        assertThat(partyOf("contacts", contact)).isNotEqualTo(ids[0]);
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/parties/" + ids[0] + "/records/demo/contacts/" + contact)
                        .status())
                .as("not linked to that party any more")
                .isEqualTo(404);
    }

    @Test
    void aStewardsCorrectionOutranksEveryRowUntilWithdrawn() throws Exception {
        String priya = priyaAndTomas()[0];
        Response edited = this.api.patch(
                this.tenant,
                "/api/v1/parties/" + priya,
                "{\"displayName\": \"Dr. Priya Raman\", \"birthDate\": \"1985-04-02\", \"reason\": \"from her passport\"}");
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.text("/type")).isEqualTo("edit");
        assertThat(edited.text("/evidence")).contains("\"before\":{\"displayName\":\"Priya Raman\"");
        JsonNode party = this.api.get(this.tenant, "/api/v1/parties/" + priya).body();
        assertThat(party.at("/party/displayName").asString()).isEqualTo("Dr. Priya Raman");
        assertThat(party.at("/party/birthDate").asString()).isEqualTo("1985-04-02");
        assertThat(party.at("/party/provenance").toString()).contains("displayName ← steward/correction/" + priya);

        // A row saying otherwise later does not win over the steward.
        sql("UPDATE customers SET customer_name = 'Priya Raman-Iyer' WHERE business_id = " + this.business);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordRaw("customers").contains("Raman-Iyer"));
        assertThat(this.api.get(this.tenant, "/api/v1/parties/" + priya).text("/party/displayName"))
                .isEqualTo("Dr. Priya Raman");

        Response wrongKind = this.api.patch(this.tenant, "/api/v1/parties/" + priya, "{\"legalName\": \"Raman Inc\"}");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.text("/errors/0/field")).isEqualTo("legalName");
        assertThat(this.api.patch(this.tenant, "/api/v1/parties/" + priya, "{}").status())
                .isEqualTo(400);

        assertThat(this.api
                        .delete(this.tenant, "/api/v1/resolution/decisions/" + edited.text("/id"))
                        .status())
                .isEqualTo(200);
        JsonNode restored =
                this.api.get(this.tenant, "/api/v1/parties/" + priya).body();
        assertThat(restored.at("/party/displayName").asString()).isIn("Priya Raman", "Priya Raman-Iyer");
        assertThat(restored.at("/party/birthDate").isMissingNode()
                        || restored.at("/party/birthDate").isNull())
                .isTrue();
        assertThat(restored.at("/party/provenance").toString()).doesNotContain("steward/correction");
    }

    @Test
    void aStewardEndsARowsRelationshipAndRetractsOnlyTheirOwn() throws Exception {
        String[] ids = priyaAndTomas();
        JsonNode employer = relationship(ids[0], "EMPLOYEE_OF");
        String id = employer.get("id").asString();
        Response ended = this.api.patch(
                this.tenant,
                "/api/v1/parties/" + ids[0] + "/relationships/" + id,
                "{\"endDate\": \"2026-06-30\", \"reason\": \"left in June\"}");
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);
        assertThat(ended.text("/type")).isEqualTo("end-relationship");
        assertThat(relationship(ids[0], "EMPLOYEE_OF").get("endDate").asString())
                .isEqualTo("2026-06-30");
        assertThat(relationship(ids[0], "EMPLOYEE_OF").get("isCurrent").asBoolean())
                .isFalse();
        // The row asserting it changes: the steward's end stays.
        sql("UPDATE leads SET lead_source = 'fair' WHERE business_id = " + this.business
                + " AND lead_name = 'Priya Raman'");
        await().atMost(Duration.ofSeconds(30)).until(() -> recordRaw("leads").contains("fair"));
        assertThat(relationship(ids[0], "EMPLOYEE_OF").get("isCurrent").asBoolean())
                .isFalse();
        Response retract = this.api.delete(this.tenant, "/api/v1/parties/" + ids[0] + "/relationships/" + id);
        assertThat(retract.status()).isEqualTo(409);
        assertThat(retract.text("/detail")).contains("end it instead");

        // Withdrawn, the end goes: the edge says again what its rows say.
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/resolution/decisions/" + ended.text("/id"))
                        .status())
                .isEqualTo(200);
        JsonNode reopened = relationship(ids[0], "EMPLOYEE_OF");
        assertThat(reopened.get("isCurrent")).isEqualTo(employer.get("isCurrent"));
        assertThat(reopened.get("endDate")).isEqualTo(employer.get("endDate"));

        // A relationship a steward entered is retracted; the edge goes.
        assertThat(this.api
                        .post(
                                this.tenant,
                                "/api/v1/parties/" + ids[0] + "/relationships",
                                "{\"type\": \"ADVISOR_TO\", \"targetId\": \"" + ids[1]
                                        + "\", \"startDate\": \"2020-01-01\"}")
                        .status())
                .isEqualTo(201);
        String advisor = relationship(ids[0], "ADVISOR_TO").get("id").asString();
        Response beforeItBegan = this.api.patch(
                this.tenant,
                "/api/v1/parties/" + ids[0] + "/relationships/" + advisor,
                "{\"endDate\": \"2019-12-31\"}");
        assertThat(beforeItBegan.status()).isEqualTo(400);
        assertThat(beforeItBegan.text("/errors/0/field")).isEqualTo("endDate");
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/parties/" + ids[0] + "/relationships/" + advisor + "?reason=typo")
                        .status())
                .isEqualTo(200);
        assertThat(this.api
                        .get(this.tenant, "/api/v1/parties/" + ids[0])
                        .body()
                        .get("relationships")
                        .toString())
                .doesNotContain("ADVISOR_TO");
        assertThat(this.api
                        .delete(this.tenant, "/api/v1/parties/" + ids[0] + "/relationships/OWNER_OF:x:y")
                        .status())
                .isEqualTo(404);
    }

    private JsonNode relationship(String partyId, String type) {
        return this.api
                .get(this.tenant, "/api/v1/parties/" + partyId)
                .body()
                .get("relationships")
                .valueStream()
                .filter(r -> r.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void erasingAMergedAwayPartyErasesOnlyWhatCameFromItsOwnRecords() throws Exception {
        String[] ids = priyaAndTomas();
        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + ids[0] + "/merge", "{\"partyId\": \"" + ids[1] + "\"}")
                        .status())
                .isEqualTo(200);
        Response erased = this.api.post(this.tenant, "/api/v1/parties/" + ids[1] + "/erasure", "");
        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        assertThat(erased.text("/partyId")).isEqualTo(ids[1]);
        assertThat(this.api.get(this.tenant, "/api/v1/parties/" + ids[1]).text("/party/status"))
                .isEqualTo("erased");
        JsonNode priya = this.api.get(this.tenant, "/api/v1/parties/" + ids[0]).body();
        assertThat(priya.at("/party/status").asString()).isEqualTo("active");
        assertThat(priya.at("/party/displayName").asString()).isEqualTo("Priya Raman");
        assertThat(records(ids[0])).containsExactlyInAnyOrder("customers", "leads");
    }

    @Test
    void theReviewQueueShowsBothSidesAndARejectedPairStaysApartWhenItsRowsLaterAgree() throws Exception {
        JsonNode suggestion = doubtfulPair("Ingrid", "Solberg");
        assertThat(suggestion.get("status").asString()).isEqualTo("open");
        assertThat(suggestion.get("table").asString()).isEqualTo("leads");
        assertThat(suggestion.at("/party/displayName").asString()).isEqualTo("Ingrid Solberg");
        assertThat(suggestion.at("/candidate/displayName").asString()).isEqualTo("Ingrid Solberg");
        assertThat(suggestion.at("/party/emails").toString()).contains("ingrid@example.com");
        assertThat(suggestion.at("/candidate/phones").toString()).contains("+13035550110");
        assertThat(suggestion.at("/candidate/recordCount").asLong()).isEqualTo(1);
        assertThat(suggestion.get("explanation").toString()).contains("\"feature\":\"givenName\",\"level\":\"exact\"");
        String id = suggestion.get("id").asString();
        assertThat(this.api
                        .get(this.tenant, "/api/v1/resolution/suggestions/" + id)
                        .body()
                        .get("id")
                        .asString())
                .isEqualTo(id);
        assertThat(this.api
                        .get(this.tenant, "/api/v1/resolution/suggestions?table=customers")
                        .body())
                .isEmpty();
        assertThat(this.api
                        .get(this.tenant, "/api/v1/resolution/suggestions?minScore=0.9&maxScore=0.3")
                        .status())
                .isEqualTo(400);

        Response rejected = this.api.post(
                this.tenant,
                "/api/v1/resolution/suggestions/" + id + "/reject",
                "{\"reason\": \"two people, asked them\"}");
        assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
        assertThat(rejected.text("/type")).isEqualTo("reject");
        JsonNode answered = this.api
                .get(this.tenant, "/api/v1/resolution/suggestions/" + id)
                .body();
        assertThat(answered.get("status").asString()).isEqualTo("rejected");
        assertThat(answered.get("decision").asString()).isEqualTo(rejected.text("/id"));
        Response accept = this.api.post(this.tenant, "/api/v1/resolution/suggestions/" + id + "/accept", "");
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.text("/detail")).contains("rejected");

        // The two rows now give one phone and one email: without the rejection they would be one party.
        String key = suggestion.get("record").asString().split("/")[2];
        sql(
                "UPDATE leads SET contact_phone = '303-555-0110', contact_email = 'ingrid@solberg.example' WHERE business_id = "
                        + this.business);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recordEmails("leads", key).contains("ingrid@solberg.example"));
        assertThat(partyOf("leads", key))
                .isNotEqualTo(suggestion.get("candidateId").asString());
        assertThat(this.api.get(this.tenant, "/api/v1/resolution/suggestions").body())
                .isEmpty();

        // Another tenant sees none of this: the suggestion, the decision and its rule are this tenant's alone.
        String other = "business-" + (this.business + 500);
        assertThat(this.api.get(other, "/api/v1/resolution/suggestions/" + id).status())
                .isEqualTo(404);
        assertThat(this.api
                        .post(other, "/api/v1/resolution/suggestions/" + id + "/accept", "")
                        .status())
                .isEqualTo(404);
        assertThat(this.api
                        .get(other, "/api/v1/resolution/decisions/" + rejected.text("/id"))
                        .status())
                .isEqualTo(404);
        assertThat(this.api
                        .delete(other, "/api/v1/resolution/decisions/" + rejected.text("/id"))
                        .status())
                .isEqualTo(404);
        assertThat(this.api.get(other, "/api/v1/resolution/decisions").body()).isEmpty();

        JsonNode quality =
                this.api.get(this.tenant, "/api/v1/resolution/quality").body();
        assertThat(quality.get("weeks"))
                .singleElement()
                .satisfies(week -> assertThat(week.get("rejected").asLong()).isEqualTo(1));
        assertThat(quality.get("buckets")).singleElement().satisfies(bucket -> {
            assertThat(bucket.get("from").asDouble()).isEqualTo(0.3);
            assertThat(bucket.get("rejected").asLong()).isEqualTo(1);
            assertThat(bucket.get("acceptance").asDouble()).isEqualTo(0.0);
        });
        assertThat(quality.at("/thresholds/autoLink").asDouble()).isEqualTo(0.8);
        assertThat(quality.at("/suggested/autoLink").isNull())
                .as("one decision suggests nothing")
                .isTrue();
    }

    @Test
    void anAcceptedSuggestionMakesOnePartyAndOfTwoAcceptsAtOnceOneWins() throws Exception {
        JsonNode suggestion = doubtfulPair("Oskar", "Lindqvist");
        String path = "/api/v1/resolution/suggestions/" + suggestion.get("id").asString() + "/accept";
        List<java.util.concurrent.CompletableFuture<Response>> accepts = List.of(
                java.util.concurrent.CompletableFuture.supplyAsync(() -> this.api.post(this.tenant, path, "")),
                java.util.concurrent.CompletableFuture.supplyAsync(() -> this.api.post(this.tenant, path, "")));
        List<Integer> statuses =
                accepts.stream().map(f -> f.join().status()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);

        String key = suggestion.get("record").asString().split("/")[2];
        String party = partyOf("leads", key);
        // A merged id answers with its survivor.
        assertThat(party)
                .isEqualTo(this.api
                        .get(
                                this.tenant,
                                "/api/v1/parties/"
                                        + suggestion.get("candidateId").asString() + "/360")
                        .text("/party/id"));
        assertThat(records(party)).containsExactly("leads", "leads");
        assertThat(this.api
                        .get(this.tenant, "/api/v1/resolution/suggestions?status=accepted")
                        .body())
                .singleElement()
                .satisfies(s -> assertThat(s.get("decidedBy").asString()).startsWith("key:"));
        assertConsistent();
    }

    @Test
    void aSuggestionMadeMootByAMergeClosesItself() throws Exception {
        JsonNode suggestion = doubtfulPair("Mette", "Dahl");
        assertThat(this.api
                        .post(
                                this.tenant,
                                "/api/v1/parties/"
                                        + suggestion.get("candidateId").asString() + "/merge",
                                "{\"partyId\": \"" + suggestion.get("partyId").asString() + "\"}")
                        .status())
                .isEqualTo(200);
        JsonNode closed = this.api
                .get(
                        this.tenant,
                        "/api/v1/resolution/suggestions/" + suggestion.get("id").asString())
                .body();
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("closedReason").asString()).contains("merged");
        assertThat(this.api.get(this.tenant, "/api/v1/resolution/suggestions").body())
                .isEmpty();
    }

    @Test
    void anUnmergeRacingAnAcceptOnTheSamePartiesLeavesAConsistentGraph() throws Exception {
        JsonNode suggestion = doubtfulPair("Lena", "Voss");
        String party = suggestion.get("partyId").asString();
        // Another person merged into the record's party by hand, to be unmerged while the suggestion is accepted.
        sql("INSERT INTO leads (business_id, lead_name, contact_email) VALUES (" + this.business
                + ", 'Aksel Brun', 'aksel@example.com')");
        String aksel = await().atMost(Duration.ofSeconds(30))
                .until(() -> partyByEmail("aksel@example.com"), java.util.Objects::nonNull);
        assertThat(this.api
                        .post(this.tenant, "/api/v1/parties/" + party + "/merge", "{\"partyId\": \"" + aksel + "\"}")
                        .status())
                .isEqualTo(200);

        var unmerge = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> this.api.post(this.tenant, "/api/v1/parties/" + aksel + "/unmerge", ""));
        var accept = java.util.concurrent.CompletableFuture.supplyAsync(() -> this.api.post(
                this.tenant,
                "/api/v1/resolution/suggestions/" + suggestion.get("id").asString() + "/accept",
                ""));
        // They touch the same parties one after the other, whichever comes first; both are still allowed.
        assertThat(unmerge.join().status()).as("%s", unmerge.join()).isEqualTo(200);
        assertThat(accept.join().status()).as("%s", accept.join()).isEqualTo(200);
        assertThat(records(aksel)).containsExactly("leads");
        String lena =
                this.api.get(this.tenant, "/api/v1/parties/" + party + "/360").text("/party/id");
        assertThat(records(lena)).containsExactly("leads", "leads");
        assertConsistent();
    }

    /**
     * Two leads of one name, one with a phone, the other with an email: a doubtful pair (a name alone agrees, at
     * about 0.34 in a tenant this small) that resolution suggests for review. Returns the open suggestion as the
     * review queue shows it.
     */
    private JsonNode doubtfulPair(String given, String family) throws Exception {
        sql("INSERT INTO leads (business_id, lead_name, contact_phone) VALUES (" + this.business + ", '" + given + " "
                + family + "', '303-555-0110')");
        sql("INSERT INTO leads (business_id, lead_name, contact_email) VALUES (" + this.business + ", '" + given + " "
                + family + "', '" + given.toLowerCase(java.util.Locale.ROOT) + "@example.com')");
        JsonNode queue = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> this.api
                                .get(this.tenant, "/api/v1/resolution/suggestions?source=demo&kind=PERSON")
                                .body(),
                        found -> !found.isEmpty());
        assertThat(queue).hasSize(1);
        return queue.get(0);
    }

    /**
     * The tenant's graph holds together: every live party record identifies one party, an active one; a merged
     * party has no record and points at an active party; every active party has a record.
     */
    private void assertConsistent() {
        Map<String, Object> counts = cypher("""
				MATCH (p:Party {tenant: $tenant})
				RETURN count { MATCH (s:SourceRecord {tenant: $tenant}) WHERE s.partyKind IS NOT NULL AND NOT coalesce(s.deleted, false)
				                 AND count { (s)-[:IDENTIFIES]->(:Party {status: 'active'}) } <> 1 } AS badRecords,
				       count { MATCH (m:Party {tenant: $tenant, status: 'merged'})
				               WHERE EXISTS { (:SourceRecord)-[:IDENTIFIES]->(m) }
				                  OR NOT EXISTS { MATCH (s:Party {tenant: $tenant, id: m.mergedInto, status: 'active'}) } } AS badMerged,
				       count { MATCH (a:Party {tenant: $tenant, status: 'active'})
				               WHERE NOT EXISTS { (:SourceRecord)-[:IDENTIFIES]->(a) } } AS empty
				LIMIT 1""", Map.of("tenant", this.tenant)).get(0);
        assertThat(counts)
                .containsEntry("badRecords", 0L)
                .containsEntry("badMerged", 0L)
                .containsEntry("empty", 0L);
    }

    /** Priya Raman (a customer and a lead, an invoice) and Tomas Berg (a lead and a contact), streamed in. */
    private String[] priyaAndTomas() throws Exception {
        if (partyByEmail("priya.raman@example.org") == null) {
            sql(
                    "INSERT INTO customers (business_id, customer_name, customer_kind, entity_type, email, phone, city) VALUES ("
                            + this.business
                            + ", 'Priya Raman', 'individual', 'website_customer', 'priya.raman@example.org', "
                            + "'415-555-0101', 'Oakland')");
            sql("INSERT INTO leads (business_id, lead_name, contact_email, company_name) VALUES (" + this.business
                    + ", 'Priya Raman', 'priya.raman@example.org', 'Raman Labs')");
            sql("INSERT INTO sales_invoices (business_id, customer_id, invoice_number, order_type, sales_channel, "
                    + "invoice_date, total_amount) SELECT business_id, id, 'INV-" + this.business
                    + "', 'sale', 'website', DATE '2026-11-01', 120.50 FROM customers WHERE business_id = "
                    + this.business);
            sql("INSERT INTO leads (business_id, lead_name, contact_email, company_name) VALUES (" + this.business
                    + ", 'Tomas Berg', 'tomas.berg@example.net', 'Berg Freight')");
            sql("INSERT INTO contacts (business_id, first_name, last_name, email, organization, title) VALUES ("
                    + this.business + ", 'Tomas', 'Berg', 'tomas.berg@example.net', 'Berg Freight', 'COO')");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> partyByEmail("tomas.berg@example.net") != null
                            && records(partyByEmail("tomas.berg@example.net")).size() == 2
                            && records(partyByEmail("priya.raman@example.org")).size() == 2
                            && roles(partyByEmail("tomas.berg@example.net")).contains("contact"));
        }
        return new String[] {partyByEmail("priya.raman@example.org"), partyByEmail("tomas.berg@example.net")};
    }

    /**
     * The party's neighbourhood as canonical text: its labels and properties, and each relationship (type,
     * direction, properties; an edge's sources with their assertions in source order) with the node at its other
     * end (labels and properties; another party by id only). Left aside: what records when the engine touched
     * something (version, updatedAt, updatedBy, lastSeen) and the audit nodes (merges, decisions, timeline).
     */
    private String dump(String partyId) {
        Set<String> volatileKeys = GraphDump.TOUCH_STAMPS;
        List<Map<String, Object>> rows = cypher("""
				MATCH (p:Party {tenant: $tenant, id: $id})
				OPTIONAL MATCH (p)-[r]-(o)
				WHERE NOT type(r) IN ['SURVIVOR', 'ABSORBED']
				RETURN labels(p) AS labels, properties(p) AS party, type(r) AS type, startNode(r) = p AS out,
				       properties(r) AS rel, labels(o) AS otherLabels,
				       CASE WHEN o:Party THEN {id: o.id} ELSE properties(o) END AS other""", Map.of("tenant", this.tenant, "id", partyId));
        List<String> lines = new ArrayList<>();
        lines.add(rows.get(0).get("labels") + " "
                + GraphDump.canonical(rows.get(0).get("party"), volatileKeys));
        for (Map<String, Object> row : rows) {
            if (row.get("type") != null) {
                lines.add(row.get("type") + ((Boolean) row.get("out") ? "->" : "<-") + " "
                        + GraphDump.canonical(row.get("rel"), volatileKeys) + " " + row.get("otherLabels") + " "
                        + GraphDump.canonical(row.get("other"), volatileKeys));
            }
        }
        java.util.Collections.sort(lines.subList(1, lines.size()));
        return String.join("\n", lines) + "\n";
    }

    private String partyByEmail(String email) {
        JsonNode items = this.api
                .get(this.tenant, "/api/v1/parties?email=" + email)
                .body()
                .get("items");
        return items.isEmpty() ? null : items.get(0).get("id").asString();
    }

    private String partyOf(String table, String key) {
        List<Map<String, Object>> rows = cypher("""
				MATCH (:SourceRecord {tenant: $tenant, source: 'demo', table: $table, key: $key})-[:IDENTIFIES]->(p:Party)
				RETURN p.id AS id""", Map.of("tenant", this.tenant, "table", table, "key", key));
        return rows.isEmpty() ? null : (String) rows.get(0).get("id");
    }

    /** The raw rows of the tenant's records of the table, one a line. */
    private String recordRaw(String table) {
        List<Map<String, Object>> rows = cypher("""
				MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: $table})
				RETURN s.raw AS raw""", Map.of("tenant", this.tenant, "table", table));
        return rows.stream()
                .map(row -> String.valueOf(row.get("raw")))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private String recordEmails(String table, String key) {
        List<Map<String, Object>> rows = cypher("""
				MATCH (s:SourceRecord {tenant: $tenant, source: 'demo', table: $table, key: $key})
				RETURN s.emails AS emails""", Map.of("tenant", this.tenant, "table", table, "key", key));
        return rows.isEmpty() ? "" : String.valueOf(GraphDump.plain(rows.get(0).get("emails")));
    }

    private List<String> records(String partyId) {
        return this.api
                .get(this.tenant, "/api/v1/parties/" + partyId)
                .body()
                .get("sourceRecords")
                .valueStream()
                .filter(r -> !r.get("deleted").asBoolean(false))
                .map(r -> r.get("table").asString())
                .toList();
    }

    private List<String> roles(String partyId) {
        return this.api
                .get(this.tenant, "/api/v1/parties/" + partyId)
                .body()
                .get("roles")
                .valueStream()
                .map(r -> r.get("code").asString())
                .distinct()
                .toList();
    }

    private List<Map<String, Object>> cypher(String statement, Map<String, Object> parameters) {
        return DemoDatabases.cypher(this.neo4j, statement, parameters);
    }

    private void sql(String statement) throws Exception {
        DemoDatabases.sql(this.postgres, statement);
    }

    private String sqlKey(String statement) throws Exception {
        return DemoDatabases.sqlKey(this.postgres, statement);
    }
}
