package com.partygraph.resolution.evaluate;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against the truth, over the records both label: for each record,
 * the share of its cluster that is its entity (precision) and the share of its entity that is in its cluster
 * (recall), averaged over the records. Unlike pairwise scores, a large cluster does not weigh quadratically.
 *
 * @param precision the records' mean precision
 * @param recall the records' mean recall
 * @param records records both label
 */
public record BCubedScores(double precision, double recall, long records) {

	/** Compares {@code predicted} (record to cluster) with {@code truth} (record to entity). */
	public static BCubedScores of(Map<String, String> predicted, Map<String, String> truth) {
		Map<String, Long> clusters = new HashMap<>();
		Map<String, Long> entities = new HashMap<>();
		Map<String, Long> both = new HashMap<>();
		Map<String, String[]> parts = new HashMap<>();
		long records = 0;
		for (Map.Entry<String, String> entry : truth.entrySet()) {
			String cluster = predicted.get(entry.getKey());
			if (cluster == null) {
				continue;
			}
			records++;
			clusters.merge(cluster, 1L, Long::sum);
			entities.merge(entry.getValue(), 1L, Long::sum);
			String key = cluster + "\n" + entry.getValue();
			both.merge(key, 1L, Long::sum);
			parts.putIfAbsent(key, new String[] { cluster, entry.getValue() });
		}
		if (records == 0) {
			return new BCubedScores(1, 1, 0);
		}
		// Each of the n records a cluster and an entity share counts n/|cluster| and n/|entity|: n²/size in all.
		double precision = 0;
		double recall = 0;
		for (Map.Entry<String, Long> entry : both.entrySet()) {
			double n = entry.getValue();
			String[] ce = parts.get(entry.getKey());
			precision += n * n / clusters.get(ce[0]);
			recall += n * n / entities.get(ce[1]);
		}
		return new BCubedScores(precision / records, recall / records, records);
	}

	public double f1() {
		return this.precision + this.recall == 0 ? 0 : 2 * this.precision * this.recall / (this.precision + this.recall);
	}

}
