package com.partygraph.resolution;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.candidates.CandidateIndex;
import com.partygraph.resolution.features.Features;
import com.partygraph.resolution.model.Scorer;
import com.partygraph.resolution.model.TermFrequencies;
import com.partygraph.resolution.normalize.Addresses.Address;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * The tenant's term frequencies as a candidate party sees them: a value its own records hold does not count as
 * common for them. A rare name held by three records of one person is as rare when the fourth copy arrives as when
 * the second did, so a copy is scored the same whichever of the party's copies came before it. Counts the party's
 * records the candidate search found. Use from the session's thread.
 */
final class PartyFrequencies implements TermFrequencies {

    private final CandidateIndex index;

    private final IntArrayList own;

    // The own records' features, decoded at the first value held outside the party too.
    private Features[] decoded;

    /** @param own the candidate party's records the search found */
    PartyFrequencies(CandidateIndex index, IntArrayList own) {
        this.index = index;
        this.own = own;
    }

    @Override
    public long records(PartyKind kind) {
        return this.index.records(kind);
    }

    /** Records holding the value outside the party, plus the one the score counts as the candidate's own. */
    @Override
    public long holding(String comparison, String value) {
        long holding = this.index.holding(comparison, value);
        if (holding <= 1 || this.own.size() <= 1) {
            return holding;
        }
        if (this.decoded == null) {
            this.decoded = new Features[this.own.size()];
            for (int i = 0; i < this.decoded.length; i++) {
                this.decoded[i] = this.index.features(this.own.getInt(i));
            }
        }
        int held = 0;
        for (Features record : this.decoded) {
            if (holds(record, comparison, value)) {
                held++;
            }
        }
        return held == 0 ? holding : Math.max(1, holding - held + 1);
    }

    private static boolean holds(Features record, String comparison, String value) {
        return switch (comparison) {
            case "givenName" -> record.givenFormal().equals(value);
            case "familyName" -> record.family().equals(value);
            case Scorer.FULL_NAME -> record.person() && Scorer.fullName(record).equals(value);
            case "organizationName" -> record.name().equals(value) || contains(record.otherNames(), value);
            case "email" -> contains(record.emails(), value);
            case "phone" -> contains(record.phones(), value);
            case "address" -> holdsAddress(record, value);
            default -> false;
        };
    }

    private static boolean holdsAddress(Features record, String value) {
        for (Address address : record.addresses()) {
            if ((address.number() + " " + address.street()).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
