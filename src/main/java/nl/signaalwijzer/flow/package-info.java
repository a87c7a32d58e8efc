/**
 * The flows as data: the model (a {@link nl.signaalwijzer.flow.Flow} of questions and outcomes, the
 * shared actions, the organisation's contacts, the glossary), the strict YAML reader and the validator
 * that report every problem with file, line and column, and the B1 readability check. Also the page
 * words ({@link nl.signaalwijzer.flow.PageWords}), read and checked the same way. No HTTP.
 *
 * <p>Flow format v2 (flows/README.md): a {@link nl.signaalwijzer.flow.Condition} is data over earlier
 * answers; an option's {@code next} is a list of {@link nl.signaalwijzer.flow.Route}s, a question may
 * {@link nl.signaalwijzer.flow.Skip}; what an outcome shows on one path (its
 * {@link nl.signaalwijzer.flow.Advice}) is resolved in one place, {@code OutcomeContent}, which the
 * validator's checks over every path ({@code PathCheck}) use too. Every reachable state of a flow is
 * found in one place, {@link nl.signaalwijzer.flow.FlowWalk}: the path checks, the golden paths, the
 * prepared pages and the warm-up all walk with it.
 *
 * <p>Public: the model, {@link nl.signaalwijzer.flow.FlowLoader} and the checks; how a file is read stays
 * inside.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.flow;

import org.jspecify.annotations.NullMarked;
