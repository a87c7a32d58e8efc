/**
 * The web layer: routes, views, the JSON API, headers and error pages. Flat on purpose: its classes
 * are package-private, and only {@link nl.signaalwijzer.web.WebServer} (which wires every route in one
 * readable place), {@link nl.signaalwijzer.web.ServerSettings}, and for the process around it
 * {@link nl.signaalwijzer.web.Health} and {@link nl.signaalwijzer.web.GracefulShutdown} are public.
 *
 * <p>One home per job. Route classes ({@code *Routes}) read a request and choose a response; they do
 * not render. {@link nl.signaalwijzer.web.PageRenderer} with {@link nl.signaalwijzer.web.ConversationView}
 * renders the pages, {@link nl.signaalwijzer.web.ConversationJson} the API's JSON, {@code Views} runs the
 * Mustache templates ({@code src/main/resources/templates}) and {@code UiText} holds their page words
 * ({@code src/main/resources/ui-text.yaml}). {@code PreparedPages} answers with pages rendered ahead;
 * {@code Compression} is the one gzip, {@code QueryLang} the one {@code ?lang=}.
 *
 * <p>Operations: {@code Health} (/health/live, /health/ready), {@code GracefulShutdown} (SIGTERM),
 * {@code SlowClients} (receive deadlines, bodies read without a worker thread), {@code Metrics}
 * (/metrics), {@code RequestLog} (non-blocking), {@code RouteTemplate} (the one name of a request in
 * logs and metrics) and {@code StackFrames} (an error without its message).
 *
 * <p>To add a simple page: its template, its words in {@code ui-text.yaml}, a handler in a route class
 * ({@code views.page(template, lang, titleWord, content)}), and its route in {@code WebServer}.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web;

import org.jspecify.annotations.NullMarked;
