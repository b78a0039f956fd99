package com.partygraph.web;

import com.partygraph.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the limit with a 413 problem: at once when the length is declared,
 * else when reading passes it ({@link BodyTooLargeException}, answered by {@link ApiExceptionHandler}).
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

    private final long limit;

    public BodyLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > this.limit) {
            Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, message(this.limit));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, this.limit) : request, response);
    }

    static String message(long limit) {
        return "The request body is larger than the " + limit + " bytes accepted";
    }

    /** Thrown while reading a body without declared length once it passes the limit. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super(message(limit));
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;

        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (this.stream == null) {
                ServletInputStream in = super.getInputStream();
                this.stream = new ServletInputStream() {

                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        this.read += n;
                        if (this.read > Limited.this.limit) {
                            throw new BodyTooLargeException(Limited.this.limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return this.stream;
        }
    }
}
