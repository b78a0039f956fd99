package com.partygraph.ingest.apply;

import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import com.partygraph.resolution.ResolutionSettings;

/** The normalizers as the application configures them by default, for tests without Spring. */
public final class RowNormalizersForTests {

	private RowNormalizersForTests() {
	}

	public static RowInterpreter.Normalizers normalizers() {
		return new RowInterpreter.Normalizers(new EmailNormalizer(), new PhoneNormalizer(new ResolutionSettings("US")),
				new DomainNormalizer(), new NameNormalizer());
	}

}
