/**
 * The web layer, in four rooms and a hall. The hall ({@link nl.signaalwijzer.web.WebServer}) wires every
 * route in one readable place, with {@link nl.signaalwijzer.web.ServerSettings} (the environment
 * variables). Everything else lives in a room with one job:
 *
 * <ul>
 *   <li>{@code web.routes}: read a request and choose a response (pages, the JSON API, the safety pages,
 *       the flow tools). They never render themselves. <b>A new page or route starts here.</b>
 *   <li>{@code web.rendering}: turn a conversation into HTML or JSON (templates, page words, the safety
 *       shell, prepared pages, static files, gzip, the kiosk QR). Pure functions of their arguments.
 *   <li>{@code web.operations}: keep the service healthy without knowing any page (health, graceful
 *       shutdown, requests in flight, slow clients, metrics, request log, rate limit, warm-up).
 *   <li>{@code web.http}: the small vocabulary all rooms share (the error answer, bodies read with a
 *       limit, form decoding, {@code ?lang=}, JSON, security headers, route names).
 * </ul>
 *
 * <p>The rule between rooms, checked by {@code WebRoomsTest}: {@code http} imports no other room;
 * {@code rendering} and {@code operations} import only {@code http}; {@code routes} imports
 * {@code rendering} and {@code http}; only the hall imports them all, and no room imports the hall. Each
 * room keeps its helpers package-private: what is public is what the hall (or a room above) needs.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web;

import org.jspecify.annotations.NullMarked;
