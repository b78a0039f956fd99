package com.partygraph.party;

import com.partygraph.resolution.NameNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameQueryTests {

	private final NameNormalizer names = new NameNormalizer();

	@Test
	void requiresEveryWordAllowingPrefixesAndOneTypoFromFourLetters() {
		assertThat(NameQuery.lucene(this.names, "Jane Doe"))
			.isEqualTo("(jane OR jane* OR jane~1) AND (doe OR doe*)");
	}

	@Test
	void leavesNoLuceneSyntaxFromTheInput() {
		assertThat(NameQuery.lucene(this.names, "acme* OR name:x~ \"q\" (a)"))
			.isEqualTo("(acme OR acme* OR acme~1) AND (or OR or*) AND (name OR name* OR name~1) AND (x OR x*)"
					+ " AND (q OR q*) AND (a OR a*)");
	}

	@Test
	void isEmptyWhenNothingSearchableIsLeft() {
		assertThat(NameQuery.lucene(this.names, " ?! ")).isEmpty();
	}

}
