package com.partygraph.problem;

/**
 * One thing wrong with a request.
 *
 * @param field where it is, as a path into the request ({@code roles[0].until}), or a parameter name
 * @param message what is wrong, for a person to read
 */
public record FieldProblem(String field, String message) {}
