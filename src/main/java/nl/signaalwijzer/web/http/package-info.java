/**
 * The small HTTP vocabulary every room of the web layer shares: {@link nl.signaalwijzer.web.http.HttpError}
 * (the calm 4xx answer, thrown anywhere in a handler), {@link nl.signaalwijzer.web.http.RequestBody} (a
 * body read with a hard limit, decoded strictly), {@link nl.signaalwijzer.web.http.FormBody},
 * {@link nl.signaalwijzer.web.http.QueryLang} (the one {@code ?lang=}),
 * {@link nl.signaalwijzer.web.http.Json} (the one mapper), {@link nl.signaalwijzer.web.http.SecurityHeaders}
 * and {@link nl.signaalwijzer.web.http.RouteTemplate} (the one name of a request in logs and metrics).
 *
 * <p>Rule: the bottom of the web layer; imports no other room of it.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web.http;

import org.jspecify.annotations.NullMarked;
