package com.partygraph.web;

/**
 * The pattern of text fields people type: no control characters (NUL, escape, line breaks) and no
 * characters that reverse or embed text direction (a right-to-left override can make "eoD" read "Doe").
 */
public final class PlainText {

    /** For {@code @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)}. */
    public static final String PATTERN = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

    public static final String MESSAGE = "must not contain control characters or text-direction overrides";

    private PlainText() {}
}
