package com.partygraph.query;

import java.util.List;

/** An active party with one role and without another, with its roles and emails. */
public record CrossSellParty(String id, String displayName, String kind, List<String> roles, List<String> emails) {}
