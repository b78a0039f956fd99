package com.partygraph.web;

import com.partygraph.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

/**
 * Tomcat's own error answers (a request it refuses before the application sees it: a bad or oversized
 * request line or header, an encoded slash or NUL in the path) as {@code application/problem+json} like
 * every other error, instead of Tomcat's HTML page. Never says more than the status.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reason = StringManager.getManager(ErrorReportValve.class).getString("http." + status + ".reason");
        String title = reason == null || reason.startsWith("http.") ? "Error" : reason;
        String detail =
                status == 400 ? "The request is malformed: its line, headers or path cannot be accepted" : title;
        String body = Problems.json(status, title, detail, null);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException ex) {
            // The connection is gone or the response cannot be written: nothing more can be said to the caller.
        }
    }
}
