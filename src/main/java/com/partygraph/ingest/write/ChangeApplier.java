package com.partygraph.ingest.write;

import com.partygraph.graph.Tenant;
import com.partygraph.graph.neo4j.CypherQueries;
import com.partygraph.ingest.mapping.Claims;
import com.partygraph.ingest.mapping.Claims.RowPlan;
import com.partygraph.ingest.mapping.RowChange;
import com.partygraph.ingest.mapping.RowChange.Op;
import com.partygraph.ingest.mapping.RowInterpreter;
import com.partygraph.ingest.mapping.SourceMapping;
import com.partygraph.ingest.mapping.TableKind;
import com.partygraph.resolution.Resolver;
import com.partygraph.resolution.decide.Decision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies batches of one source's row changes to the graph, a batch in one transaction together
 * with the source's watermark, so that a replayed change at or below the watermark changes nothing; a large
 * batch of streamed changes in independent parts written at the same time, the watermark moved once all have
 * committed (a change a part committed is stale when it comes again: {@link StaleChanges}).
 * Rows are read through the mapping first, on the caller's thread ({@link ReadRow}). Snapshot reads
 * carry no order of their own and are applied again on replay, which the idempotent writes make
 * harmless; a batch of them is written in independent parts at the same time ({@link IndependentRows}).
 * Rows new to the graph are written together, a statement per kind of write for all of them
 * ({@link NewRecords}); the others (updates, deletes, rows already seen) in runs whose order within does
 * not matter, a statement per kind of write for each run ({@link ChangedRecords}), the runs in order. A
 * row that cannot be mapped becomes a sync error; a row that makes a statement fail is retried alone
 * and, failing again, becomes a sync error too. Never throws for a row; throws only when the graph
 * itself cannot be written. Not thread-safe: one per source.
 */
public final class ChangeApplier {

    private static final Logger log = LoggerFactory.getLogger(ChangeApplier.class);

    private static final Tenant SYSTEM = RowApplier.SYSTEM;

    private static final int PENDING_SWEEP = 1000;

    private final GraphWork graph;

    private final SourceMapping mapping;

    private final RowApplier rows;

    private final Resolver resolver;

    // Fewer streamed changes than this are written in one transaction (0: all); see splittingFrom. The default is
    // partygraph.ingest.streamed-parts-from's.
    private int splitFrom = 512;

    public ChangeApplier(
            GraphWork graph,
            CypherQueries queries,
            SourceMapping mapping,
            Set<String> roleCodes,
            RowInterpreter.Normalizers normalizers,
            Resolver resolver) {
        this.graph = graph;
        this.mapping = mapping;
        this.resolver = resolver;
        this.rows = new RowApplier(
                queries,
                mapping.source(),
                new RowInterpreter(mapping, roleCodes, normalizers),
                resolver.survivorship());
    }

    private ChangeApplier(GraphWork graph, ChangeApplier like) {
        this.graph = graph;
        this.mapping = like.mapping;
        this.resolver = like.resolver;
        this.rows = like.rows;
        this.splitFrom = like.splitFrom;
    }

    /**
     * Writes batches of at least {@code changes} streamed changes in parts at the same time (a backlog), smaller ones
     * in one transaction; 0 writes every batch in one. Call before the first batch.
     */
    public ChangeApplier splittingFrom(int changes) {
        this.splitFrom = changes;
        return this;
    }

    /** The same applier writing through {@code graph} instead (to compare ways of writing the same changes). */
    public ChangeApplier writingTo(GraphWork graph) {
        return new ChangeApplier(graph, this);
    }

    public String source() {
        return this.mapping.source();
    }

    /** Whether the graph holds live records of this source, in any tenant. */
    public boolean holdsRecords() {
        return !unread().tenants(1).isEmpty();
    }

    /**
     * Deletes at {@code at} of this source's live records whose rows are not among {@code read} ({@code table → keys}):
     * what a snapshot that read the source again did not find, to be applied as streamed changes ({@link UnreadRecords}).
     */
    public List<RowChange> unreadRecords(Map<String, Set<String>> read, RowChange.Position at) {
        return unread().deletes(read, at);
    }

    private UnreadRecords unread() {
        return new UnreadRecords(this.graph, this.rows, this.mapping.tables().keySet());
    }

    /** The mapping this applier reads rows with. */
    public SourceMapping mapping() {
        return this.mapping;
    }

    /**
     * Applies the batch; throws only when the graph cannot be written at all. A batch of snapshot reads
     * only leaves out the rows the graph holds unchanged before reading the others for claims, and is
     * split into rows that touch nothing in common ({@link IndependentRows}), written at the same time in
     * transactions of their own: a snapshot has no watermark to keep, and is read again whole when it
     * did not finish. Streamed changes older than what their records hold are left out first
     * ({@link StaleChanges}).
     */
    public BatchResult apply(List<RowChange> changes) {
        List<ReadRow> all = changes.stream().map(this.rows::locate).toList();
        // One lookup of what the graph holds of the batch's records: which changes are stale, which rows are new.
        // Only this applier writes its source's records, so what it finds holds when the batch is written.
        HeldRecords held = this.graph.write(tx -> HeldRecords.of(tx, this.rows, all));
        Set<ReadRow> stale = StaleChanges.of(held, all);
        List<ReadRow> located = stale.isEmpty()
                ? all
                : all.stream().filter(row -> !stale.contains(row)).toList();
        if (located.isEmpty()) {
            return new BatchResult(0, stale.size(), 0, 0, 0);
        }
        boolean snapshot =
                located.stream().allMatch(row -> row.change().position().snapshot());
        FreshRecords fresh = FreshRecords.of(held, located);
        BatchResult result;
        // Rows are resolved in batch order before anything is written; the decisions are kept once written.
        try (Resolutions resolutions = new Resolutions(this.resolver, source())) {
            result = snapshot
                    ? applySnapshot(located, fresh, resolutions)
                    : applyStreamed(located, held, fresh, resolutions);
            resolutions.commit();
        }
        return result.plus(sweepPending(located)).plus(new BatchResult(0, stale.size(), 0, 0, 0));
    }

    private BatchResult applySnapshot(List<ReadRow> located, FreshRecords fresh, Resolutions resolutions) {
        List<ReadRow> changed = resolutions.resolve(located.stream()
                .filter(row -> !fresh.unchanged(row))
                .map(this.rows::claims)
                .toList());
        BatchResult unchanged = new BatchResult(0, located.size() - changed.size(), 0, 0, 0);
        return changed.isEmpty()
                ? unchanged
                : unchanged.plus(write(IndependentRows.split(changed, this.graph.writers()), fresh, resolutions, true));
    }

    /**
     * Streamed changes, in batch order. A batch of at least {@link #splittingFrom} changes is split into parts that share
     * nothing the changes write or withdraw ({@link IndependentRows}, with what their records held before), written
     * at the same time in transactions of their own, and the watermark is moved in one more once all have
     * committed: should the application stop between them, the changes a part committed are stale when they come
     * again (their records hold their log positions, {@link StaleChanges}), and the others are applied then.
     */
    private BatchResult applyStreamed(
            List<ReadRow> located, HeldRecords held, FreshRecords fresh, Resolutions resolutions) {
        List<ReadRow> read = located.stream().map(this.rows::claims).toList();
        if (this.graph.writers() < 2 || this.splitFrom <= 0 || read.size() < this.splitFrom) {
            return write(List.of(resolutions.resolve(read)), fresh, resolutions, true);
        }
        // What each change's record held before, and the parties its records belonged to: read before resolving.
        resolutions.open(read.stream().map(ReadRow::tenant).toList());
        Map<RowChange, List<String>> before = new IdentityHashMap<>();
        for (ReadRow row : read) {
            HeldRecords.Held record = held.get(row);
            RowPlan was = this.rows.before(row, record == null ? null : record.raw());
            List<RowPlan> plans =
                    Stream.of(was, row.plan()).filter(Objects::nonNull).toList();
            before.put(row.change(), IndependentRows.keys(row.tenant(), was, resolutions.parties(row, plans)));
        }
        List<ReadRow> resolved = resolutions.resolve(read);
        List<List<ReadRow>> parts = IndependentRows.split(
                resolved, this.graph.writers(), row -> before.getOrDefault(row.change(), List.of()));
        if (parts.size() < 2) {
            return write(parts, fresh, resolutions, true);
        }
        BatchResult result = write(parts, fresh, resolutions, false);
        this.graph.write(tx -> {
            Statements system = this.rows.statements(tx, SYSTEM);
            AboveWatermark.of(system, resolved).moveWatermark(system);
            return null;
        });
        return result;
    }

    /**
     * Writes the parts at the same time; a part the graph rejects is applied again row by row.
     * @param watermarked whether each transaction moves the watermark past the changes it writes
     */
    private BatchResult write(
            List<List<ReadRow>> parts, FreshRecords fresh, Resolutions resolutions, boolean watermarked) {
        List<GraphWork.Outcome<BatchResult>> outcomes = this.graph.writeApart(parts.stream()
                .<Function<GraphWork.Cypher, BatchResult>>map(part -> tx ->
                        landing(applyAll(tx, part, fresh, resolutions, watermarked, parts.size() == 1), resolutions))
                .toList());
        BatchResult result = BatchResult.NONE;
        for (int i = 0; i < parts.size(); i++) {
            GraphWork.Outcome<BatchResult> outcome = outcomes.get(i);
            if (outcome.rejected() == null) {
                result = result.plus(outcome.result());
                continue;
            }
            log.warn(
                    "Batch of {} changes from {} failed ({}); applying them one by one",
                    parts.get(i).size(),
                    source(),
                    outcome.rejected().getMessage());
            for (ReadRow change : parts.get(i)) {
                result = result.plus(applyAlone(change, resolutions, watermarked));
            }
            result = result.plus(new BatchResult(0, 0, 0, 0, 0, parts.get(i).size()));
        }
        return result;
    }

    private BatchResult applyAlone(ReadRow change, Resolutions resolutions, boolean watermarked) {
        try {
            return this.graph.write(
                    tx -> landing(applyAll(tx, List.of(change), null, resolutions, watermarked, true), resolutions));
        } catch (GraphWork.Rejected ex) {
            resolutions.discard(change);
            this.graph.write(tx -> {
                RowWriter.error(
                        this.rows.statements(tx, change.tenant()),
                        change.change(),
                        change.raw(),
                        "the graph rejected the row: " + ex.getMessage());
                return null;
            });
            return new BatchResult(0, 0, 1, 0, 0);
        }
    }

    /**
     * A write's result, once its statements have run and its commit is next: from here it may be in the graph even
     * when the caller hears of a failure (the parts of a batch written apart commit alone; over the driver, a commit
     * whose answer was lost), so a failed batch builds its tenants' indexes again instead of taking decisions back.
     */
    private static BatchResult landing(BatchResult written, Resolutions resolutions) {
        resolutions.landed();
        return written;
    }

    /**
     * @param known what a lookup made for these changes found; null to look them up in this transaction
     * @param watermarked whether to move the watermark past the streamed changes written
     * @param whole whether the changes are the whole batch, not a part of it written beside others at the same time
     */
    private BatchResult applyAll(
            GraphWork.Cypher tx,
            List<ReadRow> changes,
            FreshRecords known,
            Resolutions resolutions,
            boolean watermarked,
            boolean whole) {
        Statements system = this.rows.statements(tx, SYSTEM);
        AboveWatermark above = AboveWatermark.of(system, changes);
        List<ReadRow> live = above.live();
        Tally tally = new Tally(whole);
        FreshRecords fresh = known != null ? known : FreshRecords.of(tx, this.rows, live);
        Map<Tenant, NewRecords> run = new LinkedHashMap<>();
        ChangedRecords changed = new ChangedRecords();
        // New rows that depend on no other change of the batch are written first, all together: an update
        // between two inserts then does not split them into groups of one.
        List<ReadRow> first = hoistable(live, fresh);
        Set<ReadRow> hoisted = Collections.newSetFromMap(new IdentityHashMap<>());
        hoisted.addAll(first);
        first.forEach(change -> addNew(tx, change, run, tally));
        for (ReadRow change : live) {
            if (hoisted.contains(change)) {
                continue;
            }
            if (fresh.unchanged(change)) {
                tally.unchanged++;
            } else if (fresh.contains(change)) {
                // Changes of known records before this row are written first: order is kept.
                writeChanged(tx, changed, tally, resolutions);
                addNew(tx, change, run, tally);
            } else {
                writeNew(tx, run, tally, resolutions);
                addChanged(
                        tx,
                        change.withUnchanged(this.rows.unchanged(change, fresh.held(change))),
                        changed,
                        tally,
                        resolutions);
            }
        }
        writeNew(tx, run, tally, resolutions);
        writeChanged(tx, changed, tally, resolutions);
        if (watermarked) {
            above.moveWatermark(system);
        }
        return new BatchResult(
                tally.applied,
                changes.size() - live.size() + tally.unchanged,
                tally.errors,
                tally.pending - tally.resolved,
                tally.resolved);
    }

    /**
     * The new rows whose place in the batch does not matter: they refer to no record another change of the
     * batch rewrites (a moved record would leave them pointing at its old party) and their resolution
     * merged no parties (a merge moves records the changes before it linked) and suggested none a change that stays
     * in its place makes (the suggestion would name a party not written yet). In batch order.
     */
    private static List<ReadRow> hoistable(List<ReadRow> live, FreshRecords fresh) {
        // Records written in their place in the batch: rewritten ones, and new ones that cannot move (in turn).
        Set<List<Object>> staying = new HashSet<>();
        Set<String> madeStaying = new HashSet<>();
        List<ReadRow> candidates = new ArrayList<>();
        for (ReadRow change : live) {
            if (fresh.unchanged(change)) {
                continue;
            }
            boolean merges = change.decisions().values().stream()
                    .anyMatch(decision -> !decision.absorbed().isEmpty());
            if (fresh.contains(change) && !merges) {
                candidates.add(change);
            } else {
                stay(change, staying, madeStaying);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var iterator = candidates.iterator(); iterator.hasNext(); ) {
                ReadRow change = iterator.next();
                boolean refers = change.plan() != null
                        && change.plan().references().stream()
                                .anyMatch(ref -> staying.contains(key(change.tenant(), ref.table(), ref.key())));
                boolean suggests = change.decisions().values().stream()
                        .flatMap(decision -> decision.suggestions().stream())
                        .anyMatch(suggestion -> madeStaying.contains(suggestion.partyId()));
                if (refers || suggests) {
                    iterator.remove();
                    stay(change, staying, madeStaying);
                    changed = true;
                }
            }
        }
        return candidates;
    }

    /** Keeps the change in its place: its record, and the parties its resolution made. */
    private static void stay(ReadRow change, Set<List<Object>> staying, Set<String> madeStaying) {
        staying.add(
                key(change.tenant(), change.change().table(), change.change().key()));
        change.decisions().values().stream()
                .filter(Decision::newParty)
                .forEach(decision -> madeStaying.add(decision.partyId()));
    }

    private static List<Object> key(Tenant tenant, String table, String key) {
        return List.of(tenant, table, key);
    }

    private void addNew(GraphWork.Cypher tx, ReadRow row, Map<Tenant, NewRecords> run, Tally tally) {
        if (row.problem() != null) {
            RowWriter.error(this.rows.statements(tx, row.tenant()), row.change(), row.raw(), row.problem());
            tally.errors++;
        } else {
            run.computeIfAbsent(row.tenant(), t -> new NewRecords()).add(row);
            tally.applied++;
        }
    }

    private void addChanged(
            GraphWork.Cypher tx, ReadRow row, ChangedRecords changed, Tally tally, Resolutions resolutions) {
        if (row.problem() != null) {
            writeChanged(tx, changed, tally, resolutions);
            RowWriter.error(this.rows.statements(tx, row.tenant()), row.change(), row.raw(), row.problem());
            tally.errors++;
            return;
        }
        if (!changed.accepts(row)) {
            writeChanged(tx, changed, tally, resolutions);
        }
        changed.add(row);
        tally.applied++;
    }

    private void writeChanged(GraphWork.Cypher tx, ChangedRecords changed, Tally tally, Resolutions resolutions) {
        if (changed.isEmpty()) {
            return;
        }
        Set<Tenant> deleting = changed.deleting();
        if (tally.whole && tally.arrived && !deleting.isEmpty()) {
            // A record that waited for a row an earlier change of the batch brought is applied before a delete can take
            // that row away again, as it would have been had the changes come one at a time. Not in a batch written in
            // parts at the same time: the sweep could write what another part writes.
            for (Tenant tenant : deleting) {
                tally.resolved += applyPending(tx, tenant, resolutions);
            }
            tally.arrived = false;
        }
        tally.arrived |= changed.upserts();
        tally.pending += changed.write(tenant -> this.rows.statements(tx, tenant), resolutions);
    }

    private void writeNew(GraphWork.Cypher tx, Map<Tenant, NewRecords> run, Tally tally, Resolutions resolutions) {
        run.forEach((tenant, records) -> tally.pending += records.write(this.rows.statements(tx, tenant), resolutions));
        tally.arrived |= !run.isEmpty();
        run.clear();
    }

    /**
     * Reads the rows of this source's records {@code rows} ({@code [table, key]}) as the graph holds them, keeps
     * those that concern the records {@code concerning} (their own, one they describe, or one they refer to)
     * and resolves them, on the caller's thread (with the steward's rules), so that {@link PreparedRows#write}
     * can apply them again in the caller's transaction: each party record where resolution puts it now, what
     * the rows assert about the parties their references name now. Each row keeps the log position and
     * operation it had.
     */
    public PreparedRows prepare(Tenant tenant, List<List<String>> rows, java.util.Set<String> concerning) {
        return prepare(tenant, rows, row -> concerns(row, concerning), false);
    }

    /**
     * Reads this source's rows {@code rows} ({@code [table, key]}) as the graph holds them and decides every party
     * record they describe again (a re-resolution: thresholds, weights or steward rules changed), on the caller's
     * thread; keeps the rows whose decisions change something (a record moves, a party is made or merged, a
     * suggestion is made), to be written by {@link PreparedRows#write}.
     */
    public PreparedRows reconsider(Tenant tenant, List<List<String>> rows) {
        return prepare(tenant, rows, row -> true, true);
    }

    private PreparedRows prepare(
            Tenant tenant, List<List<String>> rows, java.util.function.Predicate<ReadRow> keep, boolean again) {
        Resolutions resolutions = new Resolutions(this.resolver, source(), again);
        try {
            resolutions.open(List.of(tenant));
            List<Map<String, Object>> refs = rows.stream()
                    .map(row -> Map.<String, Object>of("table", row.get(0), "key", row.get(1)))
                    .toList();
            List<org.neo4j.driver.Value> found =
                    this.graph.write(tx -> this.rows.statements(tx, tenant).run("ingest-records-raw", "refs", refs));
            List<ReadRow> read = new ArrayList<>();
            for (var stored : found) {
                RowChange change = stored(stored);
                ReadRow row = this.rows.read(change, tenant);
                if (row.problem() == null && keep.test(row)) {
                    ReadRow resolved = resolutions.resolve(row);
                    if (!again || PreparedRows.changes(resolved)) {
                        read.add(resolved);
                    }
                }
            }
            return new PreparedRows(read, resolutions, this.rows);
        } catch (RuntimeException ex) {
            resolutions.close();
            throw ex;
        }
    }

    private boolean concerns(ReadRow row, java.util.Set<String> concerning) {
        String source = source();
        if (concerning.contains(
                new Claims.RecordRef(row.change().table(), row.change().key()).uid(source))) {
            return true;
        }
        return row.plan().parties().stream()
                        .anyMatch(claim -> concerning.contains(claim.record().uid(source)))
                || row.plan().references().stream().anyMatch(ref -> concerning.contains(ref.uid(source)));
    }

    /** A record's row as the graph holds it, with the log position and operation of the change that brought it. */
    private RowChange stored(org.neo4j.driver.Value record) {
        return new RowChange(
                Op.valueOf(record.get("operation").asString("update").toUpperCase(java.util.Locale.ROOT)),
                record.get("table").asString(),
                record.get("key").asString(),
                this.rows.row(record.get("raw").asString()),
                RowWriter.position(record.get("position").asString("")));
    }

    /**
     * Re-applies records that waited for rows this batch may have brought: only rows that describe
     * parties (or activities found by email) can complete a pending record. Deleting such a row can
     * remove a party other rows pointed at; their records go pending then and are applied again here,
     * after which they wait for the rows they name. Rows that name no tenant are sync errors and
     * complete nothing.
     */
    private BatchResult sweepPending(List<ReadRow> changes) {
        Set<Tenant> tenants = new LinkedHashSet<>();
        for (ReadRow change : changes) {
            var table = this.mapping.tables().get(change.change().table());
            if (table != null
                    && !change.tenant().equals(SYSTEM)
                    && (table.kind() == TableKind.PARTY
                            || (table.kind() == TableKind.ACTIVITY
                                    && table.activity().partyEmail() != null))) {
                tenants.add(change.tenant());
            }
        }
        int resolved = 0;
        for (Tenant tenant : tenants) {
            try (Resolutions resolutions = new Resolutions(this.resolver, source())) {
                resolutions.open(List.of(tenant));
                resolved += this.graph.write(tx -> applyPending(tx, tenant, resolutions));
                resolutions.commit();
            }
        }
        return new BatchResult(0, 0, 0, -resolved, resolved);
    }

    /**
     * Applies the tenant's records whose rows waited for rows they refer to, and whose rows have all arrived now, in
     * the log order of the changes that brought them; the tenant's session must be open.
     * @return how many were applied
     */
    private int applyPending(GraphWork.Cypher tx, Tenant tenant, Resolutions resolutions) {
        int done = 0;
        for (var row : this.rows.statements(tx, tenant).run("ingest-pending", "limit", PENDING_SWEEP)) {
            ReadRow read = resolutions.resolve(waited(this.rows.read(stored(row), tenant)));
            if (this.rows.apply(tx, read, resolutions) == RowApplier.Outcome.APPLIED) {
                done++;
            }
        }
        return done;
    }

    /**
     * A record that waited, read again for the pending sweep: its party records were written when it began to wait, as
     * its row still says them, so those resolution keeps are not written again (as for any change that leaves them so);
     * what it asserts is, now that the rows it refers to are there.
     */
    private static ReadRow waited(ReadRow read) {
        if (read.plan() == null || read.problem() != null) {
            return read;
        }
        Set<Claims.RecordRef> parties = new HashSet<>();
        read.plan().parties().forEach(claim -> parties.add(claim.record()));
        return read.withUnchanged(new ReadRow.Unchanged(parties, false, false, false));
    }

    /** Counts of one batch's outcomes. */
    private static final class Tally {

        // Whether the batch is written in one transaction, not in parts at the same time.
        final boolean whole;

        // Whether a run of the batch wrote rows since the last sweep: a record waiting for one of them may be complete.
        boolean arrived;

        // Earlier pending records applied in the batch.
        int resolved;

        int applied;

        int unchanged;

        int errors;

        int pending;

        Tally(boolean whole) {
            this.whole = whole;
        }
    }
}
