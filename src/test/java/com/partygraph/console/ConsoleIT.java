package com.partygraph.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.source.SourceConnector;
import com.partygraph.ingest.source.demo.DemoPostgres;
import com.partygraph.support.Api;
import com.partygraph.support.Chromium;
import com.partygraph.support.DemoDatabases;
import com.partygraph.support.IngestionApplicationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The steward console in a real headless Chromium against the application with the demo data: sign in, find a
 * party by a name typed with a typo and read its page; a wrong key is refused; another tenant's key sees none of
 * this tenant's parties.
 */
@IngestionApplicationTest
class ConsoleIT {

    private static final String ACME = "business-1";

    private static final Random RANDOM = new Random();

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @Autowired
    DemoPostgres postgres;

    @Autowired
    Ingestion ingestion;

    @LocalServerPort
    int port;

    // The demo rows are in (this application may be shared with other tests that restarted its source).
    @BeforeEach
    void demoLoaded() {
        Api api = new Api(this.port);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get(ACME, "/api/v1/parties?email=jane.doe@acmerobotics.com")
                                .body()
                                .path("items")
                                .size()
                        == 1);
    }

    @Test
    void signInFindAPartyByANameWithATypoAndReadItsPage() {
        WebDriver browser = signIn(Api.OPERATOR_KEY, "");
        assertThat(browser.getCurrentUrl()).endsWith("/console/").doesNotContain("pg_");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("tenant " + ACME);

        browser.findElement(By.id("q")).sendKeys("jnae doe");
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Jane Doe")));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Searched as name", "demo");
        new Select(browser.findElement(By.name("source"))).selectByVisibleText("demo");
        this.chromium.await().until(ExpectedConditions.urlContains("source=demo"));
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Jane Doe")));
        this.chromium.screenshot("console-directory");

        browser.findElement(By.linkText("Jane Doe")).click();
        this.chromium.await().until(ExpectedConditions.titleContains("Jane Doe"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("Jane Doe", "Person", "jane.doe@acmerobotics.com")
                .contains("Roles", "Prospect", "demo/leads/1")
                .contains("Source records", "contacts", "customers")
                .contains("Relationships", "EMPLOYEE_OF", "Acme Robotics")
                .contains("Timeline", "record-linked");
        this.chromium.screenshot("console-party");

        browser.findElement(By.linkText("Acme Robotics, Inc.")).click();
        this.chromium.await().until(ExpectedConditions.titleContains("Acme Robotics"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Organization");
    }

    @Test
    void aWrongKeyIsRefusedAndNotShownAnywhere() {
        WebDriver browser = signIn("pg_not-a-key-0123456789abcdefghij", "");
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("The API key is not valid, or was revoked");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in").doesNotContain("pg_");
        assertThat(browser.getPageSource()).doesNotContain("pg_not-a-key");
        browser.get(base() + "/console/");
        assertThat(browser.getCurrentUrl())
                .as("not signed in: back to the sign-in page")
                .contains("/console/sign-in");
    }

    @Test
    void anotherTenantsKeySeesNoneOfThisTenantsParties() {
        String other = "t-" + UUID.randomUUID();
        String key = new Api(this.port)
                .post(other, "/api/v1/keys", "{\"role\": \"steward\", \"name\": \"other tenant\"}")
                .text("/key");
        String jane = new Api(this.port)
                .get(ACME, "/api/v1/parties?email=jane.doe@acmerobotics.com")
                .text("/items/0/id");

        WebDriver browser = signIn(key, "");
        assertThat(browser.findElement(By.cssSelector("header .who")).getText()).contains("tenant " + other);
        browser.findElement(By.id("q")).sendKeys("jane doe");
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "No party found"));

        browser.get(base() + "/console/parties/" + jane);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Jane Doe");

        WebDriver again = signIn(key, ACME);
        assertThat(again.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Only an operator key may work on another tenant");
    }

    @Test
    void aStewardAcceptsOneSuggestionAndRejectsAnotherFromTheQueue() {
        String tenant = "t-" + UUID.randomUUID();
        Api api = new Api(this.port);
        String[] ada = pair(api, tenant, "Ada", "Quill", "ada@quill.example");
        String[] bo = pair(api, tenant, "Bo", "Lind", "bo@lind.example");

        WebDriver browser = signIn(Api.OPERATOR_KEY, tenant);
        browser.get(base() + "/console/review");
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("accept")));
        this.chromium.screenshot("console-review");
        String first = browser.findElement(By.cssSelector("article.pair")).getAttribute("data-suggestion");
        assertThat(browser.findElement(By.cssSelector("table.explanation")).getText())
                .contains("email", "exact");

        browser.findElement(By.tagName("body")).sendKeys("a");
        this.chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("item"), "Accepted"));
        this.chromium
                .await()
                .until(driver -> !first.equals(
                        driver.findElement(By.cssSelector("article.pair")).getAttribute("data-suggestion")));
        String second = browser.findElement(By.cssSelector("article.pair")).getAttribute("data-suggestion");
        browser.findElement(By.id("reject")).click();
        this.chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("item"), "Rejected"));
        assertThat(browser.findElement(By.id("item")).getText()).contains("Nothing to review");

        String accepted =
                api.get(tenant, "/api/v1/resolution/suggestions/" + first).text("/status");
        String rejected =
                api.get(tenant, "/api/v1/resolution/suggestions/" + second).text("/status");
        assertThat(List.of(accepted, rejected)).containsExactly("accepted", "rejected");
        assertThat(survivor(api, tenant, first, "/partyId"))
                .as("the accepted pair is one party")
                .isEqualTo(survivor(api, tenant, first, "/candidateId"));
        assertThat(survivor(api, tenant, second, "/partyId"))
                .as("the rejected pair stays two")
                .isNotEqualTo(survivor(api, tenant, second, "/candidateId"));
        assertThat(List.of(ada[0], ada[1], bo[0], bo[1])).contains(survivor(api, tenant, first, "/partyId"));
    }

    // The party a side of a suggestion stands for now.
    private static String survivor(Api api, String tenant, String suggestion, String side) {
        String id =
                api.get(tenant, "/api/v1/resolution/suggestions/" + suggestion).text(side);
        return api.get(tenant, "/api/v1/parties/" + id + "/360").text("/party/id");
    }

    @Test
    void aReaderKeySeesTheQueueButNoStewardAction() {
        String tenant = "t-" + UUID.randomUUID();
        Api api = new Api(this.port);
        pair(api, tenant, "Cy", "Moss", "cy@moss.example");
        String reader = api.post(tenant, "/api/v1/keys", "{\"role\": \"reader\", \"name\": \"reader\"}")
                .text("/key");

        WebDriver browser = signIn(reader, "");
        assertThat(browser.getCurrentUrl()).as("signed in").endsWith("/console/");
        browser.get(base() + "/console/review");
        this.chromium.screenshot("console-review-reader");
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.pair")));
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
        assertThat(browser.findElement(By.id("item")).getText()).contains("needs a steward key");
    }

    @Test
    void aStewardMergesTwoPartiesFromThePartyPageAndUnmergesThem() {
        String tenant = "t-" + UUID.randomUUID();
        Api api = new Api(this.port);
        String dee = api.post(tenant, "/api/v1/parties", """
                {"kind": "PERSON", "givenName": "Dee", "familyName": "Park", "emails": ["dee@park.example"]}""").text("/party/id");
        String deeAgain =
                api.post(tenant, "/api/v1/parties?allowDuplicate=true", """
                {"kind": "PERSON", "givenName": "Dee", "familyName": "Parks", "emails": ["d.parks@other.example"]}""").text("/party/id");

        WebDriver browser = signIn(Api.OPERATOR_KEY, tenant);
        browser.get(base() + "/console/parties/" + dee);
        browser.findElement(By.id("merge-q")).sendKeys("d.parks@other.example");
        this.chromium
                .await()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("button.merge[data-other='" + deeAgain + "']")));
        browser.findElement(By.cssSelector("button.merge[data-other='" + deeAgain + "']"))
                .click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Merged"));
        assertThat(api.get(tenant, "/api/v1/parties/" + deeAgain + "/360").text("/party/id"))
                .as("the other party answers with this one")
                .isEqualTo(dee);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("d.parks@other.example");

        browser.findElement(By.id("unmerge-just-merged")).click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Unmerged"));
        assertThat(api.get(tenant, "/api/v1/parties/" + deeAgain + "/360").text("/party/id"))
                .as("unmerged, it is itself again")
                .isEqualTo(deeAgain);
        assertThat(api.get(tenant, "/api/v1/parties/" + dee + "/360").text("/party/emails/0"))
                .isEqualTo("dee@park.example");
    }

    @Test
    void revokingAKeyEndsItsConsoleSession() {
        String tenant = "t-" + UUID.randomUUID();
        Api api = new Api(this.port);
        var created = api.post(tenant, "/api/v1/keys", "{\"role\": \"steward\", \"name\": \"to revoke\"}");
        WebDriver browser = signIn(created.text("/key"), "");
        assertThat(browser.getCurrentUrl()).endsWith("/console/");

        api.post(tenant, "/api/v1/keys/" + created.text("/id") + "/revoke", "{}");
        browser.get(base() + "/console/review");
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("revoked");
    }

    @Test
    void drawTheNetworkOfADemoProjectAndClickThroughToACompany() {
        WebDriver browser = signIn(Api.OPERATOR_KEY, "business-2");
        browser.get(base() + "/console/projects/network?project=demo/projects/1");
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return window.partyGraph.nodes().length"))
                .as("nodes drawn: the project and its parties")
                .isGreaterThan(2);
        assertThat(browser.findElement(By.id("parties")).getText()).contains("BuildRight Construction");
        this.chromium.screenshot("console-network");

        browser.findElement(By.linkText("BuildRight Construction")).click();
        this.chromium.await().until(ExpectedConditions.titleContains("BuildRight"));
        browser.findElement(By.id("network-link")).click();
        this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("BuildRight Construction");
    }

    @Test
    void theOperatorSwitchesTenantAndResolvesASyncErrorOnTheOperationsView() throws Exception {
        // A bad row of the demo's project tables (it ends before it starts) becomes a sync error of business-2.
        String key = String.valueOf(990_100 + RANDOM.nextInt(900));
        DemoDatabases.sql(
                this.postgres,
                "INSERT INTO person_company_affiliations (id, personnel_id, company_table, company_id, title, "
                        + "start_date, end_date) VALUES (" + key + ", 1, 'operators', 1, 'Console check', "
                        + "'2025-01-01', '2023-01-01')");
        Api api = new Api(this.port);
        String error = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("business-2", "/api/v1/sync-errors?status=open&table=person_company_affiliations")
                                .body()
                                .valueStream()
                                .filter(e -> e.get("key").asString().equals(key))
                                .map(e -> e.get("id").asString())
                                .findFirst()
                                .orElse(null),
                        found -> found != null);

        WebDriver browser = signIn(Api.OPERATOR_KEY, "");
        browser.findElement(By.id("switch-tenant")).sendKeys("business-2");
        browser.findElement(By.cssSelector("form.switch button")).click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("header .who"), "tenant business-2"));
        browser.findElement(By.linkText("Operations")).click();
        this.chromium.await().until(ExpectedConditions.titleContains("Operations"));
        assertThat(browser.findElement(By.cssSelector("#sources tr[data-source=demo]"))
                        .getText())
                .as("the demo source's status")
                .contains("demo", "applied")
                // The demo's batches are written whole: no change of it was written one at a time.
                .doesNotContain("one at a time");
        WebElement row = browser.findElement(By.id("error-" + error));
        assertThat(row.getText()).contains("demo/person_company_affiliations/" + key, "end_date");
        row.findElement(By.tagName("summary")).click();
        assertThat(row.findElement(By.tagName("pre")).getText()).contains("Console check");

        // A note of blanks is refused in the page's alert region; nothing changes.
        row.findElement(By.name("note")).sendKeys("   ");
        row.findElement(By.tagName("button")).click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("alert"), "note: say what was done"));
        this.chromium.screenshot("console-operations");

        browser.findElement(By.id("note-" + error)).sendKeys("Fixed the dates at the source");
        browser.findElement(By.cssSelector("#error-" + error + " button")).click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-" + error), "resolved"));
        assertThat(browser.findElement(By.id("alert")).getText())
                .as("the refusal is no longer shown")
                .isEmpty();
        assertThat(api.get("business-2", "/api/v1/sync-errors?status=resolved&table=person_company_affiliations")
                        .body()
                        .valueStream()
                        .filter(e -> e.get("id").asString().equals(error))
                        .map(e -> e.get("resolution").asString()))
                .containsExactly("Fixed the dates at the source");
    }

    /**
     * The demo source's replication slot lost while it was stopped, and a row deleted meanwhile: the operations view
     * tells the operator that the source read its tables again and withdrew the record of the row it did not find.
     */
    @Test
    void theOperationsViewTellsWhatAReReadOfALostSourceWithdrew() throws Exception {
        String email = "gone-" + UUID.randomUUID() + "@example.com";
        DemoDatabases.sql(
                this.postgres,
                "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (1, 'Lost', 'Slot', '" + email
                        + "')");
        Api api = new Api(this.port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(ACME, "/api/v1/parties?email=" + email)
                                .body()
                                .path("items")
                                .size()
                        == 1);
        SourceConnector demo = this.ingestion.connector("demo").orElseThrow();
        demo.stop();
        DemoDatabases.sql(this.postgres, "DELETE FROM contacts WHERE email = '" + email + "'");
        DemoDatabases.dropReplicationSlot(this.postgres);
        demo.start();

        WebDriver browser = signIn(Api.OPERATOR_KEY, "");
        browser.findElement(By.linkText("Operations")).click();
        this.chromium.await().until(ExpectedConditions.titleContains("Operations"));
        // The view refreshes itself every few seconds until the re-read is done.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#sources tr[data-source=demo]"),
                        "1 record whose row it did not find withdrawn"));
        assertThat(browser.findElement(By.cssSelector("#sources tr[data-source=demo]"))
                        .getText())
                .contains("Streaming", "done");
        this.chromium.screenshot("console-operations-re-read");
        assertThat(api.get(ACME, "/api/v1/parties?email=" + email).body().path("items"))
                .as("the deleted row's party")
                .isEmpty();
    }

    @Test
    void aStewardLinksARecordToAPartyByHandAndUnlinksIt() throws Exception {
        // Two people of a business of their own, so that no other test's parties change.
        int business = 7_000 + RANDOM.nextInt(90_000);
        String tenant = "business-" + business;
        DemoDatabases.sql(
                this.postgres,
                "INSERT INTO contacts (business_id, first_name, last_name, email) VALUES (" + business
                        + ", 'Eve', 'Stone', 'eve@stone.example'), (" + business
                        + ", 'Finn', 'Oak', 'finn@oak.example')");
        Api api = new Api(this.port);
        String eve = partyOf(api, tenant, "eve@stone.example");
        String finn = partyOf(api, tenant, "finn@oak.example");
        String finnsRow = DemoDatabases.sqlKey(
                this.postgres,
                "SELECT id FROM contacts WHERE email = 'finn@oak.example' AND business_id = " + business);

        WebDriver browser = signIn(Api.OPERATOR_KEY, tenant);
        browser.get(base() + "/console/parties/" + eve);
        WebElement link = browser.findElement(By.cssSelector("form.link-record"));
        link.findElement(By.name("source")).sendKeys("demo");
        link.findElement(By.name("table")).sendKeys("contacts");
        link.findElement(By.name("key")).sendKeys(finnsRow);
        link.findElement(By.name("reason")).sendKeys("same person, new surname");
        link.findElement(By.tagName("button")).click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Linked"));
        assertThat(partyOf(api, tenant, "finn@oak.example"))
                .as("Finn's record is Eve's party's now")
                .isEqualTo(eve);

        browser.findElement(By.cssSelector("button[aria-label='Unlink demo/contacts/" + finnsRow + "']"))
                .click();
        this.chromium
                .await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Unlinked"));
        assertThat(partyOf(api, tenant, "finn@oak.example"))
                .as("unlinked, the record is resolved again and stays off Eve")
                .isNotEqualTo(eve);
        assertThat(partyOf(api, tenant, "eve@stone.example")).isEqualTo(eve);
        assertThat(finn).isNotEqualTo(eve);
    }

    @Test
    void everyPageFitsAPhonesWidthAndTimesItsFirstPaint() throws Exception {
        String jane = new Api(this.port)
                .get(ACME, "/api/v1/parties?email=jane.doe@acmerobotics.com")
                .text("/items/0/id");
        WebDriver browser = signIn(Api.OPERATOR_KEY, "");
        List<String> pages = List.of(
                "/console/?q=jane",
                "/console/parties/" + jane,
                "/console/review",
                "/console/parties/" + jane + "/network",
                "/console/operations");
        // Each page twice: the first visit compiles its templates and plans its queries, the second is how it is
        // after that.
        StringBuilder paints = new StringBuilder("page\tvisit\tfirst contentful paint (ms)\tDOM loaded (ms)\n");
        for (String visit : List.of("first", "again")) {
            for (String page : pages) {
                browser.get(base() + page);
                this.chromium.await().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                        .executeScript("return document.readyState === 'complete'"
                                + " && performance.getEntriesByName('first-contentful-paint').length > 0"));
                List<?> timing = (List<?>) ((JavascriptExecutor) browser).executeScript("""
                        const paint = performance.getEntriesByName('first-contentful-paint')[0];
                        const nav = performance.getEntriesByType('navigation')[0];
                        return [Math.round(paint.startTime), Math.round(nav.domContentLoadedEventEnd)];""");
                paints.append(page.replace(jane, "{jane}"))
                        .append('\t')
                        .append(visit)
                        .append('\t')
                        .append(timing.get(0))
                        .append('\t')
                        .append(timing.get(1))
                        .append('\n');
            }
        }
        // The figures are for reading (README), not a pass mark: this machine's speed is not the console's.
        Path figures = Path.of("target/benchmarks/console-first-paint.tsv");
        Files.createDirectories(figures.getParent());
        Files.writeString(figures, paints);
        System.out.print(paints);

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : pages) {
            browser.get(base() + page);
            this.chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            Object overflow = ((JavascriptExecutor) browser).executeScript("""
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                    return wide.slice(0, 5).join(', ');""");
            assertThat(overflow)
                    .as("%s scrolls sideways at a phone's width", page)
                    .isEqualTo("");
        }
        browser.get(base() + "/console/parties/" + jane);
        this.chromium.screenshot("console-party-phone");
    }

    // The party a demo row's email stands for, once ingested.
    private static String partyOf(Api api, String tenant, String email) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            var found = api.get(tenant, "/api/v1/parties?email=" + email);
                            return found.status() == 200
                                            && found.body().path("items").size() == 1
                                    ? found.text("/items/0/id")
                                    : null;
                        },
                        id -> id != null);
    }

    /** A party and a steward's duplicate of it (same email): the pair waits in the review queue. Ids: original, copy. */
    private static String[] pair(Api api, String tenant, String given, String family, String email) {
        String body = "{\"kind\": \"PERSON\", \"givenName\": \"" + given + "\", \"familyName\": \"" + family
                + "\", \"emails\": [\"" + email + "\"]}";
        String original = api.post(tenant, "/api/v1/parties", body).text("/party/id");
        var copy = api.post(tenant, "/api/v1/parties?allowDuplicate=true", body);
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        String copyId = copy.text("/party/id");
        assertThat(api.get(tenant, "/api/v1/resolution/suggestions?party=" + copyId)
                        .body()
                        .size())
                .as("the pair waits in the review queue")
                .isEqualTo(1);
        return new String[] {original, copyId};
    }

    private WebDriver signIn(String key, String tenant) {
        WebDriver browser = this.chromium.driver();
        browser.get(base() + "/console/sign-in");
        browser.findElement(By.id("key")).sendKeys(key);
        browser.findElement(By.id("tenant")).sendKeys(tenant);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // Until the sign-in's answer has loaded, so that the next page asked for is not overtaken by its redirect.
        this.chromium
                .await()
                .until(ExpectedConditions.or(
                        ExpectedConditions.urlMatches(".*/console/$"), ExpectedConditions.urlContains("refused")));
        return browser;
    }

    private String base() {
        return "http://localhost:" + this.port;
    }
}
