package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.graph.Tenant;
import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.decide.Decider;
import com.partygraph.resolution.decide.StewardRules;
import com.partygraph.resolution.estimate.Estimator;
import com.partygraph.resolution.features.FeatureExtractor;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.ModelParameters;
import com.partygraph.resolution.model.Scorer;
import com.partygraph.resolution.survive.Survivorship;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity resolution engine: the one entry point ingestion (and steward operations) call. Each
 * tenant's records are indexed in memory, built from the graph the first time the tenant is resolved;
 * work on a tenant happens in a {@link ResolutionSession}, which holds the tenant for itself until it
 * commits (after the graph transaction that wrote its decisions) or rolls back. Thread-safe.
 */
public final class Resolver {

    private static final Logger log = LoggerFactory.getLogger(Resolver.class);

    private final ResolutionSettings settings;

    private final TenantRecords records;

    private final Scorer scorer;

    private final Decider decider = new Decider();

    private final Map<Tenant, CandidateIndex> indexes = new ConcurrentHashMap<>();

    private final Map<Tenant, StewardRules> rules = new ConcurrentHashMap<>();

    // Tenants that have a match model of their own, estimated from their records.
    private final Map<Tenant, Scorer> scorers = new ConcurrentHashMap<>();

    private final AtomicLong clock = new AtomicLong();

    private final ResolutionListener listener;

    private final Survivorship survivorship;

    public Resolver(ResolutionSettings settings, TenantRecords records) {
        this(settings, records, ResolutionListener.NONE);
    }

    public Resolver(ResolutionSettings settings, TenantRecords records, ResolutionListener listener) {
        this.settings = settings;
        this.records = records;
        this.listener = listener;
        this.scorer = new Scorer(
                settings.model() == null ? ModelParameters.defaults() : ModelParameters.load(settings.model()));
        this.survivorship = new Survivorship(settings.survivorship());
    }

    /** The rules that choose a party's attributes from its records. */
    public Survivorship survivorship() {
        return this.survivorship;
    }

    public ResolutionSettings settings() {
        return this.settings;
    }

    /** The shipped (or configured) match model's scorer. */
    public Scorer scorer() {
        return this.scorer;
    }

    /** The scorer of the tenant's match model: its own when one was estimated, else the shipped one. */
    public Scorer scorer(Tenant tenant) {
        return this.scorers.getOrDefault(tenant, this.scorer);
    }

    /**
     * Estimates a match model from the tenant's records (u from random pairs, m by expectation–maximisation,
     * starting from the model in force), without putting it in use.
     */
    public Estimate estimate(Tenant tenant, long seed, int randomPairs) {
        Map<PartyKind, List<Features>> records = new EnumMap<>(PartyKind.class);
        try (ResolutionSession session = open(tenant)) {
            for (PartyKind kind : PartyKind.values()) {
                records.put(kind, session.live(kind));
            }
        }
        Estimator estimator = new Estimator(seed, randomPairs);
        ModelParameters model = scorer(tenant).parameters();
        List<Estimator.Summary> summaries = new ArrayList<>();
        for (PartyKind kind : PartyKind.values()) {
            if (records.get(kind).size() >= MIN_ESTIMATE_RECORDS) {
                model = estimator.estimate(model, kind, records.get(kind), summaries);
            }
        }
        return new Estimate(model, summaries);
    }

    /** Records of a kind a model is estimated from at least; a kind with fewer keeps the model in force. */
    public static final int MIN_ESTIMATE_RECORDS = 500;

    /** An estimated model and what each kind's estimation learnt from. */
    public record Estimate(ModelParameters model, List<Estimator.Summary> summaries) {}

    /**
     * Puts a model in use for the tenant's later decisions (null: the shipped one again); records already
     * resolved keep their parties until they are resolved again. Call once the model is stored.
     */
    public void useModel(Tenant tenant, ModelParameters model) {
        if (model == null) {
            this.scorers.remove(tenant);
        } else {
            this.scorers.put(tenant, new Scorer(model));
        }
    }

    /**
     * Opens a session on the tenant, waiting while another session holds it. The same thread may open
     * sessions inside one it holds (a steward's change applies rows again through ingestion).
     */
    public ResolutionSession open(Tenant tenant) {
        while (true) {
            CandidateIndex index = this.indexes.computeIfAbsent(tenant, this::build);
            index.lock().lock();
            if (!index.stale()) {
                return new ResolutionSession(this, tenant, index, this.rules.get(tenant));
            }
            index.lock().unlock();
        }
    }

    /** The tenant's steward rules as the graph's decisions in force give them. */
    StewardRules rules(Tenant tenant) {
        StewardRules decided = new StewardRules();
        this.records.rules(tenant, decided);
        return decided;
    }

    /** Forgets the tenant's index (it is built again from the graph on next use); call holding its lock. */
    void invalidate(Tenant tenant, CandidateIndex index) {
        index.markStale();
        this.indexes.remove(tenant, index);
    }

    Decider decider() {
        return this.decider;
    }

    ResolutionListener listener() {
        return this.listener;
    }

    /** A new party's order: after every party loaded or made before. */
    long nextOrder() {
        return this.clock.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1_000_000));
    }

    private CandidateIndex build(Tenant tenant) {
        long started = System.nanoTime();
        CandidateIndex index = new CandidateIndex(this.settings.maxKeyRecords());
        this.rules.put(tenant, rules(tenant));
        String model = this.records.model(tenant);
        useModel(tenant, model == null ? null : ModelParameters.parse(model, "the match model of tenant " + tenant));
        FeatureExtractor extractor = new FeatureExtractor();
        this.records.load(tenant, stored -> {
            index.add(stored.facts().uid(), stored.partyId(), stored.partyOrder(), extractor.extract(stored.facts()));
            this.clock.accumulateAndGet(stored.partyOrder(), Math::max);
        });
        log.info(
                "Resolution index of tenant {}: {} records in {} ms",
                tenant,
                index.size(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }
}
