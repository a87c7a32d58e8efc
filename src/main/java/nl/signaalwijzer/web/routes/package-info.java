/**
 * Routes: each class reads a request and chooses a response, and renders nothing itself. The HTML pages
 * ({@link nl.signaalwijzer.web.routes.PageRoutes}: the whole conversation by POST at one URL, answers in
 * hidden fields), the JSON API of the contract ({@link nl.signaalwijzer.web.routes.ApiRoutes}), the safety
 * pages ({@code /privacy}, {@code /snel-weg}) and the flow tools (list, diagram). {@code AnswerCodec} and
 * {@code Answers} turn the answers a request carries into a replayed conversation, or a calm 400.
 *
 * <p>Rule: may use {@code web.rendering} and {@code web.http}, never {@code web.operations} or the hall.
 * To add a simple page: its template and page words (rendering), a handler here
 * ({@code views.page(template, lang, titleWord, content)}), and its route in {@code WebServer}.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web.routes;

import org.jspecify.annotations.NullMarked;
