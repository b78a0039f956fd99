package com.partygraph.problem;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person types, at most {@link #max} characters: no control characters (NUL, escape, line breaks) and no
 * characters that reverse or embed text direction (a right-to-left override can make "eoD" read "Doe"). Each
 * broken rule is reported with its own message, as {@code @Size} and {@code @Pattern} report it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Size
@Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
public @interface PlainText {

    /** For {@code @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)} where a length is not wanted. */
    String PATTERN = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

    String MESSAGE = "must not contain control characters or text-direction overrides";

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default Integer.MAX_VALUE;

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
