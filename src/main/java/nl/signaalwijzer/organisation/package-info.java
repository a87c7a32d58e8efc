/**
 * Organisations as data (issue 21): a folder with one file per organisation and its locations, and
 * one shared file of national numbers. {@link nl.signaalwijzer.organisation.OrganisationsLoader} reads the folder
 * strictly and reports every problem at once as {@code file:line:column: message};
 * {@link nl.signaalwijzer.organisation.Organisations} resolves a scope (an organisation, or one of its locations)
 * into today's {@link nl.signaalwijzer.flow.Organisation}, so one flow catalog per scope can be built from it.
 *
 * <p>A location inherits everything from its parent (the organisation, or the location it names as
 * {@code parent}) and says only what differs; contacts merge by id, field by field. A kiosk is a location of
 * its own and never a parent, so a phone's scope can never become a kiosk. National numbers cannot be
 * changed or removed by an organisation.
 *
 * <p>{@link nl.signaalwijzer.organisation.OrganisationsWatcher} serves a folder and reloads it without a restart,
 * file by file (a broken file keeps its last good version), also from a Kubernetes ConfigMap volume whose
 * {@code ..data} symlink is swapped. {@link nl.signaalwijzer.organisation.Organisations#scopeForHost} maps a
 * request's host name to a scope through {@code hosts:}.
 *
 * <p>{@code App} starts the watcher on {@code ORGANISATIONS_DIR}; {@code web.routes.Scopes} resolves each request's
 * scope from it. {@link nl.signaalwijzer.organisation.ReservedWords} is the one list of path segments the routes
 * use, which no id may be.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.organisation;

import org.jspecify.annotations.NullMarked;
