/**
 * Operations: what keeps the service healthy, without knowing any page or flow text.
 * {@link nl.signaalwijzer.web.operations.Health} ({@code /health/live}, {@code /health/ready}),
 * {@link nl.signaalwijzer.web.operations.GracefulShutdown} (SIGTERM; a second one changes nothing) with
 * {@code InFlight}, {@link nl.signaalwijzer.web.operations.SlowClients} (receive deadlines, bodies read
 * without a worker thread), {@link nl.signaalwijzer.web.operations.Metrics} ({@code /metrics}),
 * {@link nl.signaalwijzer.web.operations.RequestLog} (four fields, non-blocking),
 * {@link nl.signaalwijzer.web.operations.RateLimiter} (token buckets keyed by a {@code ClientKey}, never an
 * address), {@link nl.signaalwijzer.web.operations.StackFrames} (an error without its message) and
 * {@link nl.signaalwijzer.web.operations.WarmUp} (ordinary requests to itself before ready).
 *
 * <p>Rule: may use {@code web.http}, never rendering, routes or the hall; never sees what a user answered
 * (logs and metrics name routes by their template only).
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web.operations;

import org.jspecify.annotations.NullMarked;
