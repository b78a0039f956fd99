package com.partygraph.resolution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code partygraph.resolution.*}.
 *
 * @param defaultRegion ISO 3166 region assumed for phone numbers written without a country code
 */
@ConfigurationProperties("partygraph.resolution")
public record ResolutionSettings(@DefaultValue("US") String defaultRegion) {
}
