package org.ap4tracker.api.writes;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.api.http.ApiCallers;
import org.ap4tracker.api.http.ApiProblemException;
import org.ap4tracker.api.http.ApiProblems;
import org.ap4tracker.api.http.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each account's writes through the API to a number per minute, counted in PostgreSQL so that the
 * limit holds however many instances run. Every write attempt counts, refused or not. Over the limit, the
 * request is answered 429 with Retry-After (the seconds until the next minute starts) and not processed.
 * <p>
 * Not a bean of its own: the API's security chain adds it after authorisation, so it sees who is writing
 * and is not also registered as a servlet filter for every request.
 */
public class WriteQuota extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final ApiProblems problems;
    private final int writesPerMinute;

    public WriteQuota(JdbcClient jdbc, ApiProblems problems, int writesPerMinute) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.writesPerMinute = writesPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !ApiCallers.signedIn() || HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                || HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Count count = count(ApiCallers.username());
        if (count.writes() > writesPerMinute) {
            long retryAfter = Math.max(1, Duration.between(count.now(), count.windowEnd()).toSeconds() + 1);
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            problems.write(request, response, ApiProblemException.of(ProblemType.RATE_LIMITED, """
                    This account has made more than %d writes in the current minute. Try again in %d seconds."""
                    .formatted(writesPerMinute, retryAfter), headers));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts this write in the current minute's window; the first write of a window clears older ones. */
    private Count count(String username) {
        Count count = jdbc.sql("""
                insert into api_write_quota (username, window_start, writes)
                values (:username, date_trunc('minute', now()), 1)
                on conflict (username, window_start) do update set writes = api_write_quota.writes + 1
                returning writes, now() as now, window_start + interval '1 minute' as window_end""")
                .param("username", username)
                .query((rs, n) -> new Count(rs.getInt("writes"), rs.getTimestamp("now").toInstant(),
                        rs.getTimestamp("window_end").toInstant()))
                .single();
        if (count.writes() == 1) {
            jdbc.sql("delete from api_write_quota where username = :username and window_start < now() - interval '1 minute'")
                    .param("username", username).update();
        }
        return count;
    }

    private record Count(int writes, Instant now, Instant windowEnd) {
    }
}
