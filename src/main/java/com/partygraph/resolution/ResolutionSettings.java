package com.partygraph.resolution;

import com.partygraph.resolution.decide.Thresholds;
import com.partygraph.resolution.survive.Survivorship;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.resolution.*}.
 *
 * @param defaultRegion ISO 3166 region assumed for phone numbers written without a country code
 * @param mode {@code probabilistic} (fuzzy, explained matching) or {@code exact} (a record joins the oldest
 * party sharing an email or identifier, nothing else)
 * @param autoLink match probability at or above which a record joins a party
 * @param review match probability at or above which a suggestion is stored for review
 * @param tenants per-tenant thresholds overriding the two above ({@code tenants.acme.auto-link: 0.97})
 * @param model a match model file (YAML like {@code resolution/model.yaml}); null for the shipped one
 * @param maxCandidates candidate records scored per record at most
 * @param maxKeyRecords records a blocking key may hold before searches pass over it (a shared office phone)
 * @param survivorship how a party's attributes are chosen from its records ({@link Survivorship})
 */
@ConfigurationProperties("partygraph.resolution")
public record ResolutionSettings(
        @DefaultValue("US") String defaultRegion,
        @DefaultValue("probabilistic") Mode mode,
        @DefaultValue("0.8") double autoLink,
        @DefaultValue("0.3") double review,
        Map<String, TenantThresholds> tenants,
        Path model,
        @DefaultValue("100") int maxCandidates,
        @DefaultValue("50") int maxKeyRecords,
        Survivorship.Settings survivorship) {

    public ResolutionSettings {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        survivorship = survivorship == null ? new Survivorship.Settings(null, null) : survivorship;
        new Thresholds(autoLink, review);
        tenants.forEach((tenant, t) -> t.thresholds(new Thresholds(autoLink, review)));
    }

    /** The settings of a test or tool: defaults everywhere but the phone region. */
    public static ResolutionSettings defaults(String defaultRegion) {
        return new ResolutionSettings(defaultRegion, Mode.PROBABILISTIC, 0.8, 0.3, Map.of(), null, 100, 50, null);
    }

    /** The same settings in another mode. */
    public ResolutionSettings withMode(Mode other) {
        return new ResolutionSettings(
                this.defaultRegion,
                other,
                this.autoLink,
                this.review,
                this.tenants,
                this.model,
                this.maxCandidates,
                this.maxKeyRecords,
                this.survivorship);
    }

    /** The same settings with another match model file. */
    public ResolutionSettings withModel(Path file) {
        return new ResolutionSettings(
                this.defaultRegion,
                this.mode,
                this.autoLink,
                this.review,
                this.tenants,
                file,
                this.maxCandidates,
                this.maxKeyRecords,
                this.survivorship);
    }

    /** The same settings with other default thresholds. */
    public ResolutionSettings withThresholds(double otherAutoLink, double otherReview) {
        return new ResolutionSettings(
                this.defaultRegion,
                this.mode,
                otherAutoLink,
                otherReview,
                this.tenants,
                this.model,
                this.maxCandidates,
                this.maxKeyRecords,
                this.survivorship);
    }

    /** The thresholds of a tenant. */
    public Thresholds thresholds(String tenant) {
        Thresholds defaults = new Thresholds(this.autoLink, this.review);
        TenantThresholds own = this.tenants.get(tenant);
        return own == null ? defaults : own.thresholds(defaults);
    }

    /** How records are matched. */
    public enum Mode {
        PROBABILISTIC,
        EXACT
    }

    /** A tenant's own thresholds; a null one keeps the default. */
    public record TenantThresholds(Double autoLink, Double review) {

        Thresholds thresholds(Thresholds defaults) {
            return new Thresholds(
                    this.autoLink != null ? this.autoLink : defaults.autoLink(),
                    this.review != null ? this.review : defaults.review());
        }
    }
}
