package com.partygraph.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer of every error the container forwards to {@code /error} — a path under {@code /WEB-INF/} or
 * {@code /META-INF/}, a {@code TRACE}, a response ended with an error status outside a controller — as
 * problem+json like every other error (in place of Spring Boot's JSON and Whitelabel page). Asked for directly,
 * {@code /error} is a 404. A 5xx never says more than that the log has the cause.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (status) {
            case NOT_FOUND -> "No such resource";
            case METHOD_NOT_ALLOWED -> "The method " + request.getMethod() + " is not allowed here";
            case INTERNAL_SERVER_ERROR -> "The server could not complete the request; the log has the cause.";
            default -> status.getReasonPhrase();
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
