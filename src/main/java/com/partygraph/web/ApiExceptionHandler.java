package com.partygraph.web;

import com.partygraph.problem.ConflictException;
import com.partygraph.problem.FieldProblem;
import com.partygraph.problem.InvalidInputException;
import com.partygraph.problem.NotFoundException;
import com.partygraph.problem.Problems;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every client error into an RFC 9457 {@code application/problem+json} body whose
 * {@code errors} list names each field at fault, so a caller can fix the request without guessing.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Conflict");
        ex.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthorized(AuthenticationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }

    /**
     * A header or parameter the firewall refuses when the application first reads it (an {@code X-Tenant-Id} with
     * a right-to-left override): the header is named, its value not repeated.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException ex) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Problems.refusal(ex.getMessage()));
        problem.setTitle("Bad Request");
        return problem;
    }

    /**
     * The graph's server cannot be reached (an external Neo4j stopped or cut off): a 503 to try again, not a fault of
     * the caller's; the request changed nothing (each is one transaction).
     */
    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ResponseEntity<ProblemDetail> graphUnavailable(Neo4jException ex) {
        log.warn("A request found the graph unreachable: {}", ex.getMessage());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Problems.GRAPH_UNAVAILABLE);
        problem.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.GRAPH_RETRY_SECONDS))
                .body(problem);
    }

    /** A query parameter that is not valid percent-encoded UTF-8 ({@code ?name=%ff}). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "A query parameter is not valid: percent-encoded bytes must be UTF-8 (for example %C3%A9 for é)");
        problem.setTitle("Bad Request");
        return problem;
    }

    /** Anything unexpected: the caller gets a problem+json 500 and the full cause goes to the log. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, WebRequest request) {
        log.error("Request {} failed", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request; the log has the cause.");
        problem.setTitle("Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", problems));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        Class<?> required = ex.getRequiredType();
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && required != null
                && java.util.Collection.class.isAssignableFrom(required)) {
            // A list parameter: say what its items must be.
            required = mismatch.getParameter().nested().getNestedParameterType();
        }
        String expected = required != null ? describe(required) : "another type";
        FieldProblem problem = new FieldProblem(field, "'" + ex.getValue() + "' is not " + expected);
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(problem)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimitFilter.BodyTooLargeException tooLarge) {
                ProblemDetail problem =
                        ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
                problem.setTitle("Content Too Large");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        FieldProblem problem = switch (jacksonCause(ex)) {
            case UnrecognizedPropertyException unknown ->
                new FieldProblem(path(unknown), "unknown field; known fields are " + unknown.getKnownPropertyIds());
            case InvalidFormatException format ->
                new FieldProblem(
                        path(format), "'" + format.getValue() + "' is not " + describe(format.getTargetType()));
            case MismatchedInputException mismatch ->
                new FieldProblem(path(mismatch), "expected " + describe(mismatch.getTargetType()));
            case JacksonException json -> new FieldProblem(path(json), "malformed JSON: " + json.getOriginalMessage());
            default -> new FieldProblem("body", "the request body is missing or is not JSON");
        };
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Unreadable request", List.of(problem)));
    }

    // The outermost Jackson exception knows the field path; deeper causes (a date parser's) do not.
    private static Throwable jacksonCause(Throwable ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return ex;
    }

    private static ProblemDetail problem(HttpStatus status, String title, List<FieldProblem> problems) {
        String detail =
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", problems);
        return problem;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "List", "Set" -> "a JSON array";
            case "String" -> "a string";
            default -> "a valid " + type.getSimpleName();
        };
    }
}
