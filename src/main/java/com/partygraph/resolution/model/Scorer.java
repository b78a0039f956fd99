package com.partygraph.resolution.model;

import java.util.ArrayList;
import java.util.List;

import com.partygraph.resolution.compare.Compared;
import com.partygraph.resolution.compare.Comparison;
import com.partygraph.resolution.compare.Comparisons;
import com.partygraph.resolution.features.Features;

/**
 * Fellegi–Sunter scoring: the prior odds plus, per comparison, log2(m / u) of the level the pair lands
 * on; a frequency-adjusted first level uses the shared value's share of the records for u (bounded to
 * 1/20…20 times the level's u), so a common surname or a shared office phone weighs less. Thread-safe.
 */
public final class Scorer {

	private static final double MAX_ADJUSTMENT = 20;

	private final ModelParameters parameters;

	public Scorer(ModelParameters parameters) {
		this.parameters = parameters;
	}

	public ModelParameters parameters() {
		return this.parameters;
	}

	public Score score(Features a, Features b, TermFrequencies frequencies) {
		double prior = log2(this.parameters.prior(a.kind()) / (1 - this.parameters.prior(a.kind())));
		double total = prior;
		List<FeatureWeight> features = new ArrayList<>();
		for (Comparison comparison : Comparisons.of(a.kind())) {
			Compared compared = comparison.compare(a, b);
			if (compared.level() == Compared.MISSING) {
				features.add(new FeatureWeight(comparison.name(), "missing", compared.left(), compared.right(), 0, false));
				continue;
			}
			double weight = weight(a, comparison, compared, frequencies);
			total += weight;
			features.add(new FeatureWeight(comparison.name(), comparison.levels().get(compared.level()), compared.left(),
					compared.right(), Math.round(weight * 100) / 100.0,
					comparison.hardConflict() && compared.level() == comparison.levels().size() - 1));
		}
		double odds = Math.pow(2, total);
		return new Score(total, odds / (1 + odds), prior, features);
	}

	/** The level each comparison puts the pair on ({@link Compared#MISSING} included), for estimation. */
	static int[] levels(Features a, Features b) {
		List<Comparison> comparisons = Comparisons.of(a.kind());
		int[] levels = new int[comparisons.size()];
		for (int i = 0; i < levels.length; i++) {
			levels[i] = comparisons.get(i).compare(a, b).level();
		}
		return levels;
	}

	private double weight(Features a, Comparison comparison, Compared compared, TermFrequencies frequencies) {
		double m = this.parameters.m(a.kind(), comparison.name(), compared.level());
		double u = this.parameters.u(a.kind(), comparison.name(), compared.level());
		if (compared.shared() != null && comparison.frequencyAdjusted()) {
			double share = frequencies.share(comparison.name(), compared.shared());
			if (!Double.isNaN(share)) {
				u = Math.min(Math.max(share, u / MAX_ADJUSTMENT), u * MAX_ADJUSTMENT);
			}
		}
		return log2(m / u);
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
