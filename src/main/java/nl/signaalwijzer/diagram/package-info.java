/**
 * A flow as a picture for the people who adapt it: the graph of questions and outcomes, laid out
 * top to bottom with Eclipse ELK and drawn as a standalone SVG, or written as Mermaid text.
 * {@link nl.signaalwijzer.diagram.Diagrams} caches them per flow version. No HTTP.
 *
 * <p>Null is never a value here unless a type says {@code @Nullable}.
 */
@NullMarked
package nl.signaalwijzer.diagram;

import org.jspecify.annotations.NullMarked;
