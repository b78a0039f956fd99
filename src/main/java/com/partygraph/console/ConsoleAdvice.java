package com.partygraph.console;

import com.partygraph.problem.ConflictException;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the console says when a request cannot be done: a page (or, for an in-place update, a message in the page's
 * alert region) in words, with the HTTP status the REST API would give — never the API's JSON, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), request, response);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException ex, HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.CONFLICT, "Not done", ex.getMessage(), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", ex.getMessage(), request, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
        return invalid(ex.getMessage(), request, response);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ModelAndView invalid(ConstraintViolationException ex, HttpServletRequest request, HttpServletResponse response) {
        String message = ex.getConstraintViolations().stream()
                .map(ConsoleAdvice::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return invalid(message, request, response);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalid(
            HandlerMethodValidationException ex, HttpServletRequest request, HttpServletResponse response) {
        String message = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return invalid(message, request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(
            MissingServletRequestParameterException ex, HttpServletRequest request, HttpServletResponse response) {
        return invalid(ex.getParameterName() + ": must be given", request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(
            MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response) {
        return invalid(ex.getName() + ": '" + ex.getValue() + "' is not a valid value", request, response);
    }

    private static ModelAndView invalid(String message, HttpServletRequest request, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, "Cannot do that", message, request, response);
    }

    // The field a violation is about (the method's parameter, not the method) and what is wrong with it.
    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }

    /**
     * A whole page for a page request; for htmx, the message alone, put into the page's alert region (htmx swaps a
     * 4xx answer there, see {@code parts.html}).
     */
    private static ModelAndView problem(
            HttpStatus status, String title, String message, HttpServletRequest request, HttpServletResponse response) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView view = new ModelAndView(htmx ? "console/problem :: alert" : "console/problem");
        view.setStatus(status);
        view.addObject("title", title);
        view.addObject("message", message);
        if (htmx) {
            response.setHeader("HX-Retarget", "#alert");
            response.setHeader("HX-Reswap", "innerHTML");
        }
        return view;
    }
}
