package com.partygraph.steward;

import com.partygraph.graph.Tenant;
import com.partygraph.ingest.source.Ingestion;
import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.ingest.write.GraphWork;
import com.partygraph.ingest.write.PreparedRows;
import com.partygraph.problem.ConflictException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.Decision;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decides every party record of a tenant again, after thresholds, weights or the model changed: each record
 * keeps its party unless it now belongs to another, is split off into a party of its own, or merges parties —
 * party ids stay (the records that still match a party keep it; a merge keeps the oldest), steward decisions
 * are respected (pinned records stay, rules hold). It starts from the tenant's index built again from the graph.
 * Rows are read through their sources' mappings in chunks;
 * only rows whose decisions change something are written, each chunk in one transaction, through ingestion's
 * writer. A dry run decides everything in one hold of the tenant (its ingestion waits meanwhile) and takes it
 * all back, writing nothing (and builds the index again, as the graph gives it). One run per tenant at a time, in the background; its status stays until the next.
 * Thread-safe.
 */
@Service
public class Reresolution {

    private static final Logger log = LoggerFactory.getLogger(Reresolution.class);

    static final int CHUNK = 1000;

    private static final int EXAMPLES = 10;

    private final StewardGraph graph;

    private final Ingestion ingestion;

    private final GraphWork work;

    private final Resolver resolver;

    private final Map<Tenant, Run> runs = new ConcurrentHashMap<>();

    Reresolution(StewardGraph graph, Ingestion ingestion, GraphWork work, Resolver resolver) {
        this.graph = graph;
        this.ingestion = ingestion;
        this.work = work;
        this.resolver = resolver;
    }

    /**
     * Starts a re-resolution of the tenant in the background.
     * @throws ConflictException when one runs already, or a source of the tenant's rows is not set up
     */
    public ReresolutionView start(Tenant tenant, boolean dryRun, String actor) {
        Run run = new Run(dryRun, actor);
        Run running = this.runs.compute(tenant, (t, before) -> before != null && before.running() ? before : run);
        if (running != run) {
            throw new ConflictException("A re-resolution of this tenant is running already: "
                    + running.view().rowsDone() + " of " + running.view().rowsTotal()
                    + " rows done (GET /api/v1/resolution/reresolve)");
        }
        Thread.ofVirtual().name("reresolve-" + tenant.id()).start(() -> run(tenant, run));
        return run.view();
    }

    /** @throws NotFoundException when the tenant has had no re-resolution since the application started */
    public ReresolutionView status(Tenant tenant) {
        Run run = this.runs.get(tenant);
        if (run == null) {
            throw new NotFoundException("No re-resolution of this tenant since the application started");
        }
        return run.view();
    }

    private void run(Tenant tenant, Run run) {
        Deque<PreparedRows> held = new ArrayDeque<>();
        // Both start from the index as the graph gives it, so that a dry run and the run after it decide alike.
        rebuild(tenant);
        try {
            Map<String, List<List<String>>> bySource = rows(tenant);
            run.total = bySource.values().stream().mapToLong(List::size).sum();
            for (var entry : bySource.entrySet()) {
                ChangeApplier applier = this.ingestion
                        .applier(entry.getKey())
                        .orElseThrow(() -> new ConflictException("Source '" + entry.getKey()
                                + "' is not set up: its rows " + "cannot be read again now"));
                List<List<String>> rows = entry.getValue();
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    List<List<String>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    PreparedRows prepared = applier.reconsider(tenant, chunk);
                    if (run.dryRun) {
                        // Held until the end, so that later chunks see what earlier ones decided; then taken back.
                        held.push(prepared);
                    } else {
                        try (prepared) {
                            this.work.write(tx -> {
                                prepared.write(tx);
                                return null;
                            });
                            prepared.commit();
                        }
                    }
                    run.count(prepared.decisions(), prepared.size(), chunk.size());
                }
            }
            run.end(null);
        } catch (RuntimeException ex) {
            log.warn("Re-resolution of tenant {} failed", tenant, ex);
            run.end(ex.getMessage());
        } finally {
            while (!held.isEmpty()) {
                held.pop().close();
            }
            if (run.dryRun) {
                // Taking the decisions back restores every record's party but not the index's order of records,
                // which later searches would see: the index is built again instead, as it was.
                rebuild(tenant);
            }
        }
    }

    private void rebuild(Tenant tenant) {
        this.resolver.open(tenant).invalidate();
    }

    private Map<String, List<List<String>>> rows(Tenant tenant) {
        Map<String, List<List<String>>> bySource = new LinkedHashMap<>();
        List<String> uids = new ArrayList<>(this.graph.read(tenant, "steward-tenant-rows").stream()
                .map(row -> row.get("uid").asString())
                .toList());
        uids.sort(null);
        for (String uid : uids) {
            String[] parts = Rederivation.split(uid);
            if (parts != null) {
                bySource.computeIfAbsent(parts[0], s -> new ArrayList<>()).add(List.of(parts[1], parts[2]));
            }
        }
        return bySource;
    }

    /** One run's progress and counts; written by its thread, read by any. */
    private static final class Run {

        final boolean dryRun;

        final String by;

        final Instant started = Instant.now();

        volatile Instant finished;

        volatile long total;

        volatile long done;

        volatile String failure;

        long changedRows;

        long moved;

        long split;

        long merged;

        long suggested;

        final List<ReresolutionView.Example> examples = new ArrayList<>();

        Run(boolean dryRun, String by) {
            this.dryRun = dryRun;
            this.by = by;
        }

        boolean running() {
            return this.finished == null;
        }

        synchronized void count(List<PreparedRows.Decided> decisions, int changed, int rows) {
            this.changedRows += changed;
            for (PreparedRows.Decided decided : decisions) {
                Decision decision = decided.decision();
                if (decision.newParty()) {
                    this.split++;
                    example(
                            "split",
                            decided.uid(),
                            decision.previousPartyId(),
                            decision.partyId(),
                            decision.probability());
                } else if (decision.moved()) {
                    this.moved++;
                    example(
                            "moved",
                            decided.uid(),
                            decision.previousPartyId(),
                            decision.partyId(),
                            decision.probability());
                }
                for (Decision.Merged absorbed : decision.absorbed()) {
                    this.merged++;
                    example(
                            "merged",
                            decided.uid(),
                            absorbed.partyId(),
                            decision.partyId(),
                            absorbed.evidence().probability());
                }
                if (!decision.suggestions().isEmpty()) {
                    this.suggested++;
                    Decision.Suggestion first = decision.suggestions().get(0);
                    example(
                            "suggested",
                            decided.uid(),
                            decision.partyId(),
                            first.partyId(),
                            first.score().probability());
                }
            }
            this.done += rows;
        }

        private void example(String kind, String record, String from, String to, double probability) {
            if (this.examples.stream().filter(e -> e.kind().equals(kind)).count() < EXAMPLES) {
                this.examples.add(new ReresolutionView.Example(kind, record, from, to, probability));
            }
        }

        synchronized void end(String failure) {
            this.failure = failure;
            this.finished = Instant.now();
        }

        synchronized ReresolutionView view() {
            Instant until = this.finished != null ? this.finished : Instant.now();
            double seconds = Math.max(
                    0.001, java.time.Duration.between(this.started, until).toMillis() / 1000.0);
            return new ReresolutionView(
                    this.finished == null ? "running" : this.failure == null ? "done" : "failed",
                    this.dryRun,
                    this.by,
                    this.started.toString(),
                    this.finished == null ? null : this.finished.toString(),
                    this.total,
                    this.done,
                    Math.round(this.done / seconds * 10) / 10.0,
                    new ReresolutionView.Summary(
                            this.changedRows,
                            this.moved,
                            this.split,
                            this.merged,
                            this.suggested,
                            List.copyOf(this.examples)),
                    this.failure);
        }
    }
}
