package com.partygraph.steward;

/** A party as a steward's decision needs it: whether it stands for itself, its kind, and when it came to be. */
record PartyState(String id, String status, String mergedInto, String kind, String name, long order) {

    boolean merged() {
        return "merged".equals(this.status);
    }

    /** The party this id stands for now: itself, or the party it was merged into. */
    String survivor() {
        return merged() ? this.mergedInto : this.id;
    }
}
