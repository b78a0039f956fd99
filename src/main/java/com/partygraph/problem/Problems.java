package com.partygraph.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the {@code application/problem+json} answers given before a request reaches a controller (no key,
 * a wrong key, a role that does not allow the call, too many requests, a body too large, a request Tomcat
 * refuses), shaped like every other error of the API. Thread-safe.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a caller is told while the graph's server cannot be reached; it is asked to try again after this. */
    public static final String GRAPH_UNAVAILABLE =
            "The graph database cannot be reached at the moment; nothing was changed. Try again shortly.";

    /** Seconds a caller is asked to wait before trying again when the graph cannot be reached. */
    public static final int GRAPH_RETRY_SECONDS = 5;

    private Problems() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status.value(), status.getReasonPhrase(), detail, request.getRequestURI()));
    }

    /** A problem document as JSON; {@code instance} is left out when null. */
    public static String json(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsString(problem);
    }

    /**
     * What a refused request was refused for, without the values it carried: the firewall's message names the
     * header and quotes its value — which may be an API key with a stray character — so the value is left out.
     */
    public static String refusal(String message) {
        if (message == null) {
            return "The request is malformed";
        }
        String safe = QUOTED_VALUE.matcher(message).replaceAll(" value (not repeated here)");
        return "The request is malformed: " + safe.replaceAll("\\p{C}", "?");
    }

    // A header's or parameter's value in the firewall's message, from its opening quote to the last one.
    private static final Pattern QUOTED_VALUE = Pattern.compile("(?s) value \".*\"");
}
