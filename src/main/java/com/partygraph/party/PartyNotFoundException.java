package com.partygraph.party;

import com.partygraph.problem.NotFoundException;
import java.util.UUID;

/** No party with this id in the caller's tenant. */
public class PartyNotFoundException extends NotFoundException {

    public PartyNotFoundException(UUID id) {
        super("No party " + id + " in this tenant");
    }
}
