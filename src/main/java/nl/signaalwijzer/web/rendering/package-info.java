/**
 * Rendering: a conversation (or a simple page) becomes bytes, as pure functions of their arguments.
 * {@link nl.signaalwijzer.web.rendering.PageRenderer} with {@code ConversationView} renders the pages,
 * {@link nl.signaalwijzer.web.rendering.ConversationJson} the API's JSON,
 * {@link nl.signaalwijzer.web.rendering.Views} runs the Mustache templates
 * ({@code src/main/resources/templates}) inside the {@link nl.signaalwijzer.web.rendering.SafetyShell}, and
 * {@link nl.signaalwijzer.web.rendering.UiText} holds their page words
 * ({@code src/main/resources/ui-text.yaml}). {@link nl.signaalwijzer.web.rendering.PreparedPages} holds
 * every page of a catalog rendered ahead; {@link nl.signaalwijzer.web.rendering.StaticAssets} serves the
 * static files at content-hashed URLs; {@code Compression} is the one gzip; {@code OutcomeQr} the kiosk's
 * QR code.
 *
 * <p>Rule: may use {@code web.http}, never routes, operations or the hall. Knows nothing of environment
 * variables: whatever it needs (the quick-exit address) is handed to it. <b>A change to how a page looks
 * starts here</b> (and in the templates and {@code static/}).
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.web.rendering;

import org.jspecify.annotations.NullMarked;
